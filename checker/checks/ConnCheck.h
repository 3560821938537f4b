//===--- ConnCheck.h - the interface every conncheck check implements ----===//
//
// A check turns analysis events into findings. It holds no analysis of its
// own: the dataflow (which scopes are open) and the summaries (which calls
// are slow) are shared by every check and by both front ends.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_CHECKS_CONNCHECK_H
#define CONNCHECK_CHECKS_CONNCHECK_H

#include "../analysis/ScopeDataflow.h"
#include "../analysis/SlowCallSummaries.h"
#include "../findings/ClangSpans.h"
#include "../findings/Finding.h"
#include "../model/HeldScope.h"
#include "../project/UnitFacts.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <memory>
#include <vector>

namespace conncheck {

/// What the checks share over one translation unit: the rules and the
/// summaries, computed lazily.
class TranslationUnitFacts {
public:
  TranslationUnitFacts(clang::ASTContext &AST, rules::RoleCatalogue &Roles,
                       CalleeFacts &Effects, SummaryOptions Options);

  clang::ASTContext &AST;
  rules::RoleCatalogue &Roles;
  CalleeFacts &Effects;
  SummaryOptions Options;
  SlowCallSummaries Slow;
  /// The same question asked for a caller that holds a lock (see
  /// SlowCallSummaries' WhileLocked).
  SlowCallSummaries SlowWhileLocked;

  /// How \p Call reaches a slow call while \p Scope is held. A call that
  /// is handed the scope and ends it (`finish(tx)` commits `tx`) counts
  /// only the slow calls it makes before the end: after it, the caller
  /// holds nothing.
  /// \p EndsScope is set when the call ends the scope.
  std::optional<SlowChain> slowChainWhileHeld(const clang::Expr *Call,
                                              const HeldScope &Scope,
                                              bool *EndsScope = nullptr);

  /// Whether \p Call itself takes a connection from \p Pool (an acquire
  /// call on it, or a lease object constructed from it).
  std::optional<ReachTarget> acquiresFrom(const clang::Expr *Call,
                                          const clang::ValueDecl *Pool);
  /// Which calls reach an acquisition from \p Pool (a member or global:
  /// a declaration callees can name too).
  CallReachSummaries &acquisitionsFrom(const clang::ValueDecl *Pool);
  /// Which calls reach an acquisition from any pool of class \p PoolClass
  /// (for work that receives its pool as a parameter).
  CallReachSummaries &acquisitionsOfType(const clang::CXXRecordDecl *PoolClass);
  /// Which calls reach the taking of a pooled connection, from any pool.
  CallReachSummaries &pooledAcquisitions();

  /// Calls left for the link step, and the functions whose summaries it
  /// will need from this unit.
  std::vector<PendingSlowCall> Pending;
  std::vector<const clang::FunctionDecl *> LinkNeeds;

  /// The pool class of what \p Call takes a connection from, if it takes
  /// a pooled one.
  const clang::CXXRecordDecl *pooledAcquisitionClass(const clang::Expr *Call,
                                                      std::string &What);

private:
  llvm::DenseMap<const clang::CXXRecordDecl *,
                 std::unique_ptr<CallReachSummaries>>
      OfType;
  std::unique_ptr<CallReachSummaries> AnyPooled;
  llvm::DenseMap<const clang::ValueDecl *, std::unique_ptr<CallReachSummaries>>
      FromPool;
};

/// A finding (or a call left for the link step) about a window in which
/// Scope is held at Call: once the function's dataflow is done, the runner
/// adds the note that says where the window ends (see scopeEndNote).
struct WindowRequest {
  /// Index into TranslationUnitFacts::Pending rather than the findings.
  bool Pending = false;
  size_t Index = 0;
  HeldScope Scope;
  const clang::Expr *Call = nullptr;
};

/// What a check sees while a function is analysed.
struct CheckContext {
  clang::ASTContext &AST;
  SlowCallSummaries &Slow;
  const clang::FunctionDecl *Function;
  std::vector<Finding> &Out;
  TranslationUnitFacts &TU;
  std::vector<WindowRequest> Windows = {};

  /// Adds \p F, a finding about \p Call made while \p Scope is held: it
  /// gets a ScopeEnd note where the scope ends.
  void report(Finding F, const HeldScope &Scope, const clang::Expr *Call) {
    Out.push_back(std::move(F));
    Windows.push_back({false, Out.size() - 1, Scope, Call});
  }
};

class ConnCheck {
public:
  virtual ~ConnCheck() = default;
  virtual llvm::StringRef id() const = 0;
  /// One sentence: what the check finds.
  virtual llvm::StringRef description() const = 0;

  /// A call (CallExpr or CXXConstructExpr) evaluated while \p Held is open.
  virtual void checkCallWhileHeld(const clang::Expr *Call, const HeldSet &Held,
                                  CheckContext &Ctx) {}

  /// After the function's dataflow: checks that look at a function as a
  /// whole (its loops, its fan-outs).
  virtual void checkFunction(CheckContext &Ctx) {}

  /// A handle that needed giving back was lost at \p Site (once per
  /// handle and function: the first such site in source order).
  virtual void checkLeak(const HeldScope &Scope, const LeakSite &Site,
                         CheckContext &Ctx) {}
};

/// The note that says where a held scope began ("transaction 'tx'
/// (pqxx::work) begins here", "connection 'sql' taken from pool 'pool_'
/// here").
std::string scopeBeginNote(const HeldScope &Scope);

/// Where the window of a finding ends, as the runner found it.
struct ScopeEndPlace {
  enum Kind {
    /// An end, release or unlock call, or another statement after which
    /// the function no longer holds it (a move into a callee).
    Statement,
    /// A return that hands what holds it to the caller.
    Returned,
    /// The object holding it was destroyed (Var, as its block ends or a
    /// return, break or continue leaves it).
    Destroyed,
    /// Nothing in the function ends it: it is still held when it returns.
    StillHeldAtReturn,
    /// A callable run inside a scope its caller opened: the scope ends when
    /// the call that runs it (Scope.BegunBy) returns.
    CallerReturns,
  };
  Kind How = Statement;
  std::string Var;
  std::string Function;
};

/// The note that says where the window a held scope makes ends
/// ("transaction 'tx' ends here", "lock 'g' (std::lock_guard<std::mutex>)
/// is released here, where 'g' goes out of scope").
std::string scopeEndNote(const HeldScope &Scope, const ScopeEndPlace &Place);

/// What a slow-call-while-locked finding says is held: "lock 'g'
/// (std::lock_guard<std::mutex>) is held", "'mu_' is locked", with
/// "guarding the connection" for a lock a pack says guards it.
std::string lockHeldPhrase(const HeldScope &Scope);

/// Notes for each step of \p Chain: "'f' calls 'g'", and \p LastStep for
/// the step that makes the target call (given the caller's name).
void appendChainNotes(Finding &F, const SlowChain &Chain,
                      llvm::function_ref<std::string(llvm::StringRef Caller)>
                          LastStep,
                      const clang::ASTContext &AST);

/// The finding for a call that is, or reaches, a slow call while \p Scope
/// is held: message "<what> while <HeldPhrase>", the scope's begin note,
/// then the chain.
Finding slowCallFinding(llvm::StringRef CheckId, const clang::Expr *Call,
                        const SlowChain &Chain, const HeldScope &Scope,
                        llvm::StringRef HeldPhrase, CheckContext &Ctx);

using rules::displayName;

/// A chain of calls down to a slow call, as plain data: built from this
/// translation unit's AST, or by the link step from other units' summaries.
struct ResolvedStep {
  std::string Caller;
  /// The function called; empty for the final, slow call.
  std::string Callee;
  SourceSpan Call;
  /// Caller is a virtual method, and Callee the overrider it may run.
  bool Dispatch = false;
};

/// The note for one step of a chain that goes on below it.
std::string stepNote(const ChainStep &Step);
struct ResolvedChain {
  std::vector<ResolvedStep> Steps;
  std::string SlowName;
  std::string Category;
};
ResolvedChain resolveChain(const SlowChain &Chain, const clang::ASTContext &AST);

/// Writes the message and the chain notes of a slow-call finding whose
/// call, function and scope note are set: "<what> while <HeldPhrase>".
void describeSlowCall(Finding &F, const ResolvedChain &Chain,
                      llvm::StringRef HeldPhrase);

/// Writes the message and chain notes of a nested-checkout finding:
/// "... takes a second connection from '<PoolName>' ... while <Holder>
/// from the same pool is held".
void describeNestedCheckout(Finding &F, const ResolvedChain &Chain,
                            llvm::StringRef PoolName, llvm::StringRef Holder);

/// Records, for the link step, a call made while the pooled lease \p Scope
/// (from a member or global pool) is held to a project function in which
/// this unit sees no second checkout from that pool.
void deferNestedCheckout(llvm::StringRef CheckId, const clang::Expr *Call,
                         const HeldScope &Scope, llvm::StringRef Holder,
                         CheckContext &Ctx);

/// Writes the message and chain notes of a checkout-in-loop finding at a
/// helper call that takes (and gives back) a pooled connection.
void describeLoopHelper(Finding &F, const ResolvedChain &Chain);

/// Appends the chain notes of a pool-smaller-than-threads finding: how the
/// work reaches the checkout each worker makes.
void appendWorkerChain(Finding &F, const ResolvedChain &Chain);

/// Records, for the link step, a pool-smaller-than-threads finding
/// (\p Partial, its message and first notes written) that holds if the
/// workers' \p Work reaches a pooled checkout from a pool of \p PoolClass
/// in functions this unit does not see.
void deferWorkerCheckout(const Finding &Partial, const clang::FunctionDecl *Work,
                         const clang::CXXRecordDecl *PoolClass,
                         CheckContext &Ctx);

/// Records, for the link step, a call in a loop over data (at \p LoopLoc)
/// to a project function of another file that may take a pooled
/// connection; the finding holds unless one of \p UnlessSlow (or the
/// function itself) reaches a slow call.
void deferLoopHelper(llvm::StringRef CheckId, const clang::Expr *Call,
                     clang::SourceLocation LoopLoc,
                     std::vector<std::string> UnlessSlow, CheckContext &Ctx);

/// Records, for the link step, a call made while \p Scope is held to a
/// project function in which this translation unit sees no slow call: its
/// body, or one it calls, may be defined in another unit.
void deferSlowCall(llvm::StringRef CheckId, const clang::Expr *Call,
                   const HeldScope &Scope, llvm::StringRef HeldPhrase,
                   CheckContext &Ctx);

/// Drops a chain that reaches only blocking I/O: for a database scope that
/// is not a slow call (see rules::SlowCategory::Io).
std::optional<SlowChain> withoutBlockingIo(std::optional<SlowChain> Chain);

/// A finding about \p Scope's handle holds only if the functions it was
/// handed to, defined elsewhere, do not give it back.
void attachReleaseConditions(Finding &F, const HeldScope &Scope,
                             CheckContext &Ctx);

} // namespace conncheck

#endif
