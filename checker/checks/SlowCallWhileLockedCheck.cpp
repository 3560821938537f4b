//===--- SlowCallWhileLockedCheck.cpp -------------------------------------===//
#include "SlowCallWhileLockedCheck.h"
#include "../rules/Exprs.h"

using namespace clang;

namespace conncheck {

/// Whether \p Call is a wait that gives up \p Lock while it waits
/// (`cv.wait(lk)`, `pthread_cond_wait(&c, &m)`): it does not wait while
/// holding that lock.
static bool givesUp(const Expr *Call, const HeldScope &Lock,
                    CheckContext &Ctx) {
  std::optional<rules::SlowMatch> Slow = Ctx.TU.Roles.slowCall(Call, Ctx.AST);
  return Slow && Lock.heldOn(rules::lockGivenUp(*Slow, Call));
}

void SlowCallWhileLockedCheck::checkCallWhileHeld(const Expr *Call,
                                                  const HeldSet &Held,
                                                  CheckContext &Ctx) {
  llvm::SmallVector<const HeldScope *, 2> Locks = Held.locks();
  if (Locks.empty())
    return;
  // Inside a transaction or a pooled lease the database checks report what
  // they count as slow; blocking I/O is left to this check.
  bool DatabaseScope = Held.innermost(rules::ScopeKind::Transaction) ||
                       Held.innermostPooledLease();
  // The innermost lock the call does not give up is the one it waits in.
  for (const HeldScope *Lock : Locks) {
    if (givesUp(Call, *Lock, Ctx))
      continue;
    bool EndsScope = false;
    std::optional<SlowChain> Chain =
        Ctx.TU.slowChainWhileHeld(Call, *Lock, &EndsScope);
    if (DatabaseScope && Chain && Chain->Category != rules::SlowCategory::Io)
      return;
    std::string Phrase = lockHeldPhrase(*Lock);
    if (Chain)
      Ctx.report(slowCallFinding(Id, Call, *Chain, *Lock, Phrase, Ctx), *Lock,
                 Call);
    else if (!EndsScope && !DatabaseScope)
      deferSlowCall(Id, Call, *Lock, Phrase, Ctx);
    return;
  }
}

} // namespace conncheck
