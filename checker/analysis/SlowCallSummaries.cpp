//===--- SlowCallSummaries.cpp --------------------------------------------===//
#include "SlowCallSummaries.h"
#include "Callables.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace conncheck {

CallReachSummaries::CallReachSummaries(ASTContext &Ctx, TargetFn Target,
                                       SummaryOptions Options)
    : Ctx(Ctx), Target(std::move(Target)), Options(Options) {}

SlowCallSummaries::SlowCallSummaries(ASTContext &Ctx,
                                     rules::RoleCatalogue &Roles,
                                     SummaryOptions Options, bool WhileLocked)
    : CallReachSummaries(
          Ctx,
          [&Roles, &Ctx,
           WhileLocked](const Expr *Call) -> std::optional<ReachTarget> {
            auto Slow = Roles.slowCall(Call, Ctx);
            if (!Slow)
              return std::nullopt;
            if (WhileLocked &&
                isa_and_nonnull<ParmVarDecl>(rules::lockGivenUp(*Slow, Call)))
              return std::nullopt;
            return ReachTarget{Slow->Name, Slow->Rule->Category};
          },
          Options) {}

const FunctionDecl *CallReachSummaries::followable(const Expr *Call) const {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!Callee || (Boundary && Boundary(Call)))
    return nullptr;
  return followableDef(Callee);
}

const FunctionDecl *
CallReachSummaries::followableDef(const FunctionDecl *Callee) const {
  const FunctionDecl *Def = nullptr;
  if (!Callee->hasBody(Def) || !Def || Def->isDependentContext())
    return nullptr;
  if (!Options.FollowSystemHeaders &&
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return nullptr;
  return Def;
}

CallReachSummaries::Summary &
CallReachSummaries::collect(const FunctionDecl *FD) {
  std::unique_ptr<Summary> &Slot = Summaries[FD];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<Summary>();
  Summary &S = *Slot;
  if (Opaque && Opaque(FD))
    return S; // no edges: reaches nothing

  auto AddEdge = [&](const Expr *Call) {
    if (auto Hit = Target(Call)) {
      S.Edges.push_back({Call, nullptr, std::move(Hit)});
      return;
    }
    if (const FunctionDecl *Callee = followable(Call))
      S.Edges.push_back({Call, Callee, std::nullopt});
    for (const FunctionDecl *Over : overridersOf(Call))
      S.Edges.push_back({Call, Over, std::nullopt, calledFunction(Call)});
    for (const FunctionDecl *Body : callablesRunBy(Call))
      S.Edges.push_back({Call, Body, std::nullopt});
  };
  forEachEvaluatedCall(FD, AddEdge);
  return S;
}

void CallReachSummaries::solveFrom(const FunctionDecl *Root) {
  // Gather every unsolved function reachable from Root.
  std::vector<const FunctionDecl *> Nodes;
  llvm::SmallPtrSet<const FunctionDecl *, 16> Seen;
  std::vector<const FunctionDecl *> Work{Root};
  while (!Work.empty()) {
    const FunctionDecl *FD = Work.back();
    Work.pop_back();
    if (!Seen.insert(FD).second)
      continue;
    Summary &S = collect(FD);
    if (S.Solved)
      continue;
    Nodes.push_back(FD);
    for (const Edge &E : S.Edges)
      if (E.Callee)
        Work.push_back(E.Callee);
  }

  // Shortest chains, iterated to a fixed point (cycles included).
  bool Changed = true;
  while (Changed) {
    Changed = false;
    for (const FunctionDecl *FD : Nodes) {
      Summary &S = *Summaries[FD];
      for (unsigned I = 0; I < S.Edges.size(); ++I) {
        const Edge &E = S.Edges[I];
        unsigned Len = 0, Rank = 0;
        if (E.Target) {
          Len = 1;
          Rank = rules::categoryRank(E.Target->Category);
        } else if (const Summary &Below = *Summaries[E.Callee]; Below.Length) {
          Len = Below.Length + 1;
          Rank = Below.Rank;
        }
        if (Len && Len <= Options.MaxChainLength &&
            (S.Length == 0 || std::pair(Rank, Len) < std::pair(S.Rank, S.Length))) {
          S.Length = Len;
          S.Rank = Rank;
          S.BestEdge = I;
          Changed = true;
        }
      }
    }
  }
  for (const FunctionDecl *FD : Nodes)
    Summaries[FD]->Solved = true;
}

SlowChain CallReachSummaries::unroll(const FunctionDecl *FD) {
  SlowChain Chain;
  for (unsigned Depth = 0; FD && Depth <= Options.MaxChainLength; ++Depth) {
    const Summary &S = *Summaries[FD];
    const Edge &E = S.Edges[S.BestEdge];
    Chain.Steps.push_back({FD, E.Call, E.Callee, E.Virtual});
    if (E.Target) {
      Chain.SlowName = E.Target->Name;
      Chain.Category = E.Target->Category;
      break;
    }
    FD = E.Callee;
  }
  return Chain;
}

std::optional<SlowChain> CallReachSummaries::chainOf(const Expr *Call) {
  if (auto Hit = Target(Call)) {
    SlowChain Chain;
    Chain.SlowName = Hit->Name;
    Chain.Category = Hit->Category;
    return Chain;
  }
  return bestChainOverCallees(Call);
}

std::optional<SlowChain>
CallReachSummaries::bestChainOverCallees(const Expr *Call) {
  std::optional<SlowChain> Best;
  std::pair<unsigned, unsigned> BestKey;
  auto Consider = [&](const FunctionDecl *Callee,
                      const FunctionDecl *Virtual) {
    if (!collect(Callee).Solved)
      solveFrom(Callee);
    const Summary &S = *Summaries[Callee];
    if (S.Length == 0)
      return;
    std::pair<unsigned, unsigned> Key{S.Rank, S.Length + (Virtual ? 1 : 0)};
    if (Best && !(Key < BestKey))
      return;
    SlowChain Chain = unroll(Callee);
    // A virtual call: "'Base::f' may run 'Derived::f'", then the overrider.
    if (Virtual)
      Chain.Steps.insert(Chain.Steps.begin(),
                         ChainStep{Virtual, Call, Callee, Virtual});
    Best = std::move(Chain);
    BestKey = Key;
  };
  if (const FunctionDecl *Callee = followable(Call))
    Consider(Callee, nullptr);
  for (const FunctionDecl *Over : overridersOf(Call))
    Consider(Over, calledFunction(Call));
  // A callable the callee runs before it returns: "'std::for_each' calls
  // 'lambda'", then the lambda's chain.
  for (const FunctionDecl *Body : callablesRunBy(Call)) {
    if (!collect(Body).Solved)
      solveFrom(Body);
    const Summary &S = *Summaries[Body];
    if (S.Length == 0)
      continue;
    std::pair<unsigned, unsigned> Key{S.Rank, S.Length + 1};
    if (Best && !(Key < BestKey))
      continue;
    SlowChain Chain = unroll(Body);
    Chain.Steps.insert(Chain.Steps.begin(),
                       ChainStep{calledFunction(Call), Call, Body});
    Best = std::move(Chain);
    BestKey = Key;
  }
  return Best;
}

std::vector<const FunctionDecl *>
CallReachSummaries::callablesRunBy(const Expr *Call) {
  std::vector<const FunctionDecl *> Bodies;
  const FunctionDecl *Callee = calledFunction(Call);
  const FunctionDecl *Def = nullptr;
  if (!Callee || !Callee->hasBody(Def) || !Def || (Boundary && Boundary(Call)))
    return Bodies;
  for (auto [Param, Body] : lambdaArgs(Call)) {
    if (Param >= Def->getNumParams())
      continue;
    auto [It, Inserted] = InvokesMemo.try_emplace({Def, Param}, false);
    if (Inserted)
      It->second = invokesParamSynchronously(Def, Param);
    if (It->second)
      Bodies.push_back(Body);
  }
  return Bodies;
}

namespace {
/// Every method of the translation unit that overrides another, with a body.
class OverriderIndexer : public RecursiveASTVisitor<OverriderIndexer> {
public:
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool VisitCXXMethodDecl(CXXMethodDecl *M) {
    if (M->size_overridden_methods() && M->doesThisDeclarationHaveABody() &&
        !M->isDependentContext())
      Found.push_back(M);
    return true;
  }
  std::vector<const CXXMethodDecl *> Found;
};
} // namespace

const CXXMethodDecl *dispatchedMethod(const Expr *Call) {
  const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(Call);
  const auto *Method =
      MC ? dyn_cast_or_null<CXXMethodDecl>(MC->getDirectCallee()) : nullptr;
  if (!Method || !Method->isVirtual() || Method->hasAttr<FinalAttr>())
    return nullptr;
  // `Base::f()` written out, or a call on an object (not a reference or a
  // pointer) of a known dynamic type, does not dispatch.
  if (const auto *ME = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens());
      ME && ME->hasQualifier())
    return nullptr;
  const Expr *Obj = MC->getImplicitObjectArgument()->IgnoreParenImpCasts();
  if (!Obj->getType()->isPointerType() && isa<DeclRefExpr>(Obj) &&
      !cast<DeclRefExpr>(Obj)->getDecl()->getType()->isReferenceType())
    return nullptr;
  return Method;
}

llvm::ArrayRef<const FunctionDecl *>
CallReachSummaries::overridersOf(const Expr *Call) {
  const CXXMethodDecl *Method = dispatchedMethod(Call);
  if (!Method || (Boundary && Boundary(Call)))
    return {};
  if (!OverridersIndexed) {
    OverridersIndexed = true;
    OverriderIndexer Indexer;
    Indexer.TraverseDecl(Ctx.getTranslationUnitDecl());
    for (const CXXMethodDecl *M : Indexer.Found) {
      const FunctionDecl *Def = followableDef(M);
      if (!Def)
        continue;
      // Every method it overrides, transitively.
      llvm::SmallVector<const CXXMethodDecl *, 4> Work(
          M->overridden_methods().begin(), M->overridden_methods().end());
      while (!Work.empty()) {
        const CXXMethodDecl *Base = Work.pop_back_val();
        auto &List = Overriders[Base->getCanonicalDecl()];
        if (!llvm::is_contained(List, Def))
          List.push_back(Def);
        Work.append(Base->overridden_methods().begin(),
                    Base->overridden_methods().end());
      }
    }
  }
  auto It = Overriders.find(Method->getCanonicalDecl());
  if (It == Overriders.end())
    return {};
  return It->second;
}

} // namespace conncheck

namespace conncheck {

std::optional<SlowChain>
CallReachSummaries::chainFrom(const clang::FunctionDecl *FD) {
  const clang::FunctionDecl *Def = nullptr;
  if (!FD || !FD->hasBody(Def) || !Def)
    return std::nullopt;
  if (!collect(Def).Solved)
    solveFrom(Def);
  if (Summaries[Def]->Length == 0)
    return std::nullopt;
  return unroll(Def);
}

} // namespace conncheck
