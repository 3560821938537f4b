//===--- ConnCheck.cpp ----------------------------------------------------===//
#include "ConnCheck.h"
#include "../findings/ClangSpans.h"
#include "../rules/RoleCatalogue.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace conncheck {

std::string displayName(const FunctionDecl *FD) {
  if (const auto *M = dyn_cast<CXXMethodDecl>(FD))
    if (M->getParent()->isLambda())
      return "lambda";
  return rules::qualifiedName(FD);
}

SourceSpan callSpan(const Expr *Call, const ASTContext &AST) {
  SourceLocation Begin = Call->getExprLoc();
  if (isa<CXXOperatorCallExpr>(Call) || isa<CXXConstructExpr>(Call))
    Begin = Call->getBeginLoc();
  return spanOf(AST.getSourceManager(), AST.getLangOpts(), Begin,
                Call->getEndLoc());
}

} // namespace conncheck
