//===--- CalleeEffects.cpp -------------------------------------------===//
#include "CalleeEffects.h"
#include "ExportedSummaries.h"
#include "../rules/Exprs.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/DeclTemplate.h"
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

bool CalleeEffects::releasesParam(const FunctionDecl *Callee,
                                       unsigned Index) {
  const FunctionDecl *Def = nullptr;
  if (!Callee->hasBody(Def) || !Def || Index >= Def->getNumParams())
    return false;
  Key K{Def, Index};
  if (auto It = Memo.find(K); It != Memo.end())
    return It->second;
  if (!InProgress.insert(K).second)
    return false; // recursion: assume not, the outer frame decides
  llvm::SmallVector<Key, 1> Onward;
  // Named: ParamUse keeps only a reference to it.
  auto Recurse = [&](const FunctionDecl *F, unsigned I) {
    if (releasesParam(F, I))
      return true;
    if (mayReleaseElsewhere(F, I))
      Onward.push_back({F->getCanonicalDecl(), I});
    return false;
  };
  ParamUse Use(Def->getParamDecl(Index), Roles, Recurse);
  Use.Visit(Def->getBody());
  InProgress.erase(K);
  Memo[K] = Use.Released;
  if (!Use.Released && !Onward.empty())
    Forwarded[K] = std::move(Onward);
  return Use.Released;
}

bool CalleeEffects::mayReleaseElsewhere(const FunctionDecl *Callee,
                                        unsigned Index) {
  if (!Callee || Index >= Callee->getNumParams() ||
      Ctx.getSourceManager().isInSystemHeader(
          Ctx.getSourceManager().getExpansionLoc(Callee->getLocation())))
    return false;
  const FunctionDecl *Def = nullptr;
  if (!Callee->hasBody(Def) || !Def)
    return true; // defined in another translation unit, or nowhere we see
  if (releasesParam(Def, Index))
    return false;
  return !forwards(Def, Index).empty();
}

llvm::ArrayRef<std::pair<const FunctionDecl *, unsigned>>
CalleeEffects::forwards(const FunctionDecl *FD, unsigned Index) {
  const FunctionDecl *Def = nullptr;
  if (!FD->hasBody(Def) || !Def)
    return {};
  releasesParam(Def, Index); // computes them
  auto It = Forwarded.find({Def, Index});
  if (It == Forwarded.end())
    return {};
  return It->second;
}

} // namespace conncheck

namespace conncheck {
namespace {

/// The scope rule for an object of type \p T kept in a member, directly or
/// through a wrapper (`std::optional<pqxx::work>`,
/// `std::unique_ptr<pqxx::work>`, a pointer).
const rules::RaiiTypeRule *raiiInside(QualType T, rules::RoleCatalogue &Roles) {
  T = T.getNonReferenceType();
  if (T->isPointerType())
    T = T->getPointeeType();
  if (const rules::RaiiTypeRule *Rule = Roles.raiiRuleFor(T))
    return Rule;
  if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
          T->getAsCXXRecordDecl()))
    for (const TemplateArgument &TA : Spec->getTemplateArgs().asArray())
      if (TA.getKind() == TemplateArgument::Type)
        if (const rules::RaiiTypeRule *Rule = Roles.raiiRuleFor(TA.getAsType()))
          return Rule;
  return nullptr;
}

/// A member of the method's own object.
const FieldDecl *ownMember(const Expr *E) {
  return dyn_cast_or_null<FieldDecl>(holderDecl(E));
}

/// Walks a method body in source order, keeping the last effect it has on
/// the scopes held by its object's members.
class MemberEffectScan : public ConstStmtVisitor<MemberEffectScan> {
public:
  MemberEffectScan(ASTContext &Ctx, rules::RoleCatalogue &Roles)
      : Ctx(Ctx), Roles(Roles) {}

  MemberScopeEffect Last;

  void VisitStmt(const Stmt *S) {
    for (const Stmt *Child : S->children())
      if (Child)
        Visit(Child);
  }
  void VisitLambdaExpr(const LambdaExpr *) {}

  void VisitCXXNewExpr(const CXXNewExpr *New) {
    VisitStmt(New);
    if (const rules::RaiiTypeRule *Rule =
            Roles.raiiRuleFor(New->getAllocatedType()))
      set(MemberScopeEffect::Begins, Rule->Kind);
  }

  void VisitBinaryOperator(const BinaryOperator *B) {
    VisitStmt(B);
    if (B->getOpcode() == BO_Assign)
      assigned(B->getLHS(), B->getRHS());
  }

  void VisitCallExpr(const CallExpr *Call) {
    VisitStmt(Call);
    const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
    if (Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
      return assigned(Op->getArg(0), Op->getArg(1));

    // make_unique<pqxx::work>(...) and friends: a scope object created to
    // be kept.
    if (const FunctionDecl *Callee = Call->getDirectCallee())
      if (const TemplateArgumentList *Args =
              Callee->getTemplateSpecializationArgs())
        for (const TemplateArgument &TA : Args->asArray())
          if (TA.getKind() == TemplateArgument::Type)
            if (const rules::RaiiTypeRule *Rule =
                    Roles.raiiRuleFor(TA.getAsType()))
              set(MemberScopeEffect::Begins, Rule->Kind);

    if (auto M = Roles.scopeCall(Call, Ctx); M && ownMember(M->Handle))
      set(M->Effect == rules::ScopeCallMatch::Begin ? MemberScopeEffect::Begins
                                                    : MemberScopeEffect::Ends,
          M->Kind);
    if (auto R = Roles.releaseCall(Call); R && ownMember(R->Handle))
      set(MemberScopeEffect::Ends, R->Rule->Kind);
    // `sqlite3_open(path, &db_)`: a connection opened into a member.
    if (auto M = Roles.acquireCall(Call);
        M && M->Rule->Result == rules::AcquireRule::HandleInArg &&
        ownMember(rules::callArg(Call, M->Rule->HandleArg))) {
      set(MemberScopeEffect::Begins, M->Rule->Kind);
      Last.Pooled = M->Rule->Pooled;
    }

    const auto *MC = dyn_cast<CXXMemberCallExpr>(Call);
    if (!MC)
      return;
    const FieldDecl *Field = ownMember(MC->getImplicitObjectArgument());
    if (!Field)
      return;
    const rules::RaiiTypeRule *Rule = raiiInside(Field->getType(), Roles);
    if (!Rule)
      return;
    if (Roles.endsRaiiScope(*Rule, MC)) {
      set(MemberScopeEffect::Ends, Rule->Kind);
      return;
    }
    // tx_.emplace(conn) starts one; tx_.reset() with nothing ends it.
    const Expr *Obj = MC->getImplicitObjectArgument()->IgnoreParenImpCasts();
    bool OnWrapper = !Roles.raiiRuleFor(Obj->getType()) &&
                     !isa<CXXOperatorCallExpr>(Obj);
    if (OnWrapper)
      set(MC->getNumArgs() > 0 ? MemberScopeEffect::Begins
                               : MemberScopeEffect::Ends,
          Rule->Kind);
  }

  /// A member initialiser: a connection taken into the member.
  void initialised(const FieldDecl *Field, const Expr *Init) {
    Visit(Init);
    const Expr *E = Init->IgnoreImplicit();
    if (const auto *Call = dyn_cast<CallExpr>(E))
      if (auto M = Roles.acquireCall(Call);
          M && M->Rule->Result != rules::AcquireRule::Transient &&
          M->Rule->Result != rules::AcquireRule::HandleInArg) {
        set(MemberScopeEffect::Begins, M->Rule->Kind);
        Last.Pooled = M->Rule->Pooled;
        return;
      }
    // A scope object built in a member (`tx_(conn)`) is not taken as the
    // object's: such members usually outlive any one call's window, and
    // test fixtures hold them on purpose.
  }

private:
  ASTContext &Ctx;
  rules::RoleCatalogue &Roles;

  void set(enum MemberScopeEffect::Effect E, rules::ScopeKind K) {
    Last.Effect = E;
    Last.Kind = K;
    Last.Pooled = true;
  }

  void assigned(const Expr *LHS, const Expr *RHS) {
    const FieldDecl *Field = ownMember(LHS);
    if (!Field)
      return;
    RHS = RHS->IgnoreParenImpCasts();
    if (const auto *Call = dyn_cast<CallExpr>(RHS))
      if (auto M = Roles.acquireCall(Call)) {
        set(MemberScopeEffect::Begins, M->Rule->Kind);
        Last.Pooled = M->Rule->Pooled;
        return;
      }
    // tx_ = nullptr / std::nullopt / {}: the kept scope object is gone.
    if (const rules::RaiiTypeRule *Rule = raiiInside(Field->getType(), Roles)) {
      QualType T = RHS->getType();
      if (T->isNullPtrType() || RHS->isNullPointerConstant(
                                    Ctx, Expr::NPC_ValueDependentIsNotNull) ||
          !raiiInside(T, Roles))
        set(MemberScopeEffect::Ends, Rule->Kind);
    }
  }
};

} // namespace

const WrapperEffects *CalleeEffects::imported(const FunctionDecl *Callee) {
  auto [Cached, Inserted] = ImportedByDecl.try_emplace(
      Callee->getCanonicalDecl(), nullptr);
  if (!Inserted)
    return Cached->second;
  if (!isProjectFunction(Callee, Ctx.getSourceManager()))
    return nullptr;
  std::string Usr = usrOf(Callee);
  if (Usr.empty())
    return nullptr;
  Asked.insert(Usr);
  if (!Imported)
    return nullptr;
  auto It = Imported->find(Usr);
  return Cached->second = It == Imported->end() ? nullptr : &It->second;
}

const FunctionDecl *
CalleeEffects::definitionHere(const FunctionDecl *Callee,
                              const WrapperEffects *&Elsewhere) {
  const FunctionDecl *Def = nullptr;
  if (!Callee)
    return nullptr;
  if (!Callee->hasBody(Def) || !Def) {
    Elsewhere = imported(Callee);
    return nullptr;
  }
  const SourceManager &SM = Ctx.getSourceManager();
  if (SM.isInSystemHeader(SM.getExpansionLoc(Def->getLocation())))
    return nullptr;
  return Def;
}

MemberScopeEffect CalleeEffects::memberScopeEffect(const FunctionDecl *Method) {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Method);
  const FunctionDecl *Def = nullptr;
  if (!MD || MD->isStatic() || isa<CXXDestructorDecl>(MD))
    return {};
  if (!MD->hasBody(Def) || !Def) {
    const WrapperEffects *W = imported(MD);
    return W && W->Member ? *W->Member : MemberScopeEffect{};
  }
  if (Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return {};
  auto [It, Inserted] = MemberEffects.try_emplace(Def);
  if (Inserted) {
    MemberEffectScan Scan(Ctx, Roles);
    // A constructor begins what its object holds from its member
    // initialisers on (`h_(pool.acquire())`, `tx_(conn)`).
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
      for (const CXXCtorInitializer *Init : Ctor->inits())
        if (Init->isMemberInitializer() && Init->isWritten())
          Scan.initialised(Init->getMember(), Init->getInit());
    Scan.Visit(Def->getBody());
    It->second = Scan.Last;
  }
  return It->second;
}

const rules::AcquireRule *
CalleeEffects::returnsAcquired(const FunctionDecl *Callee) {
  const FunctionDecl *Def = nullptr;
  if (!Callee)
    return nullptr;
  if (!Callee->hasBody(Def) || !Def) {
    const WrapperEffects *W = imported(Callee);
    return W ? Roles.acquireRuleById(W->ReturnsAcquired) : nullptr;
  }
  if (Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return nullptr;
  if (auto It = Returned.find(Def); It != Returned.end())
    return It->second;
  if (!ReturnsInProgress.insert(Def).second)
    return nullptr;
  const rules::AcquireRule *Found = nullptr;
  std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
    if (!S || Found || isa<LambdaExpr>(S))
      return;
    if (const auto *Ret = dyn_cast<ReturnStmt>(S); Ret && Ret->getRetValue()) {
      const Expr *V = Ret->getRetValue()->IgnoreParenImpCasts();
      if (const auto *Cleanups = dyn_cast<ExprWithCleanups>(V))
        V = Cleanups->getSubExpr()->IgnoreParenImpCasts();
      // `return local;` where the local was initialised by the acquire.
      if (const auto *Ref = dyn_cast<DeclRefExpr>(V))
        if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
          if (VD->hasLocalStorage() && VD->getInit())
            V = VD->getInit()->IgnoreParenImpCasts();
      if (const auto *Call = dyn_cast<CallExpr>(V)) {
        if (auto M = Roles.acquireCall(Call);
            M && M->Rule->Result != rules::AcquireRule::Transient &&
            M->Rule->Result != rules::AcquireRule::HandleInArg)
          Found = M->Rule;
        else if (const FunctionDecl *Inner = Call->getDirectCallee())
          Found = returnsAcquired(Inner);
      }
    }
    for (const Stmt *Child : S->children())
      Walk(Child);
  };
  Walk(Def->getBody());
  ReturnsInProgress.erase(Def);
  Returned[Def] = Found;
  return Found;
}

} // namespace conncheck

namespace conncheck {
namespace {

/// Listens to a callee's dataflow run with the scope it was handed held
/// from its entry.
class ParamScopeListener : public HeldScopeListener {
public:
  ParamScopeListener(const void *Holder, const SourceManager &SM,
                     CalleeFacts::ChainWhileHeldFn *ChainOf)
      : Holder(Holder), SM(SM), ChainOf(ChainOf) {}

  bool Ends = false;
  std::optional<SlowChain> First;
  const Expr *FirstCall = nullptr;

  std::vector<const Expr *> Calls;

  void onCall(const Expr *Call, const HeldSet &Held) override {
    const HeldScope *H = Held.find(Holder);
    if (!H)
      return;
    Calls.push_back(Call);
    if (!ChainOf)
      return;
    if (FirstCall && !SM.isBeforeInTranslationUnit(Call->getExprLoc(),
                                                   FirstCall->getExprLoc()))
      return;
    if (std::optional<SlowChain> Chain = (*ChainOf)(Call, *H)) {
      First = std::move(Chain);
      FirstCall = Call;
    }
  }

  void onExit(const HeldSet &AtExit) override {
    const HeldScope *H = AtExit.find(Holder);
      Ends = !H || !H->OnEveryPath;
  }

private:
  const void *Holder;
  const SourceManager &SM;
  CalleeFacts::ChainWhileHeldFn *ChainOf;
};

} // namespace

const CalleeEffects::ParamScopeUse &
CalleeEffects::paramScopeUse(const FunctionDecl *Callee, unsigned Index,
                             const HeldScope &Scope, ChainWhileHeldFn ChainOf) {
  static const ParamScopeUse None;
  const FunctionDecl *Def = nullptr;
  if (!Callee || !Callee->hasBody(Def) || !Def || Def->isDependentContext() ||
      Index >= Def->getNumParams() ||
      Ctx.getSourceManager().isInSystemHeader(
          Ctx.getSourceManager().getExpansionLoc(Def->getLocation())))
    return None;
  ScopeKey Key{Def, Index, Scope.Raii, Scope.Acquire,
               static_cast<int>(Scope.Kind), Scope.needsRelease()};
  bool WantChain = static_cast<bool>(ChainOf);
  auto It = ParamScopeUses.find(Key);
  if (It != ParamScopeUses.end() &&
      (!WantChain || ChainsComputed.count(Key)))
    return It->second;
  // Recursion: the outer frame decides.
  ParamScopeUses[Key] = ParamScopeUse();
  if (WantChain)
    ChainsComputed.insert(Key);

  const ParmVarDecl *Param = Def->getParamDecl(Index);
  HeldScope Inside = Scope;
  Inside.Holder = Param->getCanonicalDecl();
  Inside.LocalVar = nullptr;
  Inside.OnEveryPath = true;
  Inside.MaybeReleasedBy.clear();
  HeldSet Initial;
  Initial.open(std::move(Inside));
  ParamScopeListener Listener(Param->getCanonicalDecl(), Ctx.getSourceManager(),
                              WantChain ? &ChainOf : nullptr);
  DataflowOutcome Outcome = analyzeHeldScopes(Def, Ctx, Roles, this,
                                              DataflowLimits(), Initial,
                                              Listener);
  ParamScopeUse Use;
  if (Outcome == DataflowOutcome::Analysed) {
    Use.Ends = Listener.Ends;
    const SourceManager &SM = Ctx.getSourceManager();
    llvm::sort(Listener.Calls, [&](const Expr *A, const Expr *B) {
      return SM.isBeforeInTranslationUnit(A->getExprLoc(), B->getExprLoc());
    });
    Use.CallsBefore = std::move(Listener.Calls);
    if (Listener.First) {
      SlowChain Chain;
      const FunctionDecl *Next = nullptr;
      if (!Listener.First->Steps.empty())
        Next = Listener.First->Steps.front().Caller;
      Chain.Steps.push_back({Def, Listener.FirstCall, Next});
      llvm::append_range(Chain.Steps, Listener.First->Steps);
      Chain.SlowName = Listener.First->SlowName;
      Chain.Category = Listener.First->Category;
      Use.SlowBefore = std::move(Chain);
    }
  }
  return ParamScopeUses[Key] = std::move(Use);
}

bool CalleeEffects::endsParam(const FunctionDecl *Callee, unsigned Index,
                              const HeldScope &Scope) {
  return paramScopeUse(Callee, Index, Scope, nullptr).Ends;
}

std::vector<const Expr *>
CalleeEffects::callsWhileParamHeld(const FunctionDecl *Def, unsigned Index,
                                   const HeldScope &Scope) {
  return paramScopeUse(Def, Index, Scope, nullptr).CallsBefore;
}

std::optional<SlowChain>
CalleeEffects::slowWhileParamHeld(const FunctionDecl *Callee, unsigned Index,
                                  const HeldScope &Scope,
                                  ChainWhileHeldFn ChainOf) {
  return paramScopeUse(Callee, Index, Scope, ChainOf).SlowBefore;
}

namespace {

/// Walks a body for throws and calls made outside its try blocks.
template <typename Fn>
void forEachUncaught(const Stmt *S, Fn &&Visit) {
  if (!S || isa<LambdaExpr>(S) || isa<UnaryExprOrTypeTraitExpr>(S) ||
      isa<CXXNoexceptExpr>(S) || isa<CXXTypeidExpr>(S))
    return;
  if (const auto *Try = dyn_cast<CXXTryStmt>(S)) {
    // What the try block throws is caught here; a handler may rethrow.
    for (unsigned I = 0; I < Try->getNumHandlers(); ++I)
      forEachUncaught(Try->getHandler(I)->getHandlerBlock(), Visit);
    return;
  }
  if (isa<CXXThrowExpr>(S) || isa<CallExpr>(S) || isa<CXXConstructExpr>(S))
    Visit(S);
  for (const Stmt *Child : S->children())
    forEachUncaught(Child, Visit);
}

} // namespace

ThrowVerdict CalleeEffects::throwVerdict(const Stmt *Site) {
  if (!Site)
    return {};
  if (isa<CXXThrowExpr>(Site))
    return {ThrowVerdict::Yes};
  const FunctionDecl *Callee = calledFunction(cast<Expr>(Site));
  // A call through a pointer or a std::function: nothing says it throws.
  if (!Callee || Callee->isExternC())
    return {};
  if (const auto *Proto = Callee->getType()->getAs<FunctionProtoType>();
      Proto && Proto->isNothrow())
    return {};
  if (std::optional<bool> ByRule = Roles.throwsByRule(cast<Expr>(Site), Ctx))
    return {*ByRule ? ThrowVerdict::Yes : ThrowVerdict::No};
  const SourceManager &SM = Ctx.getSourceManager();
  // Library code no pack describes: string, container and value-class
  // operations, accessors. Their exceptions (allocation aside) are bugs,
  // not paths a connection leaks on.
  if (SM.isInSystemHeader(SM.getExpansionLoc(Callee->getLocation())))
    return {};
  const FunctionDecl *Def = nullptr;
  if (!Callee->hasBody(Def) || !Def)
    return {ThrowVerdict::IfCalleeThrows, Callee->getCanonicalDecl()};
  return bodyThrows(Def);
}

ThrowVerdict CalleeEffects::bodyThrows(const FunctionDecl *Def) {
  if (auto It = Throws.find(Def); It != Throws.end())
    return It->second;
  if (Def->isDependentContext() || !ThrowsInProgress.insert(Def).second)
    return {}; // recursion: the outer frame decides
  ThrowVerdict Result;
  auto Visit = [&](const Stmt *S) {
    if (Result.Is == ThrowVerdict::Yes)
      return;
    ThrowVerdict V = throwVerdict(S);
    if (V.Is == ThrowVerdict::Yes || (V.Is == ThrowVerdict::IfCalleeThrows &&
                                      Result.Is == ThrowVerdict::No))
      Result = V;
  };
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      forEachUncaught(Init->getInit(), Visit);
  forEachUncaught(Def->getBody(), Visit);
  ThrowsInProgress.erase(Def);
  return Throws[Def] = Result;
}

} // namespace conncheck

namespace conncheck {

/// The parameter of \p Def that \p E passes on: `sql`, `sql.c_str()`.
static std::optional<unsigned> passedParam(const Expr *E,
                                           const FunctionDecl *Def) {
  E = E ? E->IgnoreParenImpCasts() : nullptr;
  if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E);
      MC && MC->getNumArgs() == 0)
    E = MC->getImplicitObjectArgument()->IgnoreParenImpCasts();
  const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E);
  const auto *P = Ref ? dyn_cast<ParmVarDecl>(Ref->getDecl()) : nullptr;
  if (!P)
    return std::nullopt;
  for (unsigned I = 0; I < Def->getNumParams(); ++I)
    if (Def->getParamDecl(I) == P)
      return I;
  return std::nullopt;
}

std::optional<SqlTextWrapper>
CalleeEffects::sqlTextWrapper(const FunctionDecl *Callee) {
  const WrapperEffects *Elsewhere = nullptr;
  const FunctionDecl *Def = definitionHere(Callee, Elsewhere);
  if (!Def)
    return Elsewhere ? Elsewhere->SqlText : std::nullopt;
  auto [It, Inserted] = SqlWrappers.try_emplace(Def, std::nullopt);
  if (!Inserted)
    return It->second; // known, or being computed (recursion: no)
  std::optional<SqlTextWrapper> Found;
  std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
    if (!S || Found || isa<LambdaExpr>(S))
      return;
    if (const auto *Call = dyn_cast<CallExpr>(S)) {
      // The SQL and the connection of an inner call a pack (or another
      // wrapper) runs SQL with.
      const Expr *SqlArg = nullptr, *HandleArg = nullptr;
      // A statement object runs it: whose connection, the call does not
      // say; in a method, take it to be the object's.
      bool Unnamed = false;
      if (const rules::SqlTextRule *Rule = Roles.sqlTextRule(Call)) {
        SqlArg = rules::callArg(Call, Rule->SqlArg);
        Unnamed = Rule->HandleUnnamed;
        if (Rule->HandleArg && !Unnamed)
          HandleArg = rules::callArg(Call, *Rule->HandleArg);
        else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call); MC && !Unnamed)
          HandleArg = MC->getImplicitObjectArgument();
      } else if (std::optional<SqlTextWrapper> Inner =
                     sqlTextWrapper(Call->getDirectCallee())) {
        SqlArg = rules::callArg(Call, Inner->SqlParam);
        if (Inner->HandleParam)
          HandleArg = rules::callArg(Call, *Inner->HandleParam);
        else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
          HandleArg = MC->getImplicitObjectArgument();
      }
      if (std::optional<unsigned> Sql = passedParam(SqlArg, Def)) {
        SqlTextWrapper W;
        W.SqlParam = *Sql;
        // The connection: a member of this object, or a parameter.
        if (std::optional<unsigned> H = passedParam(HandleArg, Def))
          W.HandleParam = *H;
        else if (!Unnamed && !isa_and_nonnull<FieldDecl>(HandleArg ? holderDecl(HandleArg)
                                                       : nullptr) &&
                 !(HandleArg && isa<CXXThisExpr>(HandleArg->IgnoreParenImpCasts())))
          return; // a connection of its own: not the caller's
        Found = W;
        return;
      }
    }
    for (const Stmt *Child : S->children())
      Walk(Child);
  };
  Walk(Def->getBody());
  return SqlWrappers[Def] = Found;
}

} // namespace conncheck

namespace conncheck {

std::optional<ParamScopeEffect>
CalleeEffects::paramScopeEffect(const FunctionDecl *Callee) {
  // Methods too (`bool Storage::beginTransaction(QSqlDatabase &db)`): what
  // counts is that the handle is a parameter.
  const WrapperEffects *Elsewhere = nullptr;
  const FunctionDecl *Def = definitionHere(Callee, Elsewhere);
  if (!Def)
    return Elsewhere ? Elsewhere->ParamScope : std::nullopt;
  auto [It, Inserted] = ParamEffects.try_emplace(Def, std::nullopt);
  if (!Inserted)
    return It->second;
  // The last begin or end on a parameter, in source order.
  std::optional<ParamScopeEffect> Last;
  const Expr *Returned = nullptr;
  std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
    if (!S || isa<LambdaExpr>(S))
      return;
    if (const auto *Ret = dyn_cast<ReturnStmt>(S))
      Returned = Ret->getRetValue() ? skipWrappers(Ret->getRetValue()) : nullptr;
    for (const Stmt *Child : S->children())
      Walk(Child);
    const auto *Call = dyn_cast<CallExpr>(S);
    if (!Call)
      return;
    std::optional<rules::ScopeCallMatch> M = Roles.scopeCall(Call, Ctx);
    if (!M || !M->Handle)
      return;
    std::optional<unsigned> Param = passedParam(M->Handle, Def);
    if (!Param)
      return;
    ParamScopeEffect E;
    E.Effect = M->Effect == rules::ScopeCallMatch::Begin
                   ? MemberScopeEffect::Begins
                   : MemberScopeEffect::Ends;
    E.Kind = M->Kind;
    E.HandleParam = *Param;
    E.ReturnsSuccess = M->ReturnsSuccess && Returned == Call;
    Last = E;
  };
  Walk(Def->getBody());
  return ParamEffects[Def] = Last;
}

} // namespace conncheck
