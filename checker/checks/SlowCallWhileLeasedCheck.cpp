//===--- SlowCallWhileLeasedCheck.cpp -------------------------------------===//
#include "SlowCallWhileLeasedCheck.h"

using namespace clang;

namespace conncheck {

void SlowCallWhileLeasedCheck::checkCallWhileHeld(const Expr *Call,
                                                  const HeldSet &Held,
                                                  CheckContext &Ctx) {
  // Inside a transaction conncheck-slow-call-in-transaction speaks.
  if (Held.innermost(rules::ScopeKind::Transaction))
    return;
  const HeldScope *Lease = Held.innermostPooledLease();
  if (!Lease)
    return;
  bool EndsScope = false;
  std::optional<SlowChain> Chain =
      withoutBlockingIo(Ctx.TU.slowChainWhileHeld(Call, *Lease, &EndsScope));
  std::string Phrase = Lease->HolderName.empty()
                           ? "a pooled connection is held"
                           : "pooled connection '" + Lease->HolderName +
                                 "' is held";
  if (Chain)
    Ctx.report(slowCallFinding(Id, Call, *Chain, *Lease, Phrase, Ctx), *Lease,
                 Call);
  else if (!EndsScope)
    deferSlowCall(Id, Call, *Lease, Phrase, Ctx);
}

} // namespace conncheck
