//===--- PoolSmallerThanThreadsCheck.cpp ----------------------------------===//
#include "PoolSmallerThanThreadsCheck.h"
#include "../analysis/ExportedSummaries.h"
#include "../analysis/Callables.h"
#include "../findings/ClangSpans.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"


#include <functional>

using namespace clang;

namespace conncheck {
namespace {

struct Pool {
  const VarDecl *Var;
  uint64_t Size;
  const CXXRecordDecl *Class;
};

/// Work started on N threads: where, and what each one runs.
struct FanOut {
  const Expr *Site;               // the call or construction that starts it
  SourceLocation Loc;             // where the finding points
  uint64_t Workers;
  llvm::SmallVector<const Expr *, 2> Callables;
  llvm::SmallVector<const Expr *, 2> StartCalls; // where holding matters
};

/// Visits a statement tree without entering lambdas or local classes.
void walk(const Stmt *S, const std::function<void(const Stmt *)> &Visit) {
  if (!S || isa<LambdaExpr>(S))
    return;
  Visit(S);
  for (const Stmt *Child : S->children())
    walk(Child, Visit);
}

std::optional<int64_t> constantInt(const Expr *E, ASTContext &Ctx) {
  Expr::EvalResult R;
  if (E && !E->isValueDependent() && E->EvaluateAsInt(R, Ctx))
    return R.Val.getInt().getExtValue();
  return std::nullopt;
}

/// The trip count of `for (int i = A; i < B; ++i)` (or `<=`, `!=`) with
/// constant A and B.
std::optional<uint64_t> tripCount(const ForStmt *For, ASTContext &Ctx) {
  const auto *Init = dyn_cast_or_null<DeclStmt>(For->getInit());
  const auto *Var = Init && Init->isSingleDecl()
                        ? dyn_cast<VarDecl>(Init->getSingleDecl())
                        : nullptr;
  const auto *Cond = dyn_cast_or_null<BinaryOperator>(For->getCond());
  if (!Var || !Var->getInit() || !Cond || !For->getInc())
    return std::nullopt;
  std::optional<int64_t> Start = constantInt(Var->getInit(), Ctx);
  const auto *L = dyn_cast<DeclRefExpr>(Cond->getLHS()->IgnoreParenImpCasts());
  std::optional<int64_t> End = constantInt(Cond->getRHS(), Ctx);
  if (!Start || !End || !L || L->getDecl() != Var)
    return std::nullopt;
  int64_t N = 0;
  switch (Cond->getOpcode()) {
  case BO_LT:
  case BO_NE:
    N = *End - *Start;
    break;
  case BO_LE:
    N = *End - *Start + 1;
    break;
  default:
    return std::nullopt;
  }
  if (N <= 0)
    return std::nullopt;
  return uint64_t(N);
}

/// Whether \p T is a template over a thread type (`std::vector<std::thread>`).
bool holdsThreads(QualType T, rules::RoleCatalogue &Roles) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec)
    return false;
  for (const TemplateArgument &TA : Spec->getTemplateArgs().asArray())
    if (TA.getKind() == TemplateArgument::Type)
      if (const rules::WorkerRule *W = Roles.workerRuleFor(TA.getAsType()))
        if (W->Kind == rules::WorkerRule::Thread)
          return true;
  return false;
}

std::vector<FanOut> findFanOuts(const Stmt *Body, ASTContext &Ctx,
                                rules::RoleCatalogue &Roles) {
  std::vector<FanOut> Out;
  walk(Body, [&](const Stmt *S) {
    // Threads started in a loop with a constant trip count.
    if (const auto *For = dyn_cast<ForStmt>(S)) {
      std::optional<uint64_t> N = tripCount(For, Ctx);
      if (!N)
        return;
      walk(For->getBody(), [&](const Stmt *Inner) {
        if (const auto *Ctor = dyn_cast<CXXConstructExpr>(Inner))
          if (const rules::WorkerRule *W = Roles.workerRuleFor(Ctor->getType()))
            if (W->Kind == rules::WorkerRule::Thread &&
                W->CallableArg < Ctor->getNumArgs()) {
              FanOut F{Ctor, Ctor->getBeginLoc(), *N, {}, {Ctor}};
              F.Callables.push_back(Ctor->getArg(W->CallableArg));
              Out.push_back(F);
            }
        // threads.emplace_back(work): constructed inside the container.
        if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Inner))
          if (MC->getNumArgs() >= 1 &&
              holdsThreads(MC->getImplicitObjectArgument()->getType(), Roles) &&
              calledBody(MC->getArg(0))) {
            FanOut F{MC, MC->getExprLoc(), *N, {}, {MC}};
            F.Callables.push_back(MC->getArg(0));
            Out.push_back(F);
          }
      });
      return;
    }
    // A thread pool of constant size and the work submitted to it.
    if (const auto *DS = dyn_cast<DeclStmt>(S))
      for (const Decl *D : DS->decls()) {
        const auto *VD = dyn_cast<VarDecl>(D);
        const rules::WorkerRule *W =
            VD ? Roles.workerRuleFor(VD->getType()) : nullptr;
        if (!W || W->Kind != rules::WorkerRule::ThreadPool)
          continue;
        const auto *Ctor = dyn_cast_or_null<CXXConstructExpr>(
            VD->getInit() ? VD->getInit()->IgnoreImplicit() : nullptr);
        std::optional<int64_t> N =
            Ctor && W->SizeArg < Ctor->getNumArgs()
                ? constantInt(Ctor->getArg(W->SizeArg), Ctx)
                : std::nullopt;
        if (!N || *N <= 0)
          continue;
        FanOut F{Ctor, VD->getLocation(), uint64_t(*N), {}, {}};
        walk(Body, [&](const Stmt *Use) {
          const auto *Call = dyn_cast<CallExpr>(Use);
          if (!Call || Roles.submitCall(Call) != W)
            return;
          if (W->SubmitPoolArg >= Call->getNumArgs() ||
              W->SubmitCallableArg >= Call->getNumArgs())
            return;
          const auto *Ref = dyn_cast<DeclRefExpr>(
              Call->getArg(W->SubmitPoolArg)->IgnoreParenImpCasts());
          if (!Ref || Ref->getDecl() != VD)
            return;
          F.Callables.push_back(Call->getArg(W->SubmitCallableArg));
          F.StartCalls.push_back(Call);
        });
        if (!F.Callables.empty())
          Out.push_back(F);
      }
  });
  return Out;
}

} // namespace

void PoolSmallerThanThreadsCheck::checkCallWhileHeld(const Expr *Call,
                                                     const HeldSet &Held,
                                                     CheckContext &Ctx) {
  for (const HeldScope &H : Held.scopes())
    if (H.Pool && (H.pooled() || H.Kind == rules::ScopeKind::Transaction))
      HeldAt[Call].push_back(H);
}

void PoolSmallerThanThreadsCheck::checkFunction(CheckContext &Ctx) {
  // What onCall recorded is for this function only.
  struct ClearAtExit {
    decltype(HeldAt) &Recorded;
    ~ClearAtExit() { Recorded.clear(); }
  } Clear{HeldAt};
  const Stmt *Body = Ctx.Function->getBody();
  rules::RoleCatalogue &Roles = Ctx.TU.Roles;

  std::vector<Pool> Pools;
  walk(Body, [&](const Stmt *S) {
    if (const auto *DS = dyn_cast<DeclStmt>(S))
      for (const Decl *D : DS->decls())
        if (const auto *VD = dyn_cast<VarDecl>(D); VD && VD->hasLocalStorage())
          if (auto M = Roles.constantPoolSize(VD, Ctx.AST))
            if (const CXXRecordDecl *RD = VD->getType()->getAsCXXRecordDecl())
              Pools.push_back({VD, *M, RD->getCanonicalDecl()});
  });
  if (Pools.empty())
    return;

  const SourceManager &SM = Ctx.AST.getSourceManager();
  const LangOptions &LO = Ctx.AST.getLangOpts();
  for (const FanOut &F : findFanOuts(Body, Ctx.AST, Roles))
    for (const Pool &P : Pools) {
      std::optional<SlowChain> Chain;
      for (const Expr *Callable : F.Callables)
        if (!Chain)
          Chain = Ctx.TU.acquisitionsOfType(P.Class).chainFrom(calledBody(Callable));
      // This thread holding one of the pool's connections while the workers
      // run leaves them one fewer.
      const HeldScope *Holding = nullptr;
      for (const Expr *Start : F.StartCalls)
        if (auto It = HeldAt.find(Start); It != HeldAt.end())
          for (const HeldScope &H : It->second)
            if (!Holding && H.Pool == P.Var->getCanonicalDecl())
              Holding = &H;
      uint64_t Needed = F.Workers + (Holding ? 1 : 0);
      if (P.Size >= Needed)
        continue;
      // The work may take its connection in a function of another file:
      // the link step decides, from the work's body.
      std::vector<const FunctionDecl *> Bodies;
      if (!Chain)
        for (const Expr *Callable : F.Callables)
          if (const FunctionDecl *Body = calledBody(Callable))
            Bodies.push_back(Body);
      if (!Chain && Bodies.empty())
        continue;

      std::string Name = P.Var->getNameAsString();
      Finding Out;
      Out.CheckId = Id.str();
      Out.Function = displayName(Ctx.Function);
      Out.Where = spanOf(SM, LO, F.Loc);
      Out.Message = std::to_string(F.Workers) +
                    " worker threads each need a connection from '" + Name +
                    "', which has " + std::to_string(P.Size) +
                    (Holding ? " with one held by this thread" : "") +
                    "; size it to at least " + std::to_string(Needed);
      Out.Notes.push_back({FindingNote::ScopeBegin,
                           spanOf(SM, LO, P.Var->getLocation()),
                           "'" + Name + "' is created here with " +
                               std::to_string(P.Size) + " connections"});
      if (Holding)
        Out.Notes.push_back({FindingNote::ScopeBegin,
                             spanOf(SM, LO, Holding->Begin),
                             scopeBeginNote(*Holding)});
      if (!Chain) {
        for (const FunctionDecl *Body : Bodies)
          deferWorkerCheckout(Out, Body, P.Class, Ctx);
        continue;
      }
      appendWorkerChain(Out, resolveChain(*Chain, Ctx.AST));
      Ctx.Out.push_back(std::move(Out));
    }
}

} // namespace conncheck
