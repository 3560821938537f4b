//===--- OwnershipSummaries.cpp -------------------------------------------===//
#include "OwnershipSummaries.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace conncheck {
namespace {

bool refersTo(const Expr *E, const ParmVarDecl *P) {
  return E && holderDecl(E) == P->getCanonicalDecl();
}

/// Walks a body looking for what happens to one parameter.
class ParamUse : public ConstStmtVisitor<ParamUse> {
public:
  ParamUse(const ParmVarDecl *P, rules::RoleCatalogue &Roles,
           llvm::function_ref<bool(const FunctionDecl *, unsigned)> Recurse)
      : P(P), Roles(Roles), Recurse(Recurse) {}

  bool Released = false;

  void VisitStmt(const Stmt *S) {
    for (const Stmt *Child : S->children())
      if (Child && !Released)
        Visit(Child);
  }

  void VisitLambdaExpr(const LambdaExpr *) {}

  void VisitCallExpr(const CallExpr *Call) {
    if (auto R = Roles.releaseCall(Call); R && refersTo(R->Handle, P)) {
      Released = true;
      return;
    }
    const FunctionDecl *Callee = Call->getDirectCallee();
    bool Member = isa<CXXMemberCallExpr>(Call);
    for (unsigned I = 0; I < Call->getNumArgs() && !Released; ++I) {
      if (!refersTo(Call->getArg(I), P))
        continue;
      // Stored in another object (a container, a registry), or handed to a
      // function that gives it back.
      if (Member || (Callee && I < Callee->getNumParams() && Recurse(Callee, I)))
        Released = true;
    }
    VisitStmt(Call);
  }

  void VisitCXXConstructExpr(const CXXConstructExpr *Ctor) {
    for (const Expr *Arg : Ctor->arguments())
      if (refersTo(Arg, P))
        Released = true; // adopted by a guard or owner object
    VisitStmt(Ctor);
  }

  void VisitBinaryOperator(const BinaryOperator *B) {
    // Stored in a member or global.
    if (B->getOpcode() == BO_Assign && refersTo(B->getRHS(), P) &&
        !isa<DeclRefExpr>(B->getLHS()->IgnoreParenImpCasts()))
      Released = true;
    VisitStmt(B);
  }

  void VisitReturnStmt(const ReturnStmt *R) {
    if (refersTo(R->getRetValue(), P))
      Released = true; // handed back up: the caller's again
    VisitStmt(R);
  }

private:
  const ParmVarDecl *P;
  rules::RoleCatalogue &Roles;
  llvm::function_ref<bool(const FunctionDecl *, unsigned)> Recurse;
};

} // namespace

bool OwnershipSummaries::releasesParam(const FunctionDecl *Callee,
                                       unsigned Index) {
  const FunctionDecl *Def = nullptr;
  if (!Callee->hasBody(Def) || !Def || Index >= Def->getNumParams())
    return false;
  Key K{Def, Index};
  if (auto It = Memo.find(K); It != Memo.end())
    return It->second;
  if (!InProgress.insert(K).second)
    return false; // recursion: assume not, the outer frame decides
  ParamUse Use(Def->getParamDecl(Index), Roles,
               [&](const FunctionDecl *F, unsigned I) {
                 return releasesParam(F, I);
               });
  Use.Visit(Def->getBody());
  InProgress.erase(K);
  Memo[K] = Use.Released;
  return Use.Released;
}

} // namespace conncheck
