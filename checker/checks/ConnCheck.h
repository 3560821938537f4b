//===--- ConnCheck.h - the interface every conncheck check implements ----===//
//
// A check turns analysis events into findings. It holds no analysis of its
// own: the dataflow (which scopes are open) and the summaries (which calls
// are slow) are shared by every check and by both front ends.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_CHECKS_CONNCHECK_H
#define CONNCHECK_CHECKS_CONNCHECK_H

#include "../analysis/SlowCallSummaries.h"
#include "../findings/Finding.h"
#include "../model/HeldScope.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/StringRef.h"

#include <vector>

namespace conncheck {

/// What a check sees while a function is analysed.
struct CheckContext {
  clang::ASTContext &AST;
  SlowCallSummaries &Slow;
  const clang::FunctionDecl *Function;
  std::vector<Finding> &Out;
};

class ConnCheck {
public:
  virtual ~ConnCheck() = default;
  virtual llvm::StringRef id() const = 0;
  /// One sentence: what the check finds.
  virtual llvm::StringRef description() const = 0;

  /// A call (CallExpr or CXXConstructExpr) evaluated while \p Held is open.
  virtual void checkCallWhileHeld(const clang::Expr *Call, const HeldSet &Held,
                                  CheckContext &Ctx) {}
};

/// Name of a function for messages: qualified, "lambda" for lambdas.
std::string displayName(const clang::FunctionDecl *FD);

/// The span a finding about \p Call points at: the called name to the end
/// of the call.
SourceSpan callSpan(const clang::Expr *Call, const clang::ASTContext &AST);

} // namespace conncheck

#endif
