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
  std::optional<SlowChain> Chain = Ctx.Slow.slowChainOf(Call);
  std::string Phrase = Tx->HolderName.empty()
                           ? "a database transaction is open"
                           : "database transaction '" + Tx->HolderName +
                                 "' is open";
  if (Chain)
    Ctx.Out.push_back(slowCallFinding(Id, Call, *Chain, *Tx, Phrase, Ctx));
  else
    deferSlowCall(Id, Call, *Tx, Phrase, Ctx);
}

} // namespace conncheck
