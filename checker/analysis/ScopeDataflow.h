//===--- ScopeDataflow.h - what is held at each point of a function ------===//
//
// A forward dataflow over Clang's CFG, in the shape of Thread Safety
// Analysis: RAII objects open a scope at their declaration and close it at
// their implicit destructor; end and release calls, moves, stores and
// returns close it early; states meet at joins, keeping a scope that is open
// on any incoming path and noting whether it is open on all of them.
// Exception edges reach catch handlers (unwinding destroys what the try
// block declared) and the function's exit.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_ANALYSIS_SCOPEDATAFLOW_H
#define CONNCHECK_ANALYSIS_SCOPEDATAFLOW_H

#include "../model/HeldScope.h"
#include "../model/WrapperEffects.h"
#include "../rules/Exprs.h"
#include "../rules/RoleCatalogue.h"
#include "SlowCallSummaries.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

namespace conncheck {

struct DataflowLimits {
  /// CFGs larger than this are not analysed (a generated or pathological
  /// function): no finding rather than unbounded time.
  unsigned MaxBlocks = 100000;
  /// Block visits before the fixed point is abandoned.
  unsigned MaxBlockVisits = 1000000;
};

enum class DataflowOutcome { Analysed, NoBody, CfgFailed, OverBudget };

/// Where a handle that still needed giving back was lost.
struct LeakSite {
  enum Kind {
    /// Its variable's life ended (return, break, continue, end of block).
    ScopeExit,
    /// An exception left the function (or the try block) at this call or
    /// throw.
    Exception,
  };
  Kind How = ScopeExit;
  /// The return/break/continue/goto, the block's closing statement, or the
  /// call or throw expression.
  const clang::Stmt *At = nullptr;
  /// Set when whether the call at At can throw is for the link step to
  /// decide: it calls this project function, defined in another unit.
  const clang::FunctionDecl *OnlyIfThrows = nullptr;
};

/// Whether an exception can plausibly come out of a call or a throw.
struct ThrowVerdict {
  enum Kind { No, Yes, IfCalleeThrows } Is = No;
  /// For IfCalleeThrows: the function, defined in another unit, whose
  /// summary decides.
  const clang::FunctionDecl *Callee = nullptr;
};

/// What the dataflow learns about callees, from their summaries.
class CalleeFacts {
public:
  virtual ~CalleeFacts() = default;
  /// Whether \p Callee gives back (or takes ownership of) the connection
  /// handle passed as its parameter \p Index.
  virtual bool releasesParam(const clang::FunctionDecl *Callee,
                             unsigned Index) = 0;
  /// Whether \p Callee, though it does not give the handle back as far as
  /// this translation unit can see, may do so in a body defined elsewhere
  /// (directly, or by handing it on). Findings about the handle then hold
  /// only if the link step says it does not.
  virtual bool mayReleaseElsewhere(const clang::FunctionDecl *Callee,
                                   unsigned Index) {
    return false;
  }
  /// What calling \p Method does to what its object holds.
  virtual MemberScopeEffect memberScopeEffect(const clang::FunctionDecl *Method) = 0;
  /// Whether \p Site (a call or a throw) can plausibly throw: a throw; a
  /// project function that throws or calls one that does; a library call a
  /// pack says may throw. Not accessors, string or container operations.
  virtual ThrowVerdict throwVerdict(const clang::Stmt *Site) = 0;
  /// What \p Callee does to a scope on the connection it is handed.
  virtual std::optional<ParamScopeEffect>
  paramScopeEffect(const clang::FunctionDecl *Callee) {
    return std::nullopt;
  }
  /// Whether \p Callee runs SQL text it is handed (see SqlTextWrapper).
  virtual std::optional<SqlTextWrapper>
  sqlTextWrapper(const clang::FunctionDecl *Callee) {
    return std::nullopt;
  }
  /// The acquire rule of a connection \p Callee takes and returns to its
  /// caller (`Conn *Db::borrow() { return pool_.checkout(); }`).
  virtual const rules::AcquireRule *returnsAcquired(const clang::FunctionDecl *Callee) = 0;

  /// Whether \p Callee, handed what holds \p Scope as its parameter
  /// \p Index (`finish(tx)`), ends it on some path: commits or aborts a
  /// transaction, gives back a lease, directly or through further calls.
  virtual bool endsParam(const clang::FunctionDecl *Callee, unsigned Index,
                         const HeldScope &Scope) {
    return false;
  }

  using ChainWhileHeldFn = llvm::function_ref<std::optional<SlowChain>(
      const clang::Expr *, const HeldScope &)>;
  /// The slow call \p Callee reaches while the scope it was handed as
  /// parameter \p Index is still open (before its end); \p ChainOf
  /// answers for each call it makes then. The chain starts with a step in
  /// \p Callee.
  virtual std::optional<SlowChain>
  slowWhileParamHeld(const clang::FunctionDecl *Callee, unsigned Index,
                     const HeldScope &Scope, ChainWhileHeldFn ChainOf) {
    return std::nullopt;
  }
};

/// Where a scope stopped being held by the function analysed: an end or
/// release call, the destruction of the object that held it, a move into a
/// callee, a return that hands it to the caller. A scope that goes over to
/// another variable (`auto t2 = std::move(t1)`), or an inner end of a
/// counted scope, has not ended.
struct ScopeEndSite {
  enum Kind {
    /// The statement at At (a call, a return, an assignment) ended it.
    Statement,
    /// Var, the object that held it, was destroyed: at the end of its
    /// block (At is the block), or by the return, break, continue or goto
    /// at At.
    Destroyed,
  };
  Kind How = Statement;
  const clang::Stmt *At = nullptr;
  const clang::VarDecl *Var = nullptr;
};

class HeldScopeListener {
public:
  virtual ~HeldScopeListener() = default;
  /// A call (CallExpr or CXXConstructExpr) reached while something is held,
  /// with what is held just before it.
  virtual void onCall(const clang::Expr *Call, const HeldSet &Held) {}
  /// A handle that needed a release call was lost.
  virtual void onLeak(const HeldScope &Scope, const LeakSite &Site) {}
  /// What is still held where the function returns.
  virtual void onExit(const HeldSet &AtExit) {}
  /// \p Scope, held before \p Site, is not held after it (reported for
  /// the elements of the function's reachable blocks, not for what
  /// branches or exceptions drop along edges).
  virtual void onScopeEnd(const HeldScope &Scope, const ScopeEndSite &Site) {}
};

/// Runs the dataflow over \p FD, starting from \p Initial (scopes a caller
/// holds while it runs this function, e.g. a callable scope), then reports
/// to \p Listener in a single replay of the fixed point.
DataflowOutcome analyzeHeldScopes(const clang::FunctionDecl *FD,
                                  clang::ASTContext &Ctx,
                                  rules::RoleCatalogue &Roles,
                                  CalleeFacts *Facts,
                                  const DataflowLimits &Limits,
                                  const HeldSet &Initial,
                                  HeldScopeListener &Listener);

} // namespace conncheck

#endif
