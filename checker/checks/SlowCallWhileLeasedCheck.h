//===--- SlowCallWhileLeasedCheck.h - conncheck-slow-call-while-leased ---===//
//
// Finds slow calls made while a pooled database connection is held and no
// transaction is open (inside a transaction, the transaction check
// reports). Every waiting holder is a connection no other request can use.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_CHECKS_SLOWCALLWHILELEASEDCHECK_H
#define CONNCHECK_CHECKS_SLOWCALLWHILELEASEDCHECK_H

#include "ConnCheck.h"

namespace conncheck {

class SlowCallWhileLeasedCheck : public ConnCheck {
public:
  static constexpr llvm::StringLiteral Id = "conncheck-slow-call-while-leased";
  llvm::StringRef id() const override { return Id; }
  llvm::StringRef description() const override {
    return "a slow call is made while a pooled database connection is held";
  }
  void checkCallWhileHeld(const clang::Expr *Call, const HeldSet &Held,
                          CheckContext &Ctx) override;
};

} // namespace conncheck

#endif
