//===--- NestedCheckoutCheck.h - conncheck-nested-checkout ---------------===//
//
// Finds a second connection taken from a pool while one from the same pool
// is still held, in the same function or through its callees. With every
// thread holding one connection and waiting for a second, a pool sized to
// the thread count deadlocks.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_CHECKS_NESTEDCHECKOUTCHECK_H
#define CONNCHECK_CHECKS_NESTEDCHECKOUTCHECK_H

#include "ConnCheck.h"

namespace conncheck {

class NestedCheckoutCheck : public ConnCheck {
public:
  static constexpr llvm::StringLiteral Id = "conncheck-nested-checkout";
  llvm::StringRef id() const override { return Id; }
  llvm::StringRef description() const override {
    return "a second connection is taken from a pool while one from the "
           "same pool is held";
  }
  void checkCallWhileHeld(const clang::Expr *Call, const HeldSet &Held,
                          CheckContext &Ctx) override;
};

} // namespace conncheck

#endif
