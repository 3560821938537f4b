//===--- ScopeDataflow.cpp ------------------------------------------------===//
#include "ScopeDataflow.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"

#include <optional>
#include <vector>

using namespace clang;

namespace conncheck {
namespace {

/// Strips what does not change which object an expression denotes.
const Expr *skipWrappers(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr();
    else if (const auto *C = dyn_cast<ExprWithCleanups>(E))
      E = C->getSubExpr();
    else
      return E;
  }
  return E;
}

/// The declaration an expression names as a holder: a variable, parameter
/// or member, seen through `*p`, `&x` and smart-pointer `->`.
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

/// The effect of one CFG element on the held set.
class Transfer {
public:
  Transfer(ASTContext &Ctx, rules::RoleCatalogue &Roles)
      : Ctx(Ctx), Roles(Roles) {}

  void openParameters(const FunctionDecl *FD, HeldSet &State) {
    // A scope object taken by value is this function's to hold.
    for (const ParmVarDecl *P : FD->parameters())
      if (const rules::RaiiTypeRule *Rule = Roles.raiiRuleFor(P->getType()))
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
    // A member operator call counts the object as argument 0.
    unsigned Offset =
        isa<CXXOperatorCallExpr>(Call) && isa<CXXMethodDecl>(Callee) ? 1 : 0;
    for (unsigned I = Offset; I < Call->getNumArgs(); ++I) {
      unsigned ParamIndex = I - Offset;
      if (ParamIndex >= Callee->getNumParams())
        break;
      if (!Roles.raiiRuleFor(Callee->getParamDecl(ParamIndex)->getType()))
        continue;
      if (const VarDecl *Moved = movedVariable(Call->getArg(I)))
        State.close(Moved);
    }
  }

  /// The state a catch handler starts from, coming from a point inside the
  /// try block: unwinding has destroyed the scope objects declared there.
  void unwindInto(const CXXTryStmt *Try, HeldSet &State) {
    const SourceManager &SM = Ctx.getSourceManager();
    SourceRange Body = Try->getTryBlock()->getSourceRange();
    State.closeIf([&](const HeldScope &H) {
      return H.LocalVar &&
             SM.isPointWithin(H.LocalVar->getLocation(), Body.getBegin(),
                              Body.getEnd());
    });
  }

  void apply(const CFGElement &Elem, HeldSet &State) {
    if (auto Dtor = Elem.getAs<CFGAutomaticObjDtor>()) {
      State.close(Dtor->getVarDecl()->getCanonicalDecl());
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
    if (const auto *Ctor = dyn_cast<CXXConstructExpr>(St)) {
      // A scope object move-constructed from another is handled where the
      // new variable is declared.
      if (!Roles.raiiRuleFor(Ctor->getType()))
        escapeMovedArguments(Ctor->arguments(), State);
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

  HeldScope raiiScope(const VarDecl *VD, const rules::RaiiTypeRule *Rule,
                      llvm::StringRef Extra = {}) {
    HeldScope H;
    H.Kind = Rule->Kind;
    H.Holder = VD->getCanonicalDecl();
    H.Raii = Rule;
    H.LocalVar = isa<ParmVarDecl>(VD) ? nullptr : VD;
    H.Begin = VD->getLocation();
    H.HolderName = VD->getNameAsString();
    PrintingPolicy Policy(Ctx.getLangOpts());
    Policy.SuppressTagKeyword = true;
    H.How = VD->getType().getUnqualifiedType().getAsString(Policy);
    if (!Extra.empty())
      H.How += ", " + Extra.str();
    return H;
  }

  void declare(const DeclStmt *DS, HeldSet &State) {
    for (const Decl *D : DS->decls()) {
      const auto *VD = dyn_cast<VarDecl>(D);
      if (!VD || !VD->hasLocalStorage())
        continue;
      const rules::RaiiTypeRule *Rule = Roles.raiiRuleFor(VD->getType());
      if (!Rule)
        continue;
      // `auto t2 = std::move(t1);` carries t1's scope over to t2.
      if (const Expr *Init = VD->getInit())
        if (const VarDecl *From = movedVariable(Init))
          if (const HeldScope *Old = State.find(From)) {
            HeldScope Moved = *Old;
            Moved.Holder = VD->getCanonicalDecl();
            Moved.LocalVar = VD;
            Moved.HolderName = VD->getNameAsString();
            State.close(From);
            State.open(std::move(Moved));
            continue;
          }
      State.open(raiiScope(VD, Rule));
    }
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

  template <typename Range>
  void escapeMovedArguments(Range &&Args, HeldSet &State) {
    for (const Expr *Arg : Args)
      if (const VarDecl *Moved = movedVariable(Arg))
        State.close(Moved);
  }

  void call(const CallExpr *Call, HeldSet &State) {
    if (!Call->isCallToStdMove())
      escapeMovedArguments(Call->arguments(), State);

    // An end call on a scope object: `tx.commit()`.
    if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call))
      if (const ValueDecl *Obj = holderDecl(Member->getImplicitObjectArgument()))
        if (const HeldScope *H = State.find(Obj);
            H && H->Raii && Roles.endsRaiiScope(*H->Raii, Member)) {
          State.close(Obj);
          return;
        }

    // Begin/end calls: `sql.begin()`, `PQexec(conn, "COMMIT")`.
    std::optional<rules::ScopeCallMatch> Match = Roles.scopeCall(Call, Ctx);
    if (!Match)
      return;
    const ValueDecl *Handle = Match->Handle ? holderDecl(Match->Handle) : nullptr;
    const void *Holder = Handle ? static_cast<const void *>(Handle)
                                : unknownHolder(Match->Kind);
    if (Match->Effect == rules::ScopeCallMatch::Begin) {
      HeldScope H;
      H.Kind = Match->Kind;
      H.Holder = Holder;
      H.Begin = Call->getExprLoc();
      H.HolderName = Handle ? Handle->getNameAsString() : std::string();
      H.How = Match->How;
      State.open(std::move(H));
      return;
    }
    // An end whose handle is unknown may end any scope of its kind begun by
    // a call; an end on a known handle also ends scopes of unknown holders.
    rules::ScopeKind Kind = Match->Kind;
    const void *Unknown = unknownHolder(Kind);
    State.closeIf([&](const HeldScope &H) {
      if (H.Kind != Kind || H.Raii)
        return false;
      return Holder == Unknown || H.Holder == Holder || H.Holder == Unknown;
    });
  }
};

bool isCall(const Stmt *S) {
  return isa<CallExpr>(S) || isa<CXXConstructExpr>(S);
}

} // namespace

DataflowOutcome
analyzeHeldScopes(const FunctionDecl *FD, ASTContext &Ctx,
                  rules::RoleCatalogue &Roles, const DataflowLimits &Limits,
                  llvm::function_ref<void(const Expr *, const HeldSet &)> OnCall) {
  Stmt *Body = FD->getBody();
  if (!Body)
    return DataflowOutcome::NoBody;

  CFG::BuildOptions Options;
  Options.AddImplicitDtors = true;
  Options.AddTemporaryDtors = true;
  Options.AddInitializers = true;
  Options.AddCXXDefaultInitExprInCtors = true;
  // Edges from calls that may throw to the enclosing try's handlers, so that
  // catch blocks are analysed with what can be held when they run.
  Options.AddEHEdges = true;
  Options.setAllAlwaysAdd();
  std::unique_ptr<CFG> Cfg = CFG::buildCFG(FD, Body, &Ctx, Options);
  if (!Cfg)
    return DataflowOutcome::CfgFailed;
  if (Cfg->getNumBlockIDs() > Limits.MaxBlocks)
    return DataflowOutcome::OverBudget;

  Transfer T(Ctx, Roles);
  std::vector<std::optional<HeldSet>> In(Cfg->getNumBlockIDs());
  HeldSet Entry;
  T.openParameters(FD, Entry);
  In[Cfg->getEntry().getBlockID()] = Entry;

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
    for (const CFGBlock *Succ : B->succs()) {
      if (!Succ)
        continue; // an edge Clang pruned as impossible
      HeldSet Incoming = State;
      if (const auto *Try = dyn_cast_or_null<CXXTryStmt>(Succ->getTerminatorStmt()))
        T.unwindInto(Try, Incoming);
      std::optional<HeldSet> &SuccIn = In[Succ->getBlockID()];
      if (!SuccIn) {
        SuccIn = std::move(Incoming);
        Worklist.enqueueBlock(Succ);
      } else if (SuccIn->join(Incoming)) {
        Worklist.enqueueBlock(Succ);
      }
    }
  }

  // Replay each reachable block once with its fixed-point entry state, in
  // block order so that reports come out deterministically.
  for (const CFGBlock *B : *Cfg) {
    if (!In[B->getBlockID()])
      continue; // unreachable
    HeldSet State = *In[B->getBlockID()];
    for (const CFGElement &E : *B) {
      T.prepareCall(E, State);
      if (auto S = E.getAs<CFGStmt>())
        if (!State.empty() && isCall(S->getStmt()))
          OnCall(cast<Expr>(S->getStmt()), State);
      T.apply(E, State);
    }
  }
  return DataflowOutcome::Analysed;
}

} // namespace conncheck
