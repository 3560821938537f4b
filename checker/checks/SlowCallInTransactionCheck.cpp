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
  if (!Chain)
    return;
  std::string Phrase = Tx->HolderName.empty()
                           ? "a database transaction is open"
                           : "database transaction '" + Tx->HolderName +
                                 "' is open";
  Ctx.Out.push_back(slowCallFinding(Id, Call, *Chain, *Tx, Phrase, Ctx));
}

} // namespace conncheck
