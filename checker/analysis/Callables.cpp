//===--- Callables.cpp ----------------------------------------------------===//
#include "Callables.h"

#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace conncheck {

const FunctionDecl *calledBody(const Expr *Callable) {
  const Expr *E = Callable;
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else if (const auto *Ctor = dyn_cast<CXXConstructExpr>(E);
             Ctor && Ctor->getNumArgs() == 1)
      E = Ctor->getArg(0);
    else if (const auto *U = dyn_cast<UnaryOperator>(E);
             U && U->getOpcode() == UO_AddrOf)
      E = U->getSubExpr();
    else
      break;
  }
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
