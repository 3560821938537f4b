//===--- SlowCallInTransactionCheck.h - conncheck-slow-call-in-transaction ===//
//
// Finds calls that are, or lead to, a slow operation (HTTP, sleep, storage,
// RPC, mail, blocking wait) made while a database transaction is open: the
// transaction's locks and its pooled connection are held for the whole wait.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_CHECKS_SLOWCALLINTRANSACTIONCHECK_H
#define CONNCHECK_CHECKS_SLOWCALLINTRANSACTIONCHECK_H

#include "ConnCheck.h"

namespace conncheck {

class SlowCallInTransactionCheck : public ConnCheck {
public:
  static constexpr llvm::StringLiteral Id = "conncheck-slow-call-in-transaction";
  llvm::StringRef id() const override { return Id; }
  llvm::StringRef description() const override {
    return "a slow call (HTTP, sleep, storage, RPC, mail, blocking wait) is "
           "made while a database transaction is open";
  }
  void checkCallWhileHeld(const clang::Expr *Call, const HeldSet &Held,
                          CheckContext &Ctx) override;
};

} // namespace conncheck

#endif
