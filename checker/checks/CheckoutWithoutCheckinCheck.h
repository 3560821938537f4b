//===--- CheckoutWithoutCheckinCheck.h - conncheck-checkout-without-checkin ===//
//
// Finds connections taken by hand (a pool checkout, a connection opened
// with a C API) that some path out of the function does not give back: an
// early return, a break or continue out of the handle's block, or an
// exception thrown between checkout and checkin. Each leak is a connection
// the pool never sees again.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_CHECKS_CHECKOUTWITHOUTCHECKINCHECK_H
#define CONNCHECK_CHECKS_CHECKOUTWITHOUTCHECKINCHECK_H

#include "ConnCheck.h"

namespace conncheck {

class CheckoutWithoutCheckinCheck : public ConnCheck {
public:
  static constexpr llvm::StringLiteral Id =
      "conncheck-checkout-without-checkin";
  llvm::StringRef id() const override { return Id; }
  llvm::StringRef description() const override {
    return "a connection taken by hand is not given back on some path out "
           "of the function";
  }
  void checkLeak(const HeldScope &Scope, const LeakSite &Site,
                 CheckContext &Ctx) override;
};

} // namespace conncheck

#endif
