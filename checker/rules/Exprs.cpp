//===--- Exprs.cpp --------------------------------------------------------===//
#include "Exprs.h"

#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace conncheck {

/// Whether \p T is a smart pointer: a class with an `operator->`.
bool isSmartPointerType(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition())
    return false;
  // libstdc++ declares shared_ptr's operator-> in a base class.
  llvm::SmallVector<const CXXRecordDecl *, 4> Work{RD};
  while (!Work.empty()) {
    const CXXRecordDecl *C = Work.pop_back_val();
    for (const CXXMethodDecl *M : C->methods())
      if (M->getOverloadedOperator() == OO_Arrow)
        return true;
    for (const CXXBaseSpecifier &B : C->bases())
      if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl())
        if (Base->hasDefinition())
          Work.push_back(Base->getDefinition());
  }
  return false;
}

const ValueDecl *holderDecl(const Expr *E) {
  E = skipWrappers(E);
  if (!E)
    return nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    return cast<ValueDecl>(Ref->getDecl()->getCanonicalDecl());
  if (const auto *Member = dyn_cast<MemberExpr>(E))
    return cast<ValueDecl>(Member->getMemberDecl()->getCanonicalDecl());
  if (const auto *U = dyn_cast<UnaryOperator>(E))
    if (U->getOpcode() == UO_Deref || U->getOpcode() == UO_AddrOf)
      return holderDecl(U->getSubExpr());
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
    if ((Op->getOperator() == OO_Arrow || Op->getOperator() == OO_Star) &&
        Op->getNumArgs() == 1)
      return holderDecl(Op->getArg(0));
  // `conn_.get()` on a smart pointer names what `*conn_` names.
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    if (const CXXMethodDecl *M = MC->getMethodDecl();
        M && MC->getNumArgs() == 0 && M->getIdentifier() &&
        M->getName() == "get" &&
        isSmartPointerType(MC->getImplicitObjectArgument()->getType()))
      return holderDecl(MC->getImplicitObjectArgument());
  return nullptr;
}

} // namespace conncheck
