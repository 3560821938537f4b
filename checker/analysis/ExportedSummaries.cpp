//===--- ExportedSummaries.cpp --------------------------------------------===//
#include "ExportedSummaries.h"
#include "Callables.h"
#include "../findings/ClangSpans.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"

using namespace clang;

namespace conncheck {

std::string usrOf(const Decl *D) {
  llvm::SmallString<128> Usr;
  if (!D || index::generateUSRForDecl(D, Usr))
    return std::string();
  return std::string(Usr);
}

bool isProjectFunction(const FunctionDecl *Callee, const SourceManager &SM) {
  if (!Callee)
    return false;
  SourceLocation Loc = Callee->getCanonicalDecl()->getLocation();
  return Loc.isValid() && !SM.isInSystemHeader(SM.getExpansionLoc(Loc));
}

const ValueDecl *poolTakenFrom(const Expr *Call, rules::RoleCatalogue &Roles,
                               std::string &Name) {
  if (const auto *CE = dyn_cast<CallExpr>(Call)) {
    auto M = Roles.acquireCall(CE);
    if (!M || !M->Pool)
      return nullptr;
    Name = M->Name;
    return holderDecl(M->Pool);
  }
  if (const auto *Ctor = dyn_cast<CXXConstructExpr>(Call))
    if (const rules::RaiiTypeRule *Rule = Roles.raiiRuleFor(Ctor->getType()))
      if (!Rule->ConstructedFrom.empty()) {
        const Expr *PoolArg = nullptr;
        if (Roles.raiiInitOpens(*Rule, Ctor, PoolArg) && PoolArg) {
          Name = rules::qualifiedName(Ctor->getConstructor());
          return holderDecl(PoolArg);
        }
      }
  return nullptr;
}

/// The class of a pool expression: `pool`, `*pool`, `pool->` all name it.
static const CXXRecordDecl *poolClassOf(const Expr *Pool) {
  if (!Pool)
    return nullptr;
  QualType T = Pool->IgnoreParenImpCasts()->getType().getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  return RD ? RD->getCanonicalDecl() : nullptr;
}

const CXXRecordDecl *pooledClassTakenBy(const Expr *Call,
                                        rules::RoleCatalogue &Roles,
                                        std::string &What) {
  if (const auto *CE = dyn_cast<CallExpr>(Call)) {
    auto M = Roles.acquireCall(CE);
    if (!M || M->Rule->Kind != rules::ScopeKind::Lease || !M->Rule->Pooled ||
        M->Rule->Result == rules::AcquireRule::Transient)
      return nullptr;
    What = M->Name;
    return poolClassOf(M->Pool);
  }
  if (const auto *Ctor = dyn_cast<CXXConstructExpr>(Call))
    if (const rules::RaiiTypeRule *Rule = Roles.raiiRuleFor(Ctor->getType()))
      if (Rule->Kind == rules::ScopeKind::Lease) {
        const Expr *PoolArg = nullptr;
        if (Roles.raiiInitOpens(*Rule, Ctor, PoolArg) && PoolArg) {
          What = rules::qualifiedName(Ctor->getConstructor());
          return poolClassOf(PoolArg);
        }
      }
  return nullptr;
}

bool nameableFromCallees(const ValueDecl *Pool) {
  if (isa_and_nonnull<FieldDecl>(Pool))
    return true;
  const auto *VD = dyn_cast_or_null<VarDecl>(Pool);
  return VD && VD->hasGlobalStorage();
}

namespace {

class Exporter {
public:
  Exporter(ASTContext &AST, rules::RoleCatalogue &Roles, CalleeEffects &Effects)
      : AST(AST), SM(AST.getSourceManager()), Roles(Roles), Effects(Effects) {}

  void add(const FunctionDecl *FD) {
    const FunctionDecl *Def = nullptr;
    if (FD && FD->hasBody(Def) && Def && !Def->isDependentContext() &&
        isProjectFunction(Def, SM) && Seen.insert(Def->getCanonicalDecl()).second)
      Work.push_back(Def);
  }

  std::vector<FunctionSummary> run() {
    std::vector<FunctionSummary> Out;
    while (Next < Work.size()) {
      const FunctionDecl *FD = Work[Next++];
      FunctionSummary S = summarise(FD);
      if (!S.Usr.empty())
        Out.push_back(std::move(S));
    }
    return Out;
  }

private:
  ASTContext &AST;
  const SourceManager &SM;
  rules::RoleCatalogue &Roles;
  CalleeEffects &Effects;
  llvm::DenseSet<const FunctionDecl *> Seen;
  std::vector<const FunctionDecl *> Work;
  size_t Next = 0;

  /// A call to \p Callee for the link step: whether it dispatches, and the
  /// lambdas it is handed (summarised too, they may run inside it).
  CallSite site(const Expr *Call, const FunctionDecl *Callee, std::string Usr) {
    CallSite C;
    C.CalleeUsr = std::move(Usr);
    C.CalleeName = rules::displayName(Callee);
    C.Where = callSpan(Call, AST);
    C.Dispatches = dispatchedMethod(Call) != nullptr;
    C.NotSlow = Roles.notSlow(Callee);
    for (auto [Param, Body] : lambdaArgs(Call)) {
      std::string BodyUsr = usrOf(Body);
      if (BodyUsr.empty())
        continue;
      C.Callables.push_back({Param, BodyUsr, rules::displayName(Body)});
      add(Body);
    }
    return C;
  }

  /// Whether \p FD ends the transaction or lease object it is handed by
  /// reference or pointer as parameter \p I (`finish(pqxx::work &tx)`).
  bool endsScopeParam(const FunctionDecl *FD, unsigned I,
                      FunctionSummary *S = nullptr) {
    QualType T = FD->getParamDecl(I)->getType();
    if (!T->isReferenceType() && !T->isPointerType())
      return false;
    QualType Pointee = T->getPointeeType();
    const rules::RaiiTypeRule *Rule = Roles.raiiRuleFor(Pointee);
    if (!Rule)
      Rule = Roles.raiiRuleEndedOn(Pointee->getAsCXXRecordDecl());
    if (!Rule)
      return false;
    HeldScope Scope;
    Scope.Kind = Rule->Kind;
    Scope.Raii = Rule;
    Scope.Holder = FD->getParamDecl(I)->getCanonicalDecl();
    if (!Effects.endsParam(FD, I, Scope))
      return false;
    // What it does before the end: the link step's chains start there.
    FunctionSummary::ScopeEnd End;
    End.Param = I;
    llvm::StringSet<> Seen;
    for (const Expr *Call : Effects.callsWhileParamHeld(FD, I, Scope)) {
      if (auto Slow = Roles.slowCall(Call, AST)) {
        if (!End.Slow)
          End.Slow = SlowSite{Slow->Name,
                              rules::categoryName(Slow->Rule->Category).str(),
                              callSpan(Call, AST)};
        continue;
      }
      const FunctionDecl *Callee = calledFunction(Call);
      if (!isProjectFunction(Callee, SM) || Roles.described(Call))
        continue;
      std::string Usr = usrOf(Callee);
      if (Usr.empty() || !Seen.insert(Usr).second)
        continue;
      End.Calls.push_back(site(Call, Callee, Usr));
      add(Callee);
    }
    if (S)
      S->EndsScopes.push_back(std::move(End));
    return true;
  }

  /// What callers in other units must know when \p FD wraps a described
  /// call.
  WrapperEffects wrapperEffects(const FunctionDecl *FD) {
    WrapperEffects W;
    MemberScopeEffect Member = Effects.memberScopeEffect(FD);
    if (Member.Effect != MemberScopeEffect::None)
      W.Member = Member;
    W.ReturnsAcquired = Roles.acquireRuleId(Effects.returnsAcquired(FD));
    W.SqlText = Effects.sqlTextWrapper(FD);
    W.ParamScope = Effects.paramScopeEffect(FD);
    if (W.ParamScope && W.ParamScope->Effect == MemberScopeEffect::None)
      W.ParamScope.reset();
    return W;
  }

  FunctionSummary summarise(const FunctionDecl *FD) {
    FunctionSummary S;
    S.Usr = usrOf(FD);
    S.Name = rules::displayName(FD);
    std::vector<const Expr *> Calls;
    forEachEvaluatedCall(FD, [&](const Expr *Call) { Calls.push_back(Call); });
    llvm::StringSet<> Callees;
    for (const Expr *Call : Calls) {
      // A connection taken from a pool other functions can name: a second
      // one if the caller already holds one from it.
      std::string Taken;
      if (const ValueDecl *Pool = poolTakenFrom(Call, Roles, Taken);
          nameableFromCallees(Pool)) {
        std::string PoolUsr = usrOf(Pool);
        if (!PoolUsr.empty() &&
            llvm::none_of(S.Acquires, [&](const PoolAcquire &A) {
              return A.PoolUsr == PoolUsr;
            }))
          S.Acquires.push_back({PoolUsr, SlowSite{Taken, "wait", callSpan(Call, AST)}});
      }
      // A pooled connection, by the pool's class: for loops and workers
      // that call this function (key "class:<USR>").
      std::string What;
      if (const CXXRecordDecl *Class = pooledClassTakenBy(Call, Roles, What)) {
        std::string Key = "class:" + usrOf(Class);
        if (llvm::none_of(S.Acquires,
                          [&](const PoolAcquire &A) { return A.PoolUsr == Key; }))
          S.Acquires.push_back({Key, SlowSite{What, "wait", callSpan(Call, AST)}});
      }
      if (auto Slow = Roles.slowCall(Call, AST)) {
        // `cv.wait(lk)` on the lock it was handed: not slow to a caller
        // that holds that lock.
        std::optional<SlowSite> &Site =
            isa_and_nonnull<ParmVarDecl>(rules::lockGivenUp(*Slow, Call))
                ? S.ParamLockWait
                : S.Slow;
        if (!Site || rules::categoryRank(Slow->Rule->Category) <
                         rules::categoryRank(Site->Category))
          Site = SlowSite{Slow->Name,
                          rules::categoryName(Slow->Rule->Category).str(),
                          callSpan(Call, AST)};
        continue;
      }
      const FunctionDecl *Callee = calledFunction(Call);
      // A described call means what its rule says (as within a unit).
      if (!isProjectFunction(Callee, SM) || Roles.described(Call) ||
          Effects.returnsAcquired(Callee))
        continue;
      std::string Usr = usrOf(Callee);
      if (Usr.empty() || !Callees.insert(Usr).second)
        continue;
      S.Calls.push_back(site(Call, Callee, Usr));
      add(Callee);
    }
    S.Throws = Effects.bodyThrows(FD).Is == ThrowVerdict::Yes;
    S.Wrapper = wrapperEffects(FD);
    S.NotSlow = Roles.notSlow(FD);
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
      llvm::SmallVector<const CXXMethodDecl *, 4> Work(
          MD->overridden_methods().begin(), MD->overridden_methods().end());
      while (!Work.empty()) {
        const CXXMethodDecl *Base = Work.pop_back_val();
        std::string Usr = usrOf(Base);
        if (!Usr.empty() && !llvm::is_contained(S.Overrides, Usr))
          S.Overrides.push_back(Usr);
        Work.append(Base->overridden_methods().begin(),
                    Base->overridden_methods().end());
      }
    }
    for (unsigned I = 0; I < FD->getNumParams(); ++I)
      if (isCallableParam(FD->getParamDecl(I)) &&
          invokesParamSynchronously(FD, I))
        S.RunsCallables.push_back(I);
    for (unsigned I = 0; I < FD->getNumParams(); ++I) {
      if (endsScopeParam(FD, I, &S) || Effects.releasesParam(FD, I)) {
        S.ReleasesParams.push_back(I);
        continue;
      }
      for (auto [Callee, Param] : Effects.forwards(FD, I)) {
        S.Forwards.push_back({I, usrOf(Callee), Param});
        add(Callee);
      }
    }
    return S;
  }
};

} // namespace

std::vector<FunctionSummary>
exportSummaries(llvm::ArrayRef<const FunctionDecl *> Roots,
                llvm::ArrayRef<const FunctionDecl *> Extra, ASTContext &AST,
                rules::RoleCatalogue &Roles, CalleeEffects &Effects) {
  Exporter E(AST, Roles, Effects);
  for (const FunctionDecl *FD : Roots)
    E.add(FD);
  for (const FunctionDecl *FD : Extra)
    E.add(FD);
  return E.run();
}

} // namespace conncheck
