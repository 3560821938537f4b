//===--- CheckoutInLoopCheck.h - conncheck-checkout-in-loop --------------===//
//
// Finds a pooled connection taken and given back on every iteration of a
// loop over data (a counted or range-based for loop) with nothing slow
// between the iterations: each round trip to the pool costs a lock, a
// liveness check and often a reset, for nothing.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_CHECKS_CHECKOUTINLOOPCHECK_H
#define CONNCHECK_CHECKS_CHECKOUTINLOOPCHECK_H

#include "ConnCheck.h"

#include "llvm/ADT/DenseSet.h"

namespace conncheck {

class CheckoutInLoopCheck : public ConnCheck {
public:
  static constexpr llvm::StringLiteral Id = "conncheck-checkout-in-loop";
  llvm::StringRef id() const override { return Id; }
  llvm::StringRef description() const override {
    return "a pooled connection is taken and given back on every iteration "
           "of a loop";
  }
  void checkCallWhileHeld(const clang::Expr *Call, const HeldSet &Held,
                          CheckContext &Ctx) override;
  void checkFunction(CheckContext &Ctx) override;

private:
  /// Calls of the current function made while a pooled connection is held
  /// (a helper's checkout there is nested-checkout's business, not churn).
  llvm::DenseSet<const clang::Expr *> WhileLeased;
};

} // namespace conncheck

#endif
