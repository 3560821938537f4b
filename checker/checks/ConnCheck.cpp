//===--- ConnCheck.cpp ----------------------------------------------------===//
#include "ConnCheck.h"
#include "../analysis/Callables.h"
#include "../findings/ClangSpans.h"
#include "../rules/RoleCatalogue.h"
#include "../analysis/ExportedSummaries.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace conncheck {

TranslationUnitFacts::TranslationUnitFacts(ASTContext &AST,
                                           rules::RoleCatalogue &Roles,
                                           CalleeFacts &Effects,
                                           SummaryOptions Options)
    : AST(AST), Roles(Roles), Effects(Effects), Options(Options),
      Slow(AST, Roles, Options),
      SlowWhileLocked(AST, Roles, Options, /*WhileLocked=*/true) {
  for (SlowCallSummaries *S : {&Slow, &SlowWhileLocked}) {
    // Declared not slow: an overrider, or a lambda's body, is not searched.
    S->setOpaque(
        [this](const FunctionDecl *FD) { return this->Roles.notSlow(FD); });
    // A described call means what its rule says; a function that hands out
    // a connection it took waits for it as part of taking it (the
    // acquisition, reported as such), not as a slow call.
    S->setBoundary([this](const Expr *Call) {
      if (this->Roles.described(Call) ||
          this->Roles.notSlow(calledFunction(Call)))
        return true;
      const auto *CE = dyn_cast<CallExpr>(Call);
      return CE && this->Effects.returnsAcquired(CE->getDirectCallee());
    });
  }
}

std::optional<SlowChain> withoutBlockingIo(std::optional<SlowChain> Chain) {
  if (Chain && Chain->Category == rules::SlowCategory::Io)
    return std::nullopt;
  return Chain;
}

std::optional<SlowChain>
TranslationUnitFacts::slowChainWhileHeld(const Expr *Call,
                                         const HeldScope &Scope,
                                         bool *EndsScope) {
  const FunctionDecl *Callee = calledFunction(Call);
  if (Callee && Scope.Holder && !Roles.described(Call))
    for (unsigned I = 0; I < Callee->getNumParams(); ++I) {
      const Expr *Arg = rules::callArg(Call, I);
          if (!Arg || holderDecl(Arg) != Scope.Holder ||
          !Effects.endsParam(Callee, I, Scope))
        continue;
      // The callee ends the scope: only what it does before counts, and its
      // body here is what decides (nothing is left for the link step).
      if (EndsScope)
        *EndsScope = true;
      return Effects.slowWhileParamHeld(
          Callee, I, Scope, [this](const Expr *C, const HeldScope &S) {
            return slowChainWhileHeld(C, S);
          });
    }
  return Scope.Kind == rules::ScopeKind::Lock ? SlowWhileLocked.slowChainOf(Call)
                                              : Slow.slowChainOf(Call);
}

} // namespace conncheck

namespace conncheck {

std::optional<ReachTarget>
TranslationUnitFacts::acquiresFrom(const Expr *Call, const ValueDecl *Pool) {
  std::string Name;
  if (!Pool || poolTakenFrom(Call, Roles, Name) != Pool)
    return std::nullopt;
  return ReachTarget{Name, rules::SlowCategory::Wait};
}

CallReachSummaries &
TranslationUnitFacts::acquisitionsFrom(const ValueDecl *Pool) {
  std::unique_ptr<CallReachSummaries> &Slot = FromPool[Pool];
  if (!Slot) {
    Slot = std::make_unique<CallReachSummaries>(
        AST,
        [this, Pool](const Expr *Call) { return acquiresFrom(Call, Pool); },
        Options);
    Slot->setBoundary([this](const Expr *C) { return Roles.described(C); });
  }
  return *Slot;
}

const CXXRecordDecl *
TranslationUnitFacts::pooledAcquisitionClass(const Expr *Call,
                                             std::string &What) {
  return pooledClassTakenBy(Call, Roles, What);
}

CallReachSummaries &
TranslationUnitFacts::acquisitionsOfType(const CXXRecordDecl *PoolClass) {
  std::unique_ptr<CallReachSummaries> &Slot = OfType[PoolClass];
  if (!Slot)
    Slot = std::make_unique<CallReachSummaries>(
        AST,
        [this, PoolClass](const Expr *Call) -> std::optional<ReachTarget> {
          std::string What;
          if (pooledAcquisitionClass(Call, What) == PoolClass)
            return ReachTarget{What, rules::SlowCategory::Wait};
          return std::nullopt;
        },
        Options);
  return *Slot;
}

CallReachSummaries &TranslationUnitFacts::pooledAcquisitions() {
  if (!AnyPooled)
    AnyPooled = std::make_unique<CallReachSummaries>(
        AST,
        [this](const Expr *Call) -> std::optional<ReachTarget> {
          std::string What;
          if (pooledAcquisitionClass(Call, What))
            return ReachTarget{What, rules::SlowCategory::Wait};
          return std::nullopt;
        },
        Options);
  return *AnyPooled;
}

/// "lock 'g' (std::lock_guard<std::mutex>) on 'm' taken here", "'mu_'
/// locked here with 'std::mutex::lock'".
static std::string lockBeginNote(const HeldScope &Scope) {
  std::string Note;
  if (Scope.Raii) {
    Note = "lock '" + Scope.HolderName + "' (" + Scope.How + ")";
    for (size_t I = 0; I < Scope.Locked.size(); ++I)
      Note += (I ? ", '" : " on '") + Scope.Locked[I]->getNameAsString() + "'";
    Note += " taken here";
  } else if (!Scope.HolderName.empty()) {
    Note = "'" + Scope.HolderName + "' locked here with " + Scope.How;
  } else {
    Note = "lock taken here with " + Scope.How;
  }
  if (!Scope.OnEveryPath)
    Note += "; it is still held on some paths to the call";
  return Note;
}

std::string lockHeldPhrase(const HeldScope &Scope) {
  llvm::StringRef Guarding =
      Scope.GuardsConnection ? " guarding the connection" : "";
  if (Scope.Raii)
    return ("lock '" + Scope.HolderName + "' (" + Scope.How + ")" + Guarding +
            " is held")
        .str();
  if (!Scope.HolderName.empty())
    return ("'" + Scope.HolderName + "'" + Guarding + " is locked").str();
  return ("a lock" + Guarding + " is held").str();
}

std::string scopeBeginNote(const HeldScope &Scope) {
  if (Scope.Kind == rules::ScopeKind::Lock)
    return lockBeginNote(Scope);
  std::string Note;
  if (Scope.Kind == rules::ScopeKind::Transaction) {
    Note = "transaction";
    if (Scope.Raii)
      Note += " '" + Scope.HolderName + "' (" + Scope.How + ") begins here";
    else
      Note += (Scope.HolderName.empty() ? "" : " on '" + Scope.HolderName + "'") +
              " begins here with " + Scope.How;
  } else {
    Note = "connection";
    if (!Scope.HolderName.empty())
      Note += " '" + Scope.HolderName + "'";
    if (Scope.Raii)
      Note += " (" + Scope.How + ")";
    Note += " taken";
    if (Scope.Pool)
      Note += " from '" + Scope.Pool->getNameAsString() + "'";
    Note += " here";
    if (!Scope.Raii && !Scope.How.empty())
      Note += " with " + Scope.How;
  }
  if (!Scope.OnEveryPath)
    Note += Scope.Kind == rules::ScopeKind::Transaction
                ? "; it is still open on some paths to the call"
                : "; it is still held on some paths to the call";
  return Note;
}

/// What a note calls \p Scope: "transaction 'tx'", "connection 'sql'",
/// "lock 'g' (std::lock_guard<std::mutex>)", "'mu_'".
static std::string scopeSubject(const HeldScope &Scope) {
  const std::string &Name = Scope.HolderName;
  switch (Scope.Kind) {
  case rules::ScopeKind::Transaction:
    if (Name.empty())
      return "the transaction";
    return Scope.Raii ? "transaction '" + Name + "'"
                      : "transaction on '" + Name + "'";
  case rules::ScopeKind::Lease:
    return Name.empty() ? "the connection" : "connection '" + Name + "'";
  case rules::ScopeKind::Lock:
    if (Scope.Raii)
      return "lock '" + Name + "' (" + Scope.How + ")";
    return Name.empty() ? "the lock" : "'" + Name + "'";
  }
  return "the scope";
}

std::string scopeEndNote(const HeldScope &Scope, const ScopeEndPlace &Place) {
  bool Lock = Scope.Kind == rules::ScopeKind::Lock;
  bool Tx = Scope.Kind == rules::ScopeKind::Transaction;
  std::string Ends = Tx     ? "ends"
                     : Lock ? (Scope.Raii || Scope.HolderName.empty()
                                   ? "is released"
                                   : "is unlocked")
                            : "is given back";
  std::string Subject = scopeSubject(Scope);
  switch (Place.How) {
  case ScopeEndPlace::Statement:
    return Subject + " " + Ends + " here";
  case ScopeEndPlace::Returned:
    return Subject + " is handed to the caller here";
  case ScopeEndPlace::Destroyed:
    return Subject + " " + Ends + " here, where '" + Place.Var +
           "' goes out of scope";
  case ScopeEndPlace::StillHeldAtReturn:
    return Subject + (Tx ? " is still open" : " is still held") + " when '" +
           Place.Function + "' returns";
  case ScopeEndPlace::CallerReturns:
    return Subject + " " + Ends + " when " + Scope.How + " returns";
  }
  return Subject + " " + Ends + " here";
}

/// Where chain notes go: before the note on where the scope ends, so that
/// a reader follows begin, chain, end.
static std::vector<FindingNote>::iterator chainInsertPoint(Finding &F) {
  return llvm::find_if(F.Notes, [](const FindingNote &N) {
    return N.Role == FindingNote::ScopeEnd;
  });
}

void appendChainNotes(Finding &F, const SlowChain &Chain,
                      llvm::function_ref<std::string(llvm::StringRef)> LastStep,
                      const ASTContext &AST) {
  for (const ChainStep &Step : Chain.Steps) {
    std::string Caller = displayName(Step.Caller);
    std::string Text = Step.Callee ? stepNote(Step) : LastStep(Caller);
    F.Notes.insert(chainInsertPoint(F),
                   {FindingNote::CallStep, callSpan(Step.Call, AST), Text});
  }
}

std::string stepNote(const ChainStep &Step) {
  std::string Caller = displayName(Step.Caller);
  if (Step.Virtual && Step.Virtual == Step.Caller)
    return "'" + Caller + "' may run '" + displayName(Step.Callee) + "'";
  if (Step.Virtual)
    return "'" + Caller + "' calls '" + displayName(Step.Virtual) +
           "', which may run '" + displayName(Step.Callee) + "'";
  return "'" + Caller + "' calls '" + displayName(Step.Callee) + "'";
}

ResolvedChain resolveChain(const SlowChain &Chain, const ASTContext &AST) {
  ResolvedChain R;
  R.SlowName = Chain.SlowName;
  R.Category = rules::categoryName(Chain.Category).str();
  for (const ChainStep &Step : Chain.Steps)
  {
    std::string Callee = Step.Callee ? displayName(Step.Callee) : std::string();
    // A virtual call inside a helper: the note names both methods.
    if (Step.Virtual && Step.Virtual != Step.Caller)
      Callee = displayName(Step.Virtual) + "', which may run '" + Callee;
    R.Steps.push_back({displayName(Step.Caller), Callee,
                       callSpan(Step.Call, AST),
                       Step.Virtual && Step.Virtual == Step.Caller});
  }
  return R;
}

/// One note per step of \p Chain: "'f' calls 'g'" (or "may run" for a
/// virtual dispatch), and for the last step, what it reaches.
static void
appendSteps(Finding &F, const ResolvedChain &Chain,
            llvm::function_ref<std::string(const std::string &)> LastStep) {
  for (const ResolvedStep &Step : Chain.Steps)
    F.Notes.insert(chainInsertPoint(F),
                   {FindingNote::CallStep, Step.Call,
                    Step.Callee.empty()
                        ? LastStep(Step.Caller)
                        : "'" + Step.Caller + "' " +
                              (Step.Dispatch ? "may run" : "calls") + " '" +
                              Step.Callee + "'"});
}

void describeSlowCall(Finding &F, const ResolvedChain &Chain,
                      llvm::StringRef HeldPhrase) {
  if (Chain.Steps.empty())
    F.Message = ("slow " + Chain.Category + " call '" + Chain.SlowName +
                 "' while " + HeldPhrase)
                    .str();
  else {
    F.Via = Chain.Steps.front().Caller;
    F.Held = HeldPhrase.str();
  }
  if (!Chain.Steps.empty())
    F.Message = ("call to '" + Chain.Steps.front().Caller +
                 "' reaches a slow " + Chain.Category + " call ('" +
                 Chain.SlowName + "') while " + HeldPhrase)
                    .str();
  appendSteps(F, Chain, [&](const std::string &Caller) {
    return "'" + Caller + "' calls '" + Chain.SlowName + "', a slow " +
           Chain.Category + " call";
  });
}

void attachReleaseConditions(Finding &F, const HeldScope &Scope,
                             CheckContext &Ctx) {
  for (auto [Callee, Param] : Scope.MaybeReleasedBy) {
    F.UnlessReleasedBy.push_back({usrOf(Callee), Param});
    Ctx.TU.LinkNeeds.push_back(Callee);
  }
}

/// The finding's position, function and scope note: what a slow-call
/// finding has before its chain is known.
static Finding slowCallShape(llvm::StringRef CheckId, const Expr *Call,
                             const HeldScope &Scope, CheckContext &Ctx) {
  Finding F;
  F.CheckId = CheckId.str();
  F.Function = displayName(Ctx.Function);
  F.Where = callSpan(Call, Ctx.AST);
  F.Notes.push_back({FindingNote::ScopeBegin,
                     spanOf(Ctx.AST.getSourceManager(), Ctx.AST.getLangOpts(),
                            Scope.Begin),
                     scopeBeginNote(Scope)});
  attachReleaseConditions(F, Scope, Ctx);
  return F;
}

Finding slowCallFinding(llvm::StringRef CheckId, const Expr *Call,
                        const SlowChain &Chain, const HeldScope &Scope,
                        llvm::StringRef HeldPhrase, CheckContext &Ctx) {
  Finding F = slowCallShape(CheckId, Call, Scope, Ctx);
  describeSlowCall(F, resolveChain(Chain, Ctx.AST), HeldPhrase);
  return F;
}

void describeNestedCheckout(Finding &F, const ResolvedChain &Chain,
                            llvm::StringRef PoolName, llvm::StringRef Holder) {
  std::string Tail = ("while " + Holder + " from the same pool is held").str();
  if (Chain.Steps.empty()) {
    F.Message = ("second connection taken from '" + PoolName + "' " + Tail).str();
    return;
  }
  F.Via = Chain.Steps.front().Caller;
  F.Held = Holder.str();
  F.Message = ("call to '" + F.Via + "' takes a second connection from '" +
               PoolName + "' ('" + Chain.SlowName + "') " + Tail)
                  .str();
  appendSteps(F, Chain, [&](const std::string &Caller) {
    return "'" + Caller + "' takes a connection from '" + PoolName.str() +
           "' with '" + Chain.SlowName + "'";
  });
}

void describeLoopHelper(Finding &F, const ResolvedChain &Chain) {
  F.Via = Chain.Steps.front().Caller;
  F.Message = "call to '" + F.Via +
              "' takes a pooled connection and gives it back on every "
              "iteration; take one before the loop and pass it in";
  appendSteps(F, Chain, [&](const std::string &Caller) {
    return "'" + Caller + "' takes a connection with '" + Chain.SlowName + "'";
  });
}

void appendWorkerChain(Finding &F, const ResolvedChain &Chain) {
  appendSteps(F, Chain, [&](const std::string &) {
    return "each worker takes a connection here with '" + Chain.SlowName + "'";
  });
}

void deferWorkerCheckout(const Finding &Partial, const FunctionDecl *Work,
                         const CXXRecordDecl *PoolClass, CheckContext &Ctx) {
  PendingSlowCall P;
  P.CalleeUsr = usrOf(Work);
  P.CalleeName = displayName(Work);
  std::string ClassUsr = usrOf(PoolClass);
  if (P.CalleeUsr.empty() || ClassUsr.empty())
    return;
  P.PoolUsr = "class:" + ClassUsr;
  P.Partial = Partial;
  Ctx.TU.Pending.push_back(std::move(P));
  Ctx.TU.LinkNeeds.push_back(Work);
}

void deferLoopHelper(llvm::StringRef CheckId, const Expr *Call,
                     SourceLocation LoopLoc,
                     std::vector<std::string> UnlessSlow, CheckContext &Ctx) {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!isProjectFunction(Callee, Ctx.AST.getSourceManager()) ||
      Ctx.TU.Roles.described(Call))
    return;
  PendingSlowCall P;
  P.CalleeUsr = usrOf(Callee);
  P.CalleeName = displayName(Callee);
  if (P.CalleeUsr.empty())
    return;
  P.PoolUsr = PooledTarget;
  P.Partial.CheckId = CheckId.str();
  P.Partial.Function = displayName(Ctx.Function);
  P.Partial.Where = callSpan(Call, Ctx.AST);
  P.Partial.Notes.push_back(
      {FindingNote::ScopeBegin,
       spanOf(Ctx.AST.getSourceManager(), Ctx.AST.getLangOpts(), LoopLoc),
       "the loop is here"});
  // A helper that is itself slow is not per-item churn either.
  UnlessSlow.push_back(P.CalleeUsr);
  P.Partial.UnlessSlow = std::move(UnlessSlow);
  P.Dispatches = dispatchedMethod(Call) != nullptr;
  Ctx.TU.Pending.push_back(std::move(P));
  Ctx.TU.LinkNeeds.push_back(Callee);
}

/// A call for the link step to resolve, with what a finding has before
/// its chain is known; none when the callee is not the project's, or
/// means what a rule says.
static std::optional<PendingSlowCall>
pendingCall(llvm::StringRef CheckId, const Expr *Call, const HeldScope &Scope,
            CheckContext &Ctx) {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!isProjectFunction(Callee, Ctx.AST.getSourceManager()))
    return std::nullopt;
  // A described call means what its rule says, in every unit.
  const auto *CE = dyn_cast<CallExpr>(Call);
  if (Ctx.TU.Roles.described(Call) ||
      (CE && Ctx.TU.Effects.returnsAcquired(CE->getDirectCallee())))
    return std::nullopt;
  PendingSlowCall P;
  P.CalleeUsr = usrOf(Callee);
  P.CalleeName = displayName(Callee);
  if (P.CalleeUsr.empty())
    return std::nullopt;
  P.Partial = slowCallShape(CheckId, Call, Scope, Ctx);
  for (unsigned I = 0; I < Callee->getNumParams() && Scope.Holder; ++I)
    if (const Expr *Arg = rules::callArg(Call, I);
        Arg && holderDecl(Arg) == Scope.Holder) {
      P.ScopeParam = I;
      // Where the window ends if the callee ends it: here, as the
      // dataflow of a unit that sees the callee's body says.
      P.EndAtCall = FindingNote{FindingNote::ScopeEnd, P.Partial.Where,
                                scopeEndNote(Scope, ScopeEndPlace{})};
      break;
    }
  // Another unit may define an overrider that is slow, or the callee
  // there may run a lambda handed to it.
  P.Dispatches = dispatchedMethod(Call) != nullptr;
  for (auto [Param, Body] : lambdaArgs(Call)) {
    std::string BodyUsr = usrOf(Body);
    if (BodyUsr.empty())
      continue;
    P.Callables.push_back({Param, BodyUsr, displayName(Body)});
    Ctx.TU.LinkNeeds.push_back(Body);
  }
  Ctx.TU.LinkNeeds.push_back(Callee);
  return P;
}

void deferSlowCall(llvm::StringRef CheckId, const Expr *Call,
                   const HeldScope &Scope, llvm::StringRef HeldPhrase,
                   CheckContext &Ctx) {
  if (Ctx.TU.Roles.notSlow(calledFunction(Call)))
    return;
  std::optional<PendingSlowCall> P = pendingCall(CheckId, Call, Scope, Ctx);
  if (!P)
    return;
  P->HeldPhrase = HeldPhrase.str();
  P->HeldLock = Scope.Kind == rules::ScopeKind::Lock;
  Ctx.TU.Pending.push_back(std::move(*P));
  Ctx.Windows.push_back({true, Ctx.TU.Pending.size() - 1, Scope, Call});
}

void deferNestedCheckout(llvm::StringRef CheckId, const Expr *Call,
                         const HeldScope &Scope, llvm::StringRef Holder,
                         CheckContext &Ctx) {
  std::string PoolUsr = usrOf(Scope.Pool);
  if (PoolUsr.empty())
    return;
  std::optional<PendingSlowCall> P = pendingCall(CheckId, Call, Scope, Ctx);
  if (!P)
    return;
  P->HeldPhrase = Holder.str();
  P->PoolUsr = std::move(PoolUsr);
  P->PoolName = Scope.Pool->getNameAsString();
  Ctx.TU.Pending.push_back(std::move(*P));
  Ctx.Windows.push_back({true, Ctx.TU.Pending.size() - 1, Scope, Call});
}

} // namespace conncheck
