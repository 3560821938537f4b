//===--- Exprs.h - seeing through expressions that change nothing --------===//
#ifndef CONNCHECK_RULES_EXPRS_H
#define CONNCHECK_RULES_EXPRS_H

#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"

namespace conncheck {

/// Strips parentheses, implicit casts, temporaries and cleanups: what does
/// not change which object or value an expression denotes. `co_await X`
/// denotes what X's awaitable produces: X is what a rule names
/// (`co_await db->newTransactionCoro()`). With
/// \p ThroughCopies, also single-argument constructions (copies, moves,
/// conversions) and `&x`.
inline const clang::Expr *skipWrappers(const clang::Expr *E,
                                       bool ThroughCopies = false) {
  using namespace clang;
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else if (const auto *Await = dyn_cast<CoawaitExpr>(E))
      E = Await->getOperand();
    else if (const auto *Opaque = dyn_cast<OpaqueValueExpr>(E);
             Opaque && Opaque->getSourceExpr())
      E = Opaque->getSourceExpr();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E);
             F && ThroughCopies)
      E = F->getSubExpr();
    else if (const auto *Ctor = dyn_cast<CXXConstructExpr>(E);
             Ctor && Ctor->getNumArgs() == 1 &&
             (ThroughCopies ||
              // The copy of what await_resume returned.
              isa<CoawaitExpr>(Ctor->getArg(0)->IgnoreParenImpCasts())))
      E = Ctor->getArg(0);
    else if (const auto *U = dyn_cast<UnaryOperator>(E);
             U && ThroughCopies && U->getOpcode() == UO_AddrOf)
      E = U->getSubExpr();
    else
      return E;
  }
  return E;
}

/// The function a call (CallExpr or CXXConstructExpr) calls directly, if
/// any.
inline const clang::FunctionDecl *calledFunction(const clang::Expr *Call) {
  if (const auto *CE = llvm::dyn_cast<clang::CallExpr>(Call))
    return CE->getDirectCallee();
  if (const auto *Ctor = llvm::dyn_cast<clang::CXXConstructExpr>(Call))
    return Ctor->getConstructor();
  return nullptr;
}

/// Whether \p T is a smart pointer: a class with an `operator->`.
bool isSmartPointerType(clang::QualType T);

/// The declaration an expression names as the object a scope is held on: a
/// variable, parameter or member, seen through `*p`, `&x`, smart-pointer
/// `->` and `.get()`.
const clang::ValueDecl *holderDecl(const clang::Expr *E);

} // namespace conncheck

#endif
