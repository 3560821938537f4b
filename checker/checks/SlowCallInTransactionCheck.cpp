//===--- SlowCallInTransactionCheck.cpp -----------------------------------===//
#include "SlowCallInTransactionCheck.h"

using namespace clang;

namespace conncheck {

void SlowCallInTransactionCheck::checkCallWhileHeld(const Expr *Call,
                                                    const HeldSet &Held,
                                                    CheckContext &Ctx) {
  const HeldScope *Tx = Held.innermost(rules::ScopeKind::Transaction);
  if (!Tx)
    return;
  bool EndsScope = false;
  std::optional<SlowChain> Chain =
      withoutBlockingIo(Ctx.TU.slowChainWhileHeld(Call, *Tx, &EndsScope));
  std::string Phrase = Tx->HolderName.empty()
                           ? "a database transaction is open"
                           : "database transaction '" + Tx->HolderName +
                                 "' is open";
  if (Chain)
    Ctx.report(slowCallFinding(Id, Call, *Chain, *Tx, Phrase, Ctx), *Tx,
                 Call);
  else if (!EndsScope)
    deferSlowCall(Id, Call, *Tx, Phrase, Ctx);
}

} // namespace conncheck
