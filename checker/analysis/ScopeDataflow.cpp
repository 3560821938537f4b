//===--- ScopeDataflow.cpp ------------------------------------------------===//
#include "ScopeDataflow.h"
#include "Callables.h"
#include "../rules/Exprs.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "clang/Basic/SourceManager.h"

#include <functional>
#include <optional>
#include <vector>

using namespace clang;

namespace conncheck {

namespace {

/// The local variable an expression names directly.
const VarDecl *localVariable(const Expr *E) {
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(skipWrappers(E)))
    if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
      if (VD->hasLocalStorage() && !isa<ParmVarDecl>(VD))
        return cast<VarDecl>(VD->getCanonicalDecl());
  return nullptr;
}

/// The variable handed over by `std::move(x)` or `static_cast<T&&>(x)`,
/// through the constructor that receives it.
const VarDecl *movedVariable(const Expr *E) {
  E = skipWrappers(E);
  if (const auto *Ctor = dyn_cast_or_null<CXXConstructExpr>(E))
    if (Ctor->getNumArgs() == 1 &&
        Ctor->getConstructor()->isCopyOrMoveConstructor())
      E = skipWrappers(Ctor->getArg(0));
  const Expr *Inner = nullptr;
  if (const auto *Call = dyn_cast_or_null<CallExpr>(E);
      Call && Call->isCallToStdMove() && Call->getNumArgs() == 1)
    Inner = Call->getArg(0);
  else if (const auto *Cast = dyn_cast_or_null<CXXStaticCastExpr>(E);
           Cast && Cast->isXValue())
    Inner = Cast->getSubExpr();
  if (!Inner)
    return nullptr;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(skipWrappers(Inner)))
    return dyn_cast<VarDecl>(Ref->getDecl()->getCanonicalDecl());
  return nullptr;
}

const CallExpr *asCall(const Expr *E) {
  return dyn_cast_or_null<CallExpr>(skipWrappers(E));
}

/// The effect of one CFG element on the held set.
class Transfer {
public:
  Transfer(ASTContext &Ctx, rules::RoleCatalogue &Roles, CalleeFacts *Facts)
      : Ctx(Ctx), Roles(Roles), Facts(Facts) {}

  /// Set for the replay: where leaks are reported.
  HeldScopeListener *Listener = nullptr;

  void openParameters(const FunctionDecl *FD, HeldSet &State) {
    // A scope object taken by value is this function's to hold.
    for (const ParmVarDecl *P : FD->parameters())
      if (const rules::RaiiTypeRule *Rule = Roles.raiiRuleFor(P->getType()))
        if (Rule->ConstructedFrom.empty())
          State.open(raiiScope(P, Rule, "passed in by value"));
  }

  /// What changes hands as the call starts: a scope object moved into a
  /// by-value parameter is the callee's from then on (the callee's own
  /// analysis sees it as held), so the call itself is not made while this
  /// function holds it.
  void prepareCall(const CFGElement &Elem, HeldSet &State) {
    auto S = Elem.getAs<CFGStmt>();
    const auto *Call = S ? dyn_cast<CallExpr>(S->getStmt()) : nullptr;
    const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
    if (!Callee)
      return;
    for (unsigned I = 0; I < Callee->getNumParams(); ++I) {
      const Expr *Arg = rules::callArg(Call, I);
      if (!Arg)
        break;
      if (!Roles.raiiRuleFor(Callee->getParamDecl(I)->getType()))
        continue;
      if (const VarDecl *Moved = movedVariable(Arg))
        State.close(Moved);
    }
  }

  /// The state a catch handler starts from, coming from a point inside the
  /// try block: unwinding has destroyed what the try block declared.
  void unwindInto(const CXXTryStmt *Try, HeldSet &State,
                  const Stmt *ThrowSite, const FunctionDecl *OnlyIfThrows) {
    const SourceManager &SM = Ctx.getSourceManager();
    SourceRange Body = Try->getTryBlock()->getSourceRange();
    State.closeIf([&](const HeldScope &H) {
      bool DeclaredInside =
          H.LocalVar && SM.isPointWithin(H.LocalVar->getLocation(),
                                         Body.getBegin(), Body.getEnd());
      if (DeclaredInside && H.needsRelease())
        reportLeak(H, LeakSite::Exception, ThrowSite, OnlyIfThrows);
      return DeclaredInside;
    });
  }

  /// An exception leaving the function: every handle still held by a local
  /// variable is lost.
  void unwindOut(HeldSet &State, const Stmt *ThrowSite,
                 const FunctionDecl *OnlyIfThrows) {
    State.closeIf([&](const HeldScope &H) {
      if (H.LocalVar && H.needsRelease())
        reportLeak(H, LeakSite::Exception, ThrowSite, OnlyIfThrows);
      return H.LocalVar != nullptr;
    });
  }

  /// On the edge where an acquisition is known to have failed, nothing is
  /// held: a try-acquire that returned false, or a handle that is null
  /// (`if (!conn) return;` after `mysql_init`, `PQconnectdb`).
  void refineBranch(const CFGBlock &B, unsigned SuccIndex, HeldSet &State) {
    const auto *Cond = dyn_cast_or_null<Expr>(B.getTerminatorCondition());
    if (!Cond || B.succ_size() != 2)
      return;
    bool Negated = false;
    Cond = Cond->IgnoreParenImpCasts();
    while (const auto *Not = dyn_cast<UnaryOperator>(Cond)) {
      if (Not->getOpcode() != UO_LNot)
        return;
      Negated = !Negated;
      Cond = Not->getSubExpr()->IgnoreParenImpCasts();
    }
    // `h == nullptr` / `h != NULL`: a test of the handle against null.
    bool ComparedToNull = false;
    if (const auto *Cmp = dyn_cast<BinaryOperator>(Cond);
        Cmp && (Cmp->getOpcode() == BO_EQ || Cmp->getOpcode() == BO_NE)) {
      const Expr *L = Cmp->getLHS(), *R = Cmp->getRHS();
      auto IsNull = [&](const Expr *E) {
        return E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull);
      };
      if (IsNull(L))
        std::swap(L, R);
      if (!IsNull(R))
        return;
      ComparedToNull = true;
      Cond = L->IgnoreParenImpCasts();
      // `h == nullptr` is true when null: like `!h`.
      if (Cmp->getOpcode() == BO_EQ)
        Negated = !Negated;
    }
    // The edge on which the condition's operand is false (failure, null,
    // or for a begin whose zero means success, success).
    bool OnFalseEdge = SuccIndex == (Negated ? 0u : 1u);
    const VarDecl *Var = localVariable(Cond);
    bool PointerTest =
        Var && (ComparedToNull || Var->getType()->isPointerType());
    // `if (!lk.owns_lock())`, `if (!lk)`: a lock object that holds nothing.
    const auto *Asked = dyn_cast<CXXMemberCallExpr>(Cond);
    const ValueDecl *AskedOf =
        Asked ? holderDecl(Asked->getImplicitObjectArgument()) : nullptr;
    // `if (m) m->lock(); ... if (m) m->unlock();`: a null pointer is locked
    // by no call, so where it is null no call-pair scope is held on it.
    const ValueDecl *NullTested =
        (ComparedToNull || Cond->getType()->isPointerType()) ? holderDecl(Cond)
                                                             : nullptr;
    State.closeIf([&](const HeldScope &H) {
      // `if (!db.transaction())`, `if (pthread_mutex_trylock(m) != 0)`:
      // none began.
      if (H.BeginReturnsSuccess &&
          (H.BegunBy == Cond || (Var && H.SuccessFlag == Var)))
        return H.SuccessIsZero ? !OnFalseEdge : OnFalseEdge;
      if (!OnFalseEdge)
        return false;
      if (AskedOf && H.Holder == AskedOf && H.Raii &&
          Roles.raiiOwnsCall(*H.Raii, Asked))
        return true;
      if (NullTested && H.Holder == NullTested && !H.Raii && !H.Acquire &&
          NullTested->getType()->isPointerType())
        return true;
      if (!H.Acquire)
        return false;
      if (PointerTest && H.Holder == Var && H.needsRelease())
        return true; // a null handle holds nothing
      if (!H.Acquire->ReturnsSuccess)
        return false;
      return H.BegunBy == Cond || (Var && H.SuccessFlag == Var);
    });
  }

  void apply(const CFGElement &Elem, HeldSet &State) {
    if (auto Dtor = Elem.getAs<CFGAutomaticObjDtor>()) {
      // A handle of class type (a connection's name as a std::string)
      // dies here too: if it still needed giving back, it is lost.
      const VarDecl *VD = Dtor->getVarDecl()->getCanonicalDecl();
      if (const HeldScope *H = State.find(VD); H && H->needsRelease())
        reportLeak(*H, LeakSite::ScopeExit, Dtor->getTriggerStmt());
      State.close(VD);
      return;
    }
    if (auto Life = Elem.getAs<CFGLifetimeEnds>()) {
      const VarDecl *VD = Life->getVarDecl()->getCanonicalDecl();
      if (const HeldScope *H = State.find(VD)) {
        if (H->needsRelease())
          reportLeak(*H, LeakSite::ScopeExit, Life->getTriggerStmt());
        State.close(VD);
      }
      return;
    }
    auto S = Elem.getAs<CFGStmt>();
    if (!S)
      return;
    const Stmt *St = S->getStmt();
    if (const auto *DS = dyn_cast<DeclStmt>(St))
      return declare(DS, State);
    if (const auto *Ret = dyn_cast<ReturnStmt>(St))
      return returned(Ret, State);
    if (const auto *Assign = dyn_cast<BinaryOperator>(St))
      if (Assign->getOpcode() == BO_Assign)
        return assigned(Assign->getLHS(), Assign->getRHS(), State);
    if (const auto *Ctor = dyn_cast<CXXConstructExpr>(St)) {
      // A scope object move-constructed from another is handled where the
      // new variable is declared.
      if (!Roles.raiiRuleFor(Ctor->getType()))
        escapeArguments(Ctor->arguments(), /*IntoObject=*/true, State);
      return;
    }
    if (const auto *Call = dyn_cast<CallExpr>(St)) {
      prepareCall(Elem, State);
      return call(Call, State);
    }
  }

private:
  ASTContext &Ctx;
  rules::RoleCatalogue &Roles;
  CalleeFacts *Facts;
  /// The scope each local scope object was declared with, held or not.
  llvm::DenseMap<const VarDecl *, HeldScope> Declared;

  void reportLeak(const HeldScope &H, LeakSite::Kind How, const Stmt *At,
                  const FunctionDecl *OnlyIfThrows = nullptr) {
    if (Listener)
      Listener->onLeak(H, LeakSite{How, At, OnlyIfThrows});
  }

  std::string typeName(QualType T) const {
    PrintingPolicy Policy(Ctx.getLangOpts());
    Policy.SuppressTagKeyword = true;
    // `std::scoped_lock lk(m)`: the type deduced, with its arguments
    // qualified as the compiler knows them ("std::scoped_lock<std::mutex>").
    if (const DeducedType *D = T->getContainedDeducedType();
        D && !D->getDeducedType().isNull())
      return D->getDeducedType().getCanonicalType().getUnqualifiedType()
          .getAsString(Policy);
    return T.getUnqualifiedType().getAsString(Policy);
  }

  HeldScope raiiScope(const VarDecl *VD, const rules::RaiiTypeRule *Rule,
                      llvm::StringRef Extra = {}) {
    HeldScope H;
    H.Kind = Rule->Kind;
    H.Holder = VD->getCanonicalDecl();
    H.Raii = Rule;
    H.LocalVar = isa<ParmVarDecl>(VD) ? nullptr : VD;
    H.Begin = VD->getLocation();
    H.HolderName = VD->getNameAsString();
    H.How = typeName(VD->getType());
    if (!Extra.empty())
      H.How += ", " + Extra.str();
    return H;
  }

  /// A lease taken by an acquire call, held by local variable \p VD.
  HeldScope acquiredScope(const VarDecl *VD, const rules::AcquireMatch &M,
                          const CallExpr *Call) {
    HeldScope H;
    H.Kind = M.Rule->Kind;
    H.Holder = VD->getCanonicalDecl();
    H.LocalVar = VD;
    H.Acquire = M.Rule;
    H.Pool = M.Pool ? holderDecl(M.Pool) : nullptr;
    H.BegunBy = Call;
    H.Begin = Call->getExprLoc();
    H.HolderName = VD->getNameAsString();
    H.How = "'" + M.Name + "'";
    return H;
  }

  /// Opens the lease an acquire call's result is stored into, if it is one.
  bool storeAcquired(const VarDecl *Into, const Expr *Value, HeldSet &State) {
    if (Into && Roles.anyHolderTypes() &&
        heldThroughHolderType(Into, Value, State))
      return true;
    const CallExpr *Call = asCall(Value);
    if (!Into || !Call)
      return false;
    std::optional<rules::AcquireMatch> M = Roles.acquireCall(Call);
    // What the call returns is not what holds the connection (a future).
    if (M && !Roles.holdsAcquired(*M->Rule, Into->getType()))
      return false;
    // An in-house wrapper that returns a connection it took.
    if (!M && Facts)
      if (const rules::AcquireRule *Rule =
              Facts->returnsAcquired(Call->getDirectCallee())) {
        const Expr *Pool = nullptr;
        if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
          Pool = MC->getImplicitObjectArgument();
        M = rules::AcquireMatch{
            Rule, Pool, rules::qualifiedName(Call->getDirectCallee())};
      }
    if (M && M->Rule->Result == rules::AcquireRule::Transient)
      return false;
    if (!M || M->Rule->Result == rules::AcquireRule::HandleInArg) {
      // `bool ok = pool.try_lease(pos, t);`: remember where success is.
      if (M)
        for (const HeldScope &H : State.scopes())
          if (H.BegunBy == Call) {
            HeldScope Flagged = H;
            Flagged.SuccessFlag = Into;
            State.open(std::move(Flagged));
            break;
          }
      return false;
    }
    State.open(acquiredScope(Into, *M, Call));
    return true;
  }

  /// `acme::Lease l = pool.asyncGet().get();`: an acquire call whose rule
  /// names the types that hold its connection, made inside the initialiser
  /// of a variable of one of them.
  bool heldThroughHolderType(const VarDecl *Into, const Expr *Value,
                             HeldSet &State) {
    const CallExpr *Found = nullptr;
    std::optional<rules::AcquireMatch> M;
    std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
      if (!S || M || isa<LambdaExpr>(S))
        return;
      if (const auto *C = dyn_cast<CallExpr>(S))
        if (auto Match = Roles.acquireCall(C);
            Match && !Match->Rule->HolderTypes.empty()) {
          M = Match;
          Found = C;
          return;
        }
      for (const Stmt *Child : S->children())
        Walk(Child);
    };
    Walk(Value);
    if (!M || !Roles.holdsAcquired(*M->Rule, Into->getType()))
      return false;
    State.open(acquiredScope(Into, *M, Found));
    return true;
  }

  /// `auto t2 = std::move(t1);`, `owner = std::move(other);`: the scope
  /// \p From held goes over to \p To. False when \p From held none.
  bool carryMoved(const VarDecl *From, const VarDecl *To, HeldSet &State) {
    const HeldScope *Old = From ? State.find(From) : nullptr;
    if (!Old)
      return false;
    HeldScope Moved = *Old;
    Moved.Holder = To;
    Moved.LocalVar = To;
    Moved.HolderName = To->getNameAsString();
    State.close(From);
    State.open(std::move(Moved));
    return true;
  }

  void declare(const DeclStmt *DS, HeldSet &State) {
    for (const Decl *D : DS->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD || !VD->hasLocalStorage())
        continue;
      VD = VD->getCanonicalDecl();
      const Expr *Init = VD->getInit();
      // A result of an acquire call: its rule knows the pool
      // (`auto trx = cluster_->Begin(...)`).
      if (Init && storeAcquired(VD, Init, State))
        continue;
      if (Init && openWithDeleter(VD, Init, State))
        continue;
      if (Init)
        adoptByGuard(VD, Init, State);
      if (Init)
        flagSuccess(VD, Init, State);
      const rules::RaiiTypeRule *Rule =
          Roles.raiiRuleForConstruction(VD->getType(), Init);
      if (!Rule) {
        if (!constructedScope(VD, Init, State))
          openOwned(VD, Init, State);
        continue;
      }
      // `auto t2 = std::move(t1);` carries t1's scope over to t2.
      if (Init && carryMoved(movedVariable(Init), VD, State))
        continue;
      const Expr *PoolArg = nullptr;
      if (!Roles.raiiInitOpens(*Rule, Init, PoolArg))
        continue;
      HeldScope H = raiiScope(VD, Rule);
      H.Pool = PoolArg ? holderDecl(PoolArg) : nullptr;
      H.BegunBy = Init;
      if (Rule->Kind == rules::ScopeKind::Lock)
        H.Locked = Roles.constructedOn(*Rule, Init);
      H.GuardsConnection = Rule->Objects.GuardsConnection;
      // What a later `lk.lock()` takes again.
      Declared[VD] = H;
      if (Roles.constructionHolds(*Rule, Init) == rules::TagHolds::Nothing)
        continue; // `std::unique_lock lk(m, std::defer_lock);`
      State.open(std::move(H));
    }
  }

  /// `int rc = pthread_mutex_trylock(&m);`, `bool ok = db.transaction();`:
  /// \p Var holds whether the begin call that initialises it began a scope.
  void flagSuccess(const VarDecl *Var, const Expr *Value, HeldSet &State) {
    const CallExpr *Call = asCall(Value);
    if (!Var || !Call)
      return;
    for (const HeldScope &H : State.scopes())
      if (H.BeginReturnsSuccess && H.BegunBy == Call) {
        HeldScope Flagged = H;
        Flagged.SuccessFlag = Var;
        State.open(std::move(Flagged));
        return;
      }
  }

  /// `lk.lock()` after `lk.unlock()` or a deferred construction: the lock
  /// object \p Obj takes its scope again.
  bool beganAgain(const CXXMemberCallExpr *Call, HeldSet &State) {
    const VarDecl *Obj = localVariable(Call->getImplicitObjectArgument());
    auto It = Obj ? Declared.find(Obj) : Declared.end();
    if (It == Declared.end())
      return false;
    std::optional<bool> Try = Roles.raiiBeginCall(*It->second.Raii, Call);
    if (!Try)
      return false;
    HeldScope H = It->second;
    H.BegunBy = Call;
    H.Begin = Call->getExprLoc();
    H.BeginReturnsSuccess = *Try;
    State.open(std::move(H));
    return true;
  }

  /// `SqlTx tx(conn);` where the constructor of an in-house class begins a
  /// transaction (or takes a connection) kept by the object: the variable
  /// holds it until a method ends it or the variable dies.
  bool constructedScope(const VarDecl *VD, const Expr *Init, HeldSet &State) {
    const auto *Construct =
        Init ? dyn_cast<CXXConstructExpr>(Init->IgnoreImplicit()) : nullptr;
    if (!Facts || !Construct)
      return false;
    MemberScopeEffect E = Facts->memberScopeEffect(Construct->getConstructor());
    if (E.Effect != MemberScopeEffect::Begins)
      return false;
    HeldScope H;
    H.Kind = E.Kind;
    H.Holder = VD;
    H.LocalVar = VD;
    H.BegunBy = Construct;
    H.Begin = VD->getLocation();
    H.HolderName = VD->getNameAsString();
    H.How = "'" + rules::qualifiedName(Construct->getConstructor()) + "'";
    H.NotPooled = !E.Pooled;
    State.open(std::move(H));
    return true;
  }

  /// The scope rule of what an owner type holds: `std::unique_ptr<T>`,
  /// `std::shared_ptr<T>`, `std::optional<T>` -- a class with an
  /// `operator->` whose first type argument is a transaction or lease type
  /// (or a base class whose methods end one, `pqxx::transaction_base`).
  const rules::RaiiTypeRule *ownedRule(QualType Owner) {
    if (!isSmartPointer(Owner))
      return nullptr;
    const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
        Owner.getNonReferenceType()->getAsCXXRecordDecl());
    if (!Spec)
      return nullptr;
    for (const TemplateArgument &TA : Spec->getTemplateArgs().asArray()) {
      if (TA.getKind() != TemplateArgument::Type)
        continue;
      QualType T = TA.getAsType();
      if (const rules::RaiiTypeRule *Rule = Roles.raiiRuleFor(T))
        return Rule;
      return Roles.raiiRuleEndedOn(T->getAsCXXRecordDecl());
    }
    return nullptr;
  }

  /// Whether \p Init leaves an owner empty: default construction,
  /// `nullptr`, `std::nullopt`, `{}`.
  bool initialisesEmpty(const Expr *Init) {
    if (!Init || isa<CXXDefaultArgExpr>(Init))
      return true; // `reset()`: the default is an empty pointer
    const Expr *E = skipWrappers(Init);
    if (isa_and_nonnull<CXXScalarValueInitExpr>(E) ||
        isa_and_nonnull<CXXDefaultArgExpr>(E))
      return true;
    if (const auto *Ctor = dyn_cast_or_null<CXXConstructExpr>(E)) {
      if (Ctor->getNumArgs() == 0)
        return true;
      E = skipWrappers(Ctor->getArg(0));
      if (!E || isa<CXXDefaultArgExpr>(E))
        return true;
    }
    if (!E)
      return true;
    QualType T = E->getType();
    if (T->isNullPtrType() ||
        E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
      return true;
    // std::nullopt and the like: an empty tag object, not a held one.
    if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
      if (RD->hasDefinition() && RD->isEmpty() && !Roles.raiiRuleFor(T))
        return true;
    return false;
  }

  /// A transaction or lease object held through an owner:
  /// `auto tx = std::make_unique<pqxx::work>(c);`,
  /// `std::unique_ptr<pqxx::work> tx(new pqxx::work(c));`, a factory that
  /// returns one. The owner holds the scope until it is destroyed, reset,
  /// released or moved away.
  void openOwned(const VarDecl *VD, const Expr *Init, HeldSet &State) {
    const rules::RaiiTypeRule *Rule = ownedRule(VD->getType());
    if (!Rule || !Rule->ConstructedFrom.empty())
      return;
    if (Init && carryMoved(movedVariable(Init), VD, State))
      return;
    if (initialisesEmpty(Init) || localVariable(Init))
      return;
    HeldScope H = raiiScope(VD, Rule);
    H.How = ownerTypeName(VD->getType());
    H.BegunBy = Init;
    State.open(std::move(H));
  }

  /// "std::unique_ptr<pqxx::work>" for an owner, as the reader wrote the
  /// held type, also through `auto` and alias templates.
  std::string ownerTypeName(QualType T) {
    PrintingPolicy Policy(Ctx.getLangOpts());
    Policy.SuppressTagKeyword = true;
    QualType Cur = T.getNonReferenceType();
    while (const auto *TST = Cur->getAs<TemplateSpecializationType>()) {
      if (TST->isTypeAlias()) {
        Cur = TST->getAliasedType();
        continue;
      }
      const TemplateDecl *TD = TST->getTemplateName().getAsTemplateDecl();
      if (!TD || TST->template_arguments().empty() ||
          TST->template_arguments()[0].getKind() != TemplateArgument::Type)
        break;
      return rules::qualifiedName(TD) + "<" +
             TST->template_arguments()[0].getAsType().getAsString(Policy) + ">";
    }
    return typeName(T);
  }

  /// `tx.reset()`, `tx.reset(nullptr)`, `tx.release()` on an owner that
  /// holds a scope object: it ends (or leaves this function); `opt.emplace(c)`
  /// on an empty one begins one.
  bool ownerCall(const CXXMemberCallExpr *Call, HeldSet &State) {
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
    const VarDecl *Owner = localVariable(Call->getImplicitObjectArgument());
    if (!Method || !Owner || Method->isConst() || isa<CXXOperatorCallExpr>(Call))
      return false;
    const rules::RaiiTypeRule *Rule = ownedRule(Owner->getType());
    if (!Rule || !Rule->ConstructedFrom.empty())
      return false;
    // The owner vocabulary of smart pointers and optional; other members
    // (value(), get()) only look at what is owned.
    std::string Name = Method->getNameAsString();
    if (Name != "reset" && Name != "release" && Name != "emplace")
      return false;
    bool Empties = Name != "emplace" && (Call->getNumArgs() == 0 ||
                                         initialisesEmpty(Call->getArg(0)));
    if (Empties || Name == "release") {
      if (!State.find(Owner))
        return false;
      State.close(Owner);
      return true;
    }
    // Given a new object to own: `tx.reset(new pqxx::work(c))`,
    // `opt.emplace(c)`.
    HeldScope H = raiiScope(Owner, Rule);
    H.How = ownerTypeName(Owner->getType());
    H.BegunBy = Call;
    H.Begin = Call->getExprLoc();
    State.open(std::move(H));
    return true;
  }

  /// Whether the body of \p Lambda gives back the handle held by \p Var,
  /// which it captures: `[&] { pool.release(c); }`.
  bool lambdaReleases(const LambdaExpr *Lambda, const VarDecl *Var) {
    bool Releases = false;
    std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
      if (!S || Releases)
        return;
      if (const auto *Call = dyn_cast<CallExpr>(S)) {
        if (auto R = Roles.releaseCall(Call);
            R && R->Handle && holderDecl(R->Handle) == Var)
          Releases = true;
        const FunctionDecl *Callee = Call->getDirectCallee();
        for (unsigned I = 0; Callee && Facts && I < Callee->getNumParams(); ++I)
          if (const Expr *Arg = rules::callArg(Call, I);
              Arg && holderDecl(Arg) == Var && Facts->releasesParam(Callee, I))
            Releases = true;
      }
      for (const Stmt *Child : S->children())
        Walk(Child);
    };
    Walk(Lambda->getBody());
    return Releases;
  }

  /// A local object that gives a handle back when it is destroyed: a scope
  /// guard built from a lambda that releases it (`gsl::finally`,
  /// `absl::Cleanup`, `scope_exit`, an in-house ScopeGuard), or an
  /// aggregate with a destructor initialised with it (`Releaser r{pool,
  /// c};`). The handle is given back on every path from here on.
  void adoptByGuard(const VarDecl *Guard, const Expr *Init, HeldSet &State) {
    const CXXRecordDecl *RD = Guard->getType()->getAsCXXRecordDecl();
    if (!RD || !RD->hasDefinition() || RD->hasTrivialDestructor())
      return;
    std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
      if (!S)
        return;
      if (const auto *Lambda = dyn_cast<LambdaExpr>(S)) {
        for (const LambdaCapture &C : Lambda->captures())
          if (C.capturesVariable())
            if (const auto *Var = dyn_cast<VarDecl>(C.getCapturedVar()))
              if (const HeldScope *H = State.find(Var->getCanonicalDecl());
                  H && H->needsRelease() &&
                  lambdaReleases(Lambda, Var->getCanonicalDecl()))
                guardedBy(Guard, Var->getCanonicalDecl(), State);
        return;
      }
      if (const auto *List = dyn_cast<InitListExpr>(S))
        for (const Expr *E : List->inits())
          if (const VarDecl *Var = localVariable(E))
            if (const HeldScope *H = State.find(Var); H && H->needsRelease())
              guardedBy(Guard, Var, State);
      for (const Stmt *Child : S->children())
        Walk(Child);
    };
    Walk(Init);
  }

  /// The handle in \p Var is now given back by \p Guard's destructor: the
  /// connection stays held, by the guard, until the guard dies.
  void guardedBy(const VarDecl *Guard, const VarDecl *Var, HeldSet &State) {
    const HeldScope *H = State.find(Var);
    if (!H)
      return;
    HeldScope Moved = *H;
    Moved.Holder = Guard;
    Moved.LocalVar = Guard;
    Moved.Guard = Guard;
    State.close(Var);
    State.open(std::move(Moved));
  }

  /// `std::shared_ptr<Conn> c(pool.acquire(), [&](Conn *p) {
  /// pool.release(p); })`, `std::unique_ptr<PGconn, decltype(&PQfinish)>
  /// c(PQconnectdb(dsn), &PQfinish)`: a smart pointer whose deleter gives
  /// back the connection it is constructed with holds it until it dies.
  bool openWithDeleter(const VarDecl *VD, const Expr *Init, HeldSet &State) {
    const auto *Ctor = dyn_cast_or_null<CXXConstructExpr>(skipWrappers(Init));
    if (!Ctor || Ctor->getNumArgs() < 2 || !isSmartPointer(VD->getType()))
      return false;
    const CallExpr *Call = asCall(Ctor->getArg(0));
    std::optional<rules::AcquireMatch> M =
        Call ? Roles.acquireCall(Call) : std::nullopt;
    if (!M || M->Rule->Result != rules::AcquireRule::Handle ||
        !deleterReleases(Ctor->getArg(1), *M->Rule))
      return false;
    HeldScope H = acquiredScope(VD, *M, Call);
    H.Guard = VD;
    State.open(std::move(H));
    return true;
  }

  /// Whether the deleter \p D gives back a handle taken under \p Rule: a
  /// release function named (`PQfinish`, `&PQfinish`), or a lambda that
  /// calls one.
  bool deleterReleases(const Expr *D, const rules::AcquireRule &Rule) {
    D = skipWrappers(D, /*ThroughCopies=*/true);
    if (const auto *U = dyn_cast_or_null<UnaryOperator>(D);
        U && U->getOpcode() == UO_AddrOf)
      D = U->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(D))
      if (const auto *FD = dyn_cast<FunctionDecl>(Ref->getDecl())) {
        std::string Name = rules::qualifiedName(FD);
        return llvm::any_of(Rule.ReleaseCalls, [&](const rules::NamePattern &P) {
          return P.matches(Name);
        });
      }
    // A lambda, in place or in a local.
    const FunctionDecl *Body = calledBody(D);
    if (!Body || !Body->hasBody())
      return false;
    bool Releases = false;
    std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
      if (!S || Releases)
        return;
      if (const auto *C = dyn_cast<CallExpr>(S))
        Releases = Roles.releaseCall(C).has_value();
      for (const Stmt *Child : S->children())
        Walk(Child);
    };
    Walk(Body->getBody());
    return Releases;
  }

  void returned(const ReturnStmt *Ret, HeldSet &State) {
    const Expr *Value = Ret->getRetValue();
    if (!Value)
      return;
    if (const VarDecl *Moved = movedVariable(Value))
      State.close(Moved);
    else if (const ValueDecl *D = holderDecl(Value))
      State.close(D); // returned to the caller, who holds it now
  }

  void assigned(const Expr *LHS, const Expr *RHS, HeldSet &State) {
    if (storeAcquired(localVariable(LHS), RHS, State))
      return;
    flagSuccess(localVariable(LHS), RHS, State);
    // `tx = nullptr;`, `tx = std::make_unique<pqxx::work>(c);` on an owner.
    if (const VarDecl *Owner = localVariable(LHS))
      if (const rules::RaiiTypeRule *Rule = ownedRule(Owner->getType());
          Rule && Rule->ConstructedFrom.empty()) {
        if (initialisesEmpty(RHS)) {
          State.close(Owner);
        } else if (const VarDecl *From = movedVariable(RHS)) {
          if (!carryMoved(From, Owner, State))
            State.close(Owner);
        } else {
          HeldScope H = raiiScope(Owner, Rule);
          H.How = ownerTypeName(Owner->getType());
          H.BegunBy = RHS;
          H.Begin = RHS->getExprLoc();
          State.open(std::move(H));
        }
        return;
      }
    // `trans = nullptr;` on the smart pointer holding an acquired object.
    if (const VarDecl *Holder = localVariable(LHS))
      if (const HeldScope *H = State.find(Holder);
          H && H->Acquire && !H->needsRelease() &&
          isSmartPointer(Holder->getType()) &&
          RHS->IgnoreParenImpCasts()->getType()->isNullPtrType()) {
        State.close(Holder);
        return;
      }
    // A handle stored anywhere but in a local belongs to that place now.
    if (!localVariable(LHS))
      if (const VarDecl *Stored = localVariable(RHS))
        if (const HeldScope *H = State.find(Stored); H && H->needsRelease())
          State.close(Stored);
  }

  /// Whether a member call on an object of type \p Object can store an
  /// argument of type \p Arg: the object is a container-like template
  /// instantiated over that type (`std::vector<PGconn *>`,
  /// `std::map<int, std::size_t>`). Using a handle with its pool
  /// (`pool.at(pos)`) is not storing it.
  static bool storesArgument(QualType Object, QualType Arg) {
    const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
        Object.getNonReferenceType()->getAsCXXRecordDecl());
    if (!Spec)
      return false;
    QualType Wanted = Arg.getNonReferenceType().getCanonicalType().getUnqualifiedType();
    for (const TemplateArgument &TA : Spec->getTemplateArgs().asArray())
      if (TA.getKind() == TemplateArgument::Type &&
          TA.getAsType().getCanonicalType().getUnqualifiedType() == Wanted)
        return true;
    return false;
  }

  /// Arguments that hand a held thing over: `std::move(x)` always; a
  /// handle that needs release when it goes into another object (a guard
  /// constructed from it, a container it is stored in).
  template <typename Range>
  void escapeArguments(Range &&Args, bool IntoObject, HeldSet &State,
                       QualType Container = QualType()) {
    for (const Expr *Arg : Args) {
      if (const VarDecl *Moved = movedVariable(Arg)) {
        State.close(Moved);
        continue;
      }
      const VarDecl *VD = localVariable(Arg);
      const HeldScope *H = VD ? State.find(VD) : nullptr;
      if (!H || !H->needsRelease())
        continue;
      if (IntoObject || (!Container.isNull() &&
                         storesArgument(Container, VD->getType())))
        State.close(VD);
    }
  }

  void call(const CallExpr *Call, HeldSet &State) {
    const auto *Member = dyn_cast<CXXMemberCallExpr>(Call);
    const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
    if (!Call->isCallToStdMove()) {
      if (Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2)
        assigned(Op->getArg(0), Op->getArg(1), State);
      if (Op)
        escapeArguments(llvm::drop_begin(Call->arguments()), false, State,
                        Op->getArg(0)->getType());
      else if (Member)
        escapeArguments(Call->arguments(), false, State,
                        Member->getImplicitObjectArgument()->getType());
      else
        escapeArguments(Call->arguments(), false, State);
    }

    if (Member && releasesOwningPointer(Member, State))
      return;
    if (Member && beganAgain(Member, State))
      return;
    if (Member && ownerCall(Member, State))
      return;
    if (Member)
      if (const ValueDecl *Obj = holderDecl(Member->getImplicitObjectArgument()))
        if (const HeldScope *H = State.find(Obj)) {
          // An end call on a scope object: `tx.commit()`, `session.close()`.
          bool Ends = (H->Raii && Roles.endsRaiiScope(*H->Raii, Member)) ||
                      (H->Acquire && H->Acquire->Result ==
                                         rules::AcquireRule::Raii &&
                       Roles.endsAcquiredObject(*H->Acquire, Member));
          if (Ends) {
            State.close(Obj);
            return;
          }
        }

    if (std::optional<rules::ReleaseMatch> R = Roles.releaseCall(Call)) {
      if (const ValueDecl *Handle = R->Handle ? holderDecl(R->Handle) : nullptr)
        State.close(Handle);
      return;
    }
    releasedByCallee(Call, State);

    if (std::optional<rules::AcquireMatch> M = Roles.acquireCall(Call))
      if (M->Rule->Result == rules::AcquireRule::HandleInArg) {
        const Expr *Arg = rules::callArg(Call, M->Rule->HandleArg);
        // The handle's variable, given by reference or by address (`&db`).
        const auto *Into = dyn_cast_or_null<VarDecl>(Arg ? holderDecl(Arg) : nullptr);
        if (Into && Into->hasLocalStorage() && !isa<ParmVarDecl>(Into))
          State.open(acquiredScope(Into, *M, Call));
        return;
      }

    acquiredByLambdas(Call, State);
    scopeCall(Call, State);
  }

  /// The lambdas \p Call runs before it returns: one called in place
  /// (`[&] { ... }()`), or handed to a function that calls it.
  static std::vector<const FunctionDecl *> lambdasRunNow(const CallExpr *Call) {
    std::vector<const FunctionDecl *> Bodies;
    if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(Call);
        Op && Op->getOperator() == OO_Call && Op->getNumArgs() > 0) {
      if (const FunctionDecl *Body = calledBody(Op->getArg(0));
          Body && isa<CXXMethodDecl>(Body) &&
          cast<CXXMethodDecl>(Body)->getParent()->isLambda())
        Bodies.push_back(Body);
      return Bodies;
    }
    const FunctionDecl *Callee = Call->getDirectCallee();
    const FunctionDecl *Def = nullptr;
    if (!Callee || !Callee->hasBody(Def) || !Def)
      return Bodies;
    for (auto [Param, Body] : lambdaArgs(Call))
      if (Param < Def->getNumParams() && invokesParamSynchronously(Def, Param))
        Bodies.push_back(Body);
    return Bodies;
  }

  /// Whether the lambda \p Body captures \p VD by reference.
  static bool capturedByReference(const FunctionDecl *Body, const VarDecl *VD) {
    const auto *Method = dyn_cast<CXXMethodDecl>(Body);
    if (!Method || !Method->getParent()->isLambda())
      return false;
    for (const LambdaCapture &C : Method->getParent()->captures())
      if (C.capturesVariable() && C.getCaptureKind() == LCK_ByRef &&
          C.getCapturedVar()->getCanonicalDecl() == VD)
        return true;
    return false;
  }

  /// `[&] { pos = pool.lease(); }()`, `ASSERT_NO_THROW(...)` in test
  /// frameworks that wrap the statement in a lambda, `runNow([&] { tx =
  /// db.newTransaction(); })`: the connection the lambda takes is held by
  /// this function's variable after the call.
  void acquiredByLambdas(const CallExpr *Call, HeldSet &State) {
    for (const FunctionDecl *Body : lambdasRunNow(Call)) {
      // What it gives back itself it does not leave held.
      llvm::SmallPtrSet<const ValueDecl *, 2> GivenBack;
      std::function<void(const Stmt *)> Releases = [&](const Stmt *S) {
        if (!S || isa<LambdaExpr>(S))
          return;
        if (const auto *C = dyn_cast<CallExpr>(S))
          if (std::optional<rules::ReleaseMatch> R = Roles.releaseCall(C))
            if (const ValueDecl *Handle = R->Handle ? holderDecl(R->Handle) : nullptr)
              GivenBack.insert(Handle);
        for (const Stmt *Child : S->children())
          Releases(Child);
      };
      Releases(Body->getBody());
      std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
        if (!S || isa<LambdaExpr>(S))
          return;
        const Expr *LHS = nullptr, *RHS = nullptr;
        if (const auto *B = dyn_cast<BinaryOperator>(S);
            B && B->getOpcode() == BO_Assign) {
          LHS = B->getLHS();
          RHS = B->getRHS();
        } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(S);
                   Op && Op->getOperator() == OO_Equal && Op->getNumArgs() == 2) {
          LHS = Op->getArg(0);
          RHS = Op->getArg(1);
        }
        if (const VarDecl *VD = LHS ? localVariable(LHS) : nullptr;
            VD && capturedByReference(Body, VD) && !GivenBack.count(VD))
          storeAcquired(VD, RHS, State);
        for (const Stmt *Child : S->children())
          Walk(Child);
      };
      Walk(Body->getBody());
    }
  }

  /// `conn.exec("BEGIN")` on an in-house wrapper that passes its SQL to a
  /// call a pack knows (`PQexec(conn_, sql)`).
  std::optional<rules::ScopeCallMatch> sqlWrapperCall(const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Facts || !Callee)
      return std::nullopt;
    std::optional<SqlTextWrapper> W = Facts->sqlTextWrapper(Callee);
    if (!W)
      return std::nullopt;
    const Expr *Sql = rules::callArg(Call, W->SqlParam);
    const Expr *Handle = nullptr;
    if (W->HandleParam)
      Handle = rules::callArg(Call, *W->HandleParam);
    else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
      Handle = MC->getImplicitObjectArgument();
    if (!Sql)
      return std::nullopt;
    return Roles.sqlEffect(Sql, Handle, Ctx);
  }

  /// `beginTx(db)`: a function that begins or ends a scope on the
  /// connection it is handed.
  std::optional<rules::ScopeCallMatch> paramWrapperCall(const CallExpr *Call) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Facts || !Callee)
      return std::nullopt;
    std::optional<ParamScopeEffect> E = Facts->paramScopeEffect(Callee);
    if (!E || E->Effect == MemberScopeEffect::None)
      return std::nullopt;
    const Expr *Handle = rules::callArg(Call, E->HandleParam);
    if (!Handle)
      return std::nullopt;
    rules::ScopeCallMatch Match{
        E->Effect == MemberScopeEffect::Begins ? rules::ScopeCallMatch::Begin
                                               : rules::ScopeCallMatch::End,
        E->Kind, Handle, "'" + rules::qualifiedName(Callee) + "'"};
    Match.ReturnsSuccess = E->ReturnsSuccess;
    return Match;
  }

  std::optional<rules::ScopeCallMatch> wrapperCall(const CallExpr *Call) {
    const auto *MC = dyn_cast<CXXMemberCallExpr>(Call);
    if (!Facts || !MC || !MC->getDirectCallee())
      return std::nullopt;
    MemberScopeEffect E = Facts->memberScopeEffect(MC->getDirectCallee());
    if (E.Effect == MemberScopeEffect::None)
      return std::nullopt;
    rules::ScopeCallMatch Match{
        E.Effect == MemberScopeEffect::Begins ? rules::ScopeCallMatch::Begin
                                              : rules::ScopeCallMatch::End,
        E.Kind, MC->getImplicitObjectArgument(),
        "'" + rules::qualifiedName(MC->getDirectCallee()) + "'"};
    Match.Pooled = E.Pooled;
    return Match;
  }

  /// Whether \p T is a smart pointer: a class with an `operator->`.
  static bool isSmartPointer(QualType T) { return isSmartPointerType(T); }

  /// `trans.reset()` on the smart pointer that holds an acquired object (a
  /// drogon transaction, an ODB connection_ptr): the only non-const method
  /// of a smart pointer that takes nothing gives up what it owns. The
  /// holder is assumed to be the only owner.
  bool releasesOwningPointer(const CXXMemberCallExpr *Call, HeldSet &State) {
    const auto *Ref = dyn_cast<DeclRefExpr>(
        Call->getImplicitObjectArgument()->IgnoreParenImpCasts());
    const auto *Method = dyn_cast_or_null<CXXMethodDecl>(Call->getDirectCallee());
    if (!Ref || !Method || Method->isConst() || Call->getNumArgs() != 0 ||
        !isSmartPointer(Ref->getType()))
      return false;
    const auto *Holder = dyn_cast<VarDecl>(Ref->getDecl()->getCanonicalDecl());
    const HeldScope *H = Holder ? State.find(Holder) : nullptr;
    if (!H || !H->Acquire || H->needsRelease())
      return false;
    State.close(Holder);
    return true;
  }

  /// What is handed to a function whose summary says it ends it: a handle
  /// it gives back, a transaction it commits (`finish(tx)`), a lease it
  /// returns. A function defined in another unit may: findings about the
  /// scope then hold only if the link step says it does not.
  void releasedByCallee(const CallExpr *Call, HeldSet &State) {
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Facts || !Callee)
      return;
    for (unsigned I = 0; I < Callee->getNumParams(); ++I) {
      const Expr *Arg = rules::callArg(Call, I);
      const ValueDecl *Holder = Arg ? holderDecl(Arg) : nullptr;
      HeldScope *H = Holder ? State.find(Holder) : nullptr;
      if (!H)
        continue;
      bool Ends = H->needsRelease()
                      ? localVariable(Arg) && Facts->releasesParam(Callee, I)
                      : Facts->endsParam(Callee, I, *H);
      if (Ends) {
        State.close(Holder);
        continue;
      }
      if (H->needsRelease() && !localVariable(Arg))
        continue;
      if (Facts->mayReleaseElsewhere(Callee, I)) {
        std::pair<const FunctionDecl *, unsigned> By{Callee->getCanonicalDecl(),
                                                     I};
        if (!llvm::is_contained(H->MaybeReleasedBy, By))
          H->MaybeReleasedBy.push_back(By);
      }
    }
  }

  /// Begin/end calls: `sql.begin()`, `PQexec(conn, "COMMIT")`, and
  /// in-house wrapper methods that do the same to a member
  /// (`db.beginTransaction()`).
  void scopeCall(const CallExpr *Call, HeldSet &State) {
    std::optional<rules::ScopeCallMatch> Match = Roles.scopeCall(Call, Ctx);
    if (!Match)
      Match = wrapperCall(Call);
    if (!Match)
      Match = sqlWrapperCall(Call);
    if (!Match)
      Match = paramWrapperCall(Call);
    if (!Match)
      return;
    const ValueDecl *Handle = Match->Handle ? holderDecl(Match->Handle) : nullptr;
    const void *Holder = Handle ? static_cast<const void *>(Handle)
                                : unknownHolder(Match->Kind);
    auto OpenAnew = [&] {
      HeldScope H;
      H.Kind = Match->Kind;
      H.Holder = Holder;
      H.BegunBy = Call;
      H.Begin = Call->getExprLoc();
      H.HolderName = Handle ? Handle->getNameAsString() : std::string();
      H.How = Match->How;
      H.BeginReturnsSuccess = Match->ReturnsSuccess;
      H.SuccessIsZero = Match->SuccessIsZero;
      H.GuardsConnection = Match->GuardsConnection;
      H.NotPooled = !Match->Pooled;
      State.open(std::move(H));
    };
    if (Match->Effect == rules::ScopeCallMatch::Begin) {
      if (Match->Counted)
        if (const HeldScope *Open = State.find(Holder, Match->Kind)) {
          HeldScope Deeper = *Open; // an inner begin: the outer goes on
          Deeper.Nesting = std::min(Deeper.Nesting + 1, HeldScope::MaxNesting);
          State.open(std::move(Deeper));
          return;
        }
      OpenAnew();
      return;
    }
    // An end whose handle is unknown may end any scope of its kind begun by
    // a call; an end on a known handle also ends scopes of unknown holders.
    rules::ScopeKind Kind = Match->Kind;
    if (Match->Counted)
      if (const HeldScope *Open = State.find(Holder, Kind);
          Open && Open->Nesting) {
        HeldScope Shallower = *Open; // an inner end: the outer goes on
        --Shallower.Nesting;
        State.open(std::move(Shallower));
        return;
      }
    const void *Unknown = unknownHolder(Kind);
    State.closeIf([&](const HeldScope &H) {
      if (H.Kind != Kind || H.Raii || H.Acquire)
        return false;
      return Holder == Unknown || H.Holder == Holder || H.Holder == Unknown;
    });
    // `COMMIT AND CHAIN`, `commit(true)`: the next one is open from here.
    if (Match->Restarts)
      OpenAnew();
  }
};

bool isCall(const Stmt *S) {
  return isa<CallExpr>(S) || isa<CXXConstructExpr>(S);
}

/// The call or throw that ends a block whose edge leads to a handler or
/// out of the function by an exception.
const Stmt *throwSite(const CFGBlock &B) {
  for (auto It = B.rbegin(); It != B.rend(); ++It)
    if (auto S = It->getAs<CFGStmt>())
      if (isCall(S->getStmt()) || isa<CXXThrowExpr>(S->getStmt()))
        return S->getStmt();
  return nullptr;
}

/// Whether an exception can come out of \p Site. Without summaries: any
/// call that is not C or noexcept, as the compiler sees it.
ThrowVerdict verdictAt(const Stmt *Site, CalleeFacts *Facts) {
  if (!Site)
    return {};
  if (Facts)
    return Facts->throwVerdict(Site);
  if (isa<CXXThrowExpr>(Site))
    return {ThrowVerdict::Yes};
  const FunctionDecl *Callee = calledFunction(cast<Expr>(Site));
  if (!Callee)
    return {ThrowVerdict::Yes};
  if (Callee->isExternC())
    return {};
  const auto *Proto = Callee->getType()->getAs<FunctionProtoType>();
  return {Proto && Proto->isNothrow() ? ThrowVerdict::No : ThrowVerdict::Yes};
}

/// Reports each scope of \p Before that \p E ended: no scope of its kind
/// that began where it began is held after. A scope that moved to another
/// holder keeps where it began, and so does one whose nesting went down.
void reportEnds(const HeldSet &Before, const HeldSet &After,
                const CFGElement &E, HeldScopeListener &Listener) {
  for (const HeldScope &H : Before.scopes()) {
    if (llvm::any_of(After.scopes(), [&](const HeldScope &A) {
          return A.Kind == H.Kind && A.Begin == H.Begin;
        }))
      continue;
    ScopeEndSite Site;
    if (auto Dtor = E.getAs<CFGAutomaticObjDtor>()) {
      Site.How = ScopeEndSite::Destroyed;
      Site.At = Dtor->getTriggerStmt();
      Site.Var = Dtor->getVarDecl();
    } else if (auto Life = E.getAs<CFGLifetimeEnds>()) {
      Site.How = ScopeEndSite::Destroyed;
      Site.At = Life->getTriggerStmt();
      Site.Var = Life->getVarDecl();
    } else if (auto S = E.getAs<CFGStmt>()) {
      Site.At = S->getStmt();
    }
    if (Site.At)
      Listener.onScopeEnd(H, Site);
  }
}

} // namespace

DataflowOutcome analyzeHeldScopes(const FunctionDecl *FD, ASTContext &Ctx,
                                  rules::RoleCatalogue &Roles,
                                  CalleeFacts *Facts,
                                  const DataflowLimits &Limits,
                                  const HeldSet &Initial,
                                  HeldScopeListener &Listener) {
  Stmt *Body = FD->getBody();
  if (!Body)
    return DataflowOutcome::NoBody;

  CFG::BuildOptions Options;
  Options.AddImplicitDtors = true;
  Options.AddTemporaryDtors = true;
  Options.AddInitializers = true;
  Options.AddLifetime = true;
  Options.AddCXXDefaultInitExprInCtors = true;
  // Edges from calls that may throw to the enclosing try's handlers (or the
  // exit), so that catch blocks are analysed with what can be held when they
  // run and leaks on exceptions are seen.
  Options.AddEHEdges = true;
  Options.setAllAlwaysAdd();
  std::unique_ptr<CFG> Cfg = CFG::buildCFG(FD, Body, &Ctx, Options);
  if (!Cfg)
    return DataflowOutcome::CfgFailed;
  if (Cfg->getNumBlockIDs() > Limits.MaxBlocks)
    return DataflowOutcome::OverBudget;

  Transfer T(Ctx, Roles, Facts);
  std::vector<std::optional<HeldSet>> In(Cfg->getNumBlockIDs());
  HeldSet Entry = Initial;
  T.openParameters(FD, Entry);
  In[Cfg->getEntry().getBlockID()] = Entry;
  const CFGBlock *Exit = &Cfg->getExit();

  // The state along the edge from B (leaving with State) to its I-th
  // successor; nothing when the edge is an exception edge from a call that
  // cannot plausibly throw.
  auto Along = [&](const CFGBlock &B, unsigned I, const CFGBlock &Succ,
                   const HeldSet &State) -> std::optional<HeldSet> {
    HeldSet Incoming = State;
    T.refineBranch(B, I, Incoming);
    const auto *Try = dyn_cast_or_null<CXXTryStmt>(Succ.getTerminatorStmt());
    // With nothing held, an exception edge carries nothing to unwind: no
    // need to ask whether the call can throw (it may be a long question).
    if ((!Try && &Succ != Exit) || Incoming.empty())
      return Incoming;
    const Stmt *Site = throwSite(B);
    ThrowVerdict Verdict = verdictAt(Site, Facts);
    // Clang adds a call's exception edge after its normal one: the second
    // successor of a call block without a terminator. Edges to a handler
    // exist only for exceptions; so does the edge out of a throw.
    bool ExceptionOnly =
        Try || (Site && isa<CXXThrowExpr>(Site)) ||
        (!B.getTerminatorStmt() && B.succ_size() == 2 && I == 1);
    if (!ExceptionOnly)
      return Incoming; // a normal path ends every local's life before
    if (Verdict.Is == ThrowVerdict::No)
      return std::nullopt;
    // A call that threw took nothing: `try_lease` that throws leased no
    // connection; nor did a lambda it ran (`[&] { pos = pool.lease(); }()`).
    const SourceManager &SM = Ctx.getSourceManager();
    Incoming.closeIf([&](const HeldScope &H) {
      return H.BegunBy == Site ||
             (Site && H.BegunBy && isa<CallExpr>(Site) &&
              SM.isPointWithin(H.BegunBy->getBeginLoc(), Site->getBeginLoc(),
                               Site->getEndLoc()));
    });
    if (Try)
      T.unwindInto(Try, Incoming, Site, Verdict.Callee);
    else
      // What a local still holds here left by an exception.
      T.unwindOut(Incoming, Site, Verdict.Callee);
    return Incoming;
  };

  PostOrderCFGView Order(Cfg.get());
  ForwardDataflowWorklist Worklist(*Cfg, &Order);
  Worklist.enqueueBlock(&Cfg->getEntry());
  unsigned Visits = 0;
  while (const CFGBlock *B = Worklist.dequeue()) {
    if (++Visits > Limits.MaxBlockVisits)
      return DataflowOutcome::OverBudget;
    HeldSet State = *In[B->getBlockID()];
    for (const CFGElement &E : *B)
      T.apply(E, State);
    unsigned I = 0;
    for (const CFGBlock *Succ : B->succs()) {
      unsigned Index = I++;
      if (!Succ)
        continue; // an edge Clang pruned as impossible
      std::optional<HeldSet> Incoming = Along(*B, Index, *Succ, State);
      if (!Incoming)
        continue;
      std::optional<HeldSet> &SuccIn = In[Succ->getBlockID()];
      if (!SuccIn) {
        SuccIn = std::move(Incoming);
        Worklist.enqueueBlock(Succ);
      } else if (SuccIn->join(*Incoming)) {
        Worklist.enqueueBlock(Succ);
      }
    }
  }

  // Replay each reachable block once with its fixed-point entry state, in
  // block order, reporting calls and leaks.
  T.Listener = &Listener;
  for (const CFGBlock *B : *Cfg) {
    if (!In[B->getBlockID()])
      continue; // unreachable
    HeldSet State = *In[B->getBlockID()];
    if (B == Exit)
      Listener.onExit(State);
    for (const CFGElement &E : *B) {
      std::optional<HeldSet> Before;
      if (!State.empty())
        Before = State;
      T.prepareCall(E, State);
      if (auto S = E.getAs<CFGStmt>())
        if (!State.empty() && isCall(S->getStmt()))
          Listener.onCall(cast<Expr>(S->getStmt()), State);
      T.apply(E, State);
      if (Before)
        reportEnds(*Before, State, E, Listener);
    }
    unsigned I = 0;
    for (const CFGBlock *Succ : B->succs()) {
      unsigned Index = I++;
      if (Succ)
        Along(*B, Index, *Succ, State);
    }
  }
  return DataflowOutcome::Analysed;
}

} // namespace conncheck
