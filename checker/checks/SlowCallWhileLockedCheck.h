//===--- SlowCallWhileLockedCheck.h - conncheck-slow-call-while-locked ---===//
//
// Finds slow calls, blocking I/O included, made while a lock is held: every
// thread that wants the lock waits as long as the slow call does. Where the
// lock guards a service's one database connection (a pool of one), that is
// the pool running dry. Inside a transaction or a pooled lease the database
// checks report the call instead: one cause, one finding.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_CHECKS_SLOWCALLWHILELOCKEDCHECK_H
#define CONNCHECK_CHECKS_SLOWCALLWHILELOCKEDCHECK_H

#include "ConnCheck.h"

namespace conncheck {

class SlowCallWhileLockedCheck : public ConnCheck {
public:
  static constexpr llvm::StringLiteral Id = "conncheck-slow-call-while-locked";
  llvm::StringRef id() const override { return Id; }
  llvm::StringRef description() const override {
    return "a slow call or blocking I/O is made while a lock is held";
  }
  void checkCallWhileHeld(const clang::Expr *Call, const HeldSet &Held,
                          CheckContext &Ctx) override;
};

} // namespace conncheck

#endif
