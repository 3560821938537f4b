//===--- SlowCallSummaries.h - may a function reach a slow call? ---------===//
//
// Per-function summaries, computed lazily and memoised: only functions
// called from inside a held scope are ever summarised. A summary records the
// shortest chain of calls from the function's body down to a call that a
// rule pack names as slow. Recursion is handled by solving the whole
// not-yet-summarised call subgraph at once (shortest chains to a fixed
// point), so members of a cycle get exact answers.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_ANALYSIS_SLOWCALLSUMMARIES_H
#define CONNCHECK_ANALYSIS_SLOWCALLSUMMARIES_H

#include "../rules/Exprs.h"
#include "../rules/RoleCatalogue.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace conncheck {

namespace detail {
template <typename Fn> void forEachCallIn(const clang::Stmt *S, Fn &Visit) {
  using namespace clang;
  if (!S || isa<LambdaExpr>(S) || isa<UnaryExprOrTypeTraitExpr>(S) ||
      isa<CXXNoexceptExpr>(S) || isa<CXXTypeidExpr>(S))
    return;
  if (isa<CallExpr>(S) || isa<CXXConstructExpr>(S))
    Visit(cast<Expr>(S));
  for (const Stmt *Child : S->children())
    forEachCallIn(Child, Visit);
}
} // namespace detail

/// Visits the calls (CallExpr, CXXConstructExpr) the definition \p FD
/// evaluates, its constructor initialisers included: not the bodies of
/// lambdas it only creates, nor unevaluated operands. Summaries within a
/// unit and those exported to the link step see the same calls.
template <typename Fn>
void forEachEvaluatedCall(const clang::FunctionDecl *FD, Fn &&Visit) {
  if (const auto *Ctor = llvm::dyn_cast<clang::CXXConstructorDecl>(FD))
    for (const clang::CXXCtorInitializer *Init : Ctor->inits())
      detail::forEachCallIn(Init->getInit(), Visit);
  detail::forEachCallIn(FD->getBody(), Visit);
}

/// The virtual method \p Call dispatches on, if it may run an overrider:
/// a call through a reference or pointer, not `Base::f()` written out, not
/// on an object of known dynamic type, not a final method.
const clang::CXXMethodDecl *dispatchedMethod(const clang::Expr *Call);

/// One call on the way to a slow call.
struct ChainStep {
  const clang::FunctionDecl *Caller = nullptr;
  const clang::Expr *Call = nullptr;
  /// The function called, or null for the final, slow call.
  const clang::FunctionDecl *Callee = nullptr;
  /// For a virtual call: the method named at the call, of which Callee is
  /// an overrider defined in the translation unit.
  const clang::FunctionDecl *Virtual = nullptr;
};

/// A call that a reachability query looks for (a slow call, an acquisition
/// from some pool), as the query's target function reports it.
struct ReachTarget {
  std::string Name;
  rules::SlowCategory Category = rules::SlowCategory::Wait;
};
using TargetFn = std::function<std::optional<ReachTarget>(const clang::Expr *)>;

/// How a call reaches a target: the steps below the call site itself
/// (empty when the call is the target), and what the target is.
struct SlowChain {
  std::vector<ChainStep> Steps;
  std::string SlowName;
  rules::SlowCategory Category = rules::SlowCategory::Wait;
};

struct SummaryOptions {
  /// Follow calls into functions declared in system headers. Off by default:
  /// what a library does is described by its rule pack, not rediscovered.
  bool FollowSystemHeaders = false;
  unsigned MaxChainLength = 16;
};

/// Which calls reach a target, through the bodies of the functions they
/// call. One instance per question ("reaches a slow call", "reaches an
/// acquisition from pool P").
class CallReachSummaries {
public:
  CallReachSummaries(clang::ASTContext &Ctx, TargetFn Target,
                     SummaryOptions Options = {});

  /// Whether \p Call (a CallExpr or CXXConstructExpr) is, or leads to, a
  /// target call.
  std::optional<SlowChain> chainOf(const clang::Expr *Call);
  /// Whether the body of \p FD reaches a target call; the chain starts
  /// with a step in \p FD.
  std::optional<SlowChain> chainFrom(const clang::FunctionDecl *FD);

  /// Calls whose callee's body is not searched: their meaning comes from
  /// the rule packs (or a summary), not from how they are implemented.
  /// Set before the first query.
  void setBoundary(std::function<bool(const clang::Expr *)> IsBoundary) {
    Boundary = std::move(IsBoundary);
  }
  /// Functions whose bodies are not searched however they are reached
  /// (an overrider, a lambda run by its callee). Set before the first query.
  void setOpaque(std::function<bool(const clang::FunctionDecl *)> IsOpaque) {
    Opaque = std::move(IsOpaque);
  }

private:
  struct Edge {
    const clang::Expr *Call;
    const clang::FunctionDecl *Callee; // definition, when followed
    std::optional<ReachTarget> Target;
    const clang::FunctionDecl *Virtual = nullptr; // dispatched from
  };
  struct Summary {
    bool Solved = false;
    std::vector<Edge> Edges;
    /// Length of the shortest chain to a slow call; 0 = none.
    unsigned Length = 0;
    /// rules::categoryRank of what that chain reaches: the best rank wins
    /// over a shorter chain.
    unsigned Rank = 0;
    unsigned BestEdge = 0;
  };

  clang::ASTContext &Ctx;
  TargetFn Target;
  SummaryOptions Options;
  std::function<bool(const clang::Expr *)> Boundary;
  std::function<bool(const clang::FunctionDecl *)> Opaque;
  // Boxed so that references stay valid while the map grows.
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<Summary>>
      Summaries;

  const clang::FunctionDecl *followable(const clang::Expr *Call) const;
  const clang::FunctionDecl *followableDef(const clang::FunctionDecl *Callee) const;
  /// The overriders, defined in this translation unit, a virtual call may
  /// run (class hierarchy analysis, built on the first virtual call).
  llvm::ArrayRef<const clang::FunctionDecl *>
  overridersOf(const clang::Expr *Call);
  bool OverridersIndexed = false;
  llvm::DenseMap<const clang::CXXMethodDecl *,
                 std::vector<const clang::FunctionDecl *>>
      Overriders;
  /// The bodies of callables passed to \p Call that its callee runs before
  /// it returns (`std::for_each(..., [&](auto &x) {...})`).
  std::vector<const clang::FunctionDecl *> callablesRunBy(const clang::Expr *Call);
  llvm::DenseMap<std::pair<const clang::FunctionDecl *, unsigned>, bool>
      InvokesMemo;
  /// Best chain over the candidate callees of one call (the callee itself
  /// and the overriders it may dispatch to).
  std::optional<SlowChain> bestChainOverCallees(const clang::Expr *Call);
  Summary &collect(const clang::FunctionDecl *FD);
  void solveFrom(const clang::FunctionDecl *Root);
  SlowChain unroll(const clang::FunctionDecl *FD);
};

/// Reachability of the calls the rule packs call slow.
class SlowCallSummaries : public CallReachSummaries {
public:
  /// With \p WhileLocked, for a caller that holds a lock: a wait that gives
  /// up the lock its function was handed (`void waitFor(std::unique_lock<
  /// std::mutex> &lk) { cv_.wait(lk); }`) is not slow, since what the
  /// caller hands it is the lock it holds.
  SlowCallSummaries(clang::ASTContext &Ctx, rules::RoleCatalogue &Roles,
                    SummaryOptions Options = {}, bool WhileLocked = false);
  std::optional<SlowChain> slowChainOf(const clang::Expr *Call) {
    return chainOf(Call);
  }
};

} // namespace conncheck

#endif
