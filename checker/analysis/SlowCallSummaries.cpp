//===--- SlowCallSummaries.cpp --------------------------------------------===//
#include "SlowCallSummaries.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace conncheck {

CallReachSummaries::CallReachSummaries(ASTContext &Ctx, TargetFn Target,
                                       SummaryOptions Options)
    : Ctx(Ctx), Target(std::move(Target)), Options(Options) {}

SlowCallSummaries::SlowCallSummaries(ASTContext &Ctx,
                                     rules::RoleCatalogue &Roles,
                                     SummaryOptions Options)
    : CallReachSummaries(
          Ctx,
          [&Roles, &Ctx](const Expr *Call) -> std::optional<ReachTarget> {
            if (auto Slow = Roles.slowCall(Call, Ctx))
              return ReachTarget{Slow->Name, Slow->Rule->Category};
            return std::nullopt;
          },
          Options) {}

const FunctionDecl *CallReachSummaries::followable(const Expr *Call) const {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!Callee || (Boundary && Boundary(Call)))
    return nullptr;
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
  auto AddEdge = [&](const Expr *Call) {
    if (auto Hit = Target(Call)) {
      S.Edges.push_back({Call, nullptr, std::move(Hit)});
      return;
    }
    if (const FunctionDecl *Callee = followable(Call))
      S.Edges.push_back({Call, Callee, std::nullopt});
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
    Chain.Steps.push_back({FD, E.Call, E.Callee});
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
  const FunctionDecl *Callee = followable(Call);
  if (!Callee)
    return std::nullopt;
  if (!collect(Callee).Solved)
    solveFrom(Callee);
  if (Summaries[Callee]->Length == 0)
    return std::nullopt;
  return unroll(Callee);
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
