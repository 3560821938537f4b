//===--- PoolSmallerThanThreadsCheck.h - conncheck-pool-smaller-than-threads ===//
//
// Finds a fan-out to N worker threads, each of whose work takes a
// connection from a pool created with M < N connections in the same
// function (M - 1 when the fanning-out thread itself holds one). The extra
// workers wait for a connection, then time out.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_CHECKS_POOLSMALLERTHANTHREADSCHECK_H
#define CONNCHECK_CHECKS_POOLSMALLERTHANTHREADSCHECK_H

#include "ConnCheck.h"

#include "llvm/ADT/DenseMap.h"

namespace conncheck {

class PoolSmallerThanThreadsCheck : public ConnCheck {
public:
  static constexpr llvm::StringLiteral Id = "conncheck-pool-smaller-than-threads";
  llvm::StringRef id() const override { return Id; }
  llvm::StringRef description() const override {
    return "more worker threads need a connection than the pool they share "
           "has";
  }
  void checkCallWhileHeld(const clang::Expr *Call, const HeldSet &Held,
                          CheckContext &Ctx) override;
  void checkFunction(CheckContext &Ctx) override;

private:
  /// Connections from known pools held at each call of the function being
  /// analysed.
  llvm::DenseMap<const clang::Expr *, llvm::SmallVector<HeldScope, 1>> HeldAt;
};

} // namespace conncheck

#endif
