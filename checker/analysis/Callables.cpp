//===--- Callables.cpp ----------------------------------------------------===//
#include "Callables.h"
#include "../rules/Exprs.h"

#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace conncheck {

const FunctionDecl *calledBody(const Expr *Callable) {
  const Expr *E = skipWrappers(Callable, /*ThroughCopies=*/true);
  if (!E)
    return nullptr;
  if (const auto *L = dyn_cast<LambdaExpr>(E))
    return L->getCallOperator();
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E)) {
    if (const auto *FD = dyn_cast<FunctionDecl>(Ref->getDecl()))
      return FD;
    if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
      if (VD->hasLocalStorage() && VD->getInit())
        if (const auto *L = dyn_cast<LambdaExpr>(VD->getInit()->IgnoreImplicit()))
          return L->getCallOperator();
  }
  return nullptr;
}

} // namespace conncheck
