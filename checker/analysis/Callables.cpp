//===--- Callables.cpp ----------------------------------------------------===//
#include "Callables.h"
#include "../rules/Exprs.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Basic/Builtins.h"

#include <functional>

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

/// The parameter \p E names, directly or through std::forward/std::move.
static const ParmVarDecl *namedParam(const Expr *E) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (const auto *Call = dyn_cast_or_null<CallExpr>(E)) {
    unsigned Builtin = Call->getBuiltinCallee();
    if ((Builtin == Builtin::BIforward || Builtin == Builtin::BImove ||
         Call->isCallToStdMove()) &&
        Call->getNumArgs() == 1)
      E = Call->getArg(0)->IgnoreParenImpCasts();
    else if (const FunctionDecl *FD = Call->getDirectCallee();
             FD && FD->getNumParams() == 1 && Call->getNumArgs() == 1 &&
             (FD->getName() == "forward" || FD->getName() == "move"))
      E = Call->getArg(0)->IgnoreParenImpCasts();
  }
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E);
  return Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
}

std::vector<std::pair<unsigned, const FunctionDecl *>>
lambdaArgs(const Expr *Call) {
  std::vector<std::pair<unsigned, const FunctionDecl *>> Out;
  const FunctionDecl *Callee = calledFunction(Call);
  const auto *CE = dyn_cast<CallExpr>(Call);
  const auto *Ctor = dyn_cast<CXXConstructExpr>(Call);
  if (!Callee || (!CE && !Ctor))
    return Out;
  unsigned NumArgs = CE ? CE->getNumArgs() : Ctor->getNumArgs();
  // Member operator calls count the object as argument 0.
  unsigned Shift =
      CE && isa<CXXOperatorCallExpr>(CE) && isa<CXXMethodDecl>(Callee) ? 1 : 0;
  for (unsigned I = Shift; I < NumArgs; ++I) {
    const Expr *Arg = CE ? CE->getArg(I) : Ctor->getArg(I);
    if (!isa<LambdaExpr>(skipWrappers(Arg, /*ThroughCopies=*/true)))
      continue; // named functions are called directly, not passed
    if (const FunctionDecl *Body = calledBody(Arg))
      Out.push_back({I - Shift, Body});
  }
  return Out;
}

bool isCallableParam(const ParmVarDecl *P) {
  QualType T = P->getType().getNonReferenceType();
  if (T->isFunctionPointerType() || T->isFunctionType())
    return true;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return false;
  if (RD->isLambda())
    return true;
  for (const CXXMethodDecl *M : RD->getDefinition()->methods())
    if (M->getOverloadedOperator() == OO_Call)
      return true;
  return false;
}

bool invokesParamSynchronously(const FunctionDecl *Def, unsigned Index,
                               unsigned Depth) {
  if (!Def || Depth > 4 || Index >= Def->getNumParams() || !Def->hasBody())
    return false;
  const ParmVarDecl *Param = Def->getParamDecl(Index);
  bool Invokes = false;
  std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
    if (!S || Invokes || isa<LambdaExpr>(S))
      return;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
        Op && Op->getOperator() == OO_Call && namedParam(Op->getArg(0)) == Param)
      Invokes = true;
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      if (!isa<CXXOperatorCallExpr>(Call) && namedParam(Call->getCallee()) == Param)
        Invokes = true; // a function pointer called
      const FunctionDecl *Callee = Call->getDirectCallee();
      const FunctionDecl *CalleeDef = nullptr;
      if (Callee && Callee->hasBody(CalleeDef))
        for (unsigned I = 0; I < Call->getNumArgs() && !Invokes; ++I)
          if (namedParam(Call->getArg(I)) == Param && I < CalleeDef->getNumParams())
            Invokes = invokesParamSynchronously(CalleeDef, I, Depth + 1);
    }
    for (const Stmt *Child : S->children())
      Walk(Child);
  };
  Walk(Def->getBody());
  return Invokes;
}

} // namespace conncheck
