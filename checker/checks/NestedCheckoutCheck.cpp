//===--- NestedCheckoutCheck.cpp ------------------------------------------===//
#include "NestedCheckoutCheck.h"
#include "../findings/ClangSpans.h"
#include "../analysis/ExportedSummaries.h"

#include "clang/AST/Decl.h"

using namespace clang;

namespace conncheck {

void NestedCheckoutCheck::checkCallWhileHeld(const Expr *Call,
                                             const HeldSet &Held,
                                             CheckContext &Ctx) {
  for (const HeldScope &First : Held.scopes()) {
    if (!First.Pool || (First.Kind == rules::ScopeKind::Lease && !First.pooled()))
      continue;
    std::optional<SlowChain> Chain;
    if (auto Direct = Ctx.TU.acquiresFrom(Call, First.Pool)) {
      Chain.emplace();
      Chain->SlowName = Direct->Name;
    } else if (nameableFromCallees(First.Pool)) {
      Chain = Ctx.TU.acquisitionsFrom(First.Pool).chainOf(Call);
    }
    std::string Holder = First.HolderName.empty()
                             ? std::string("a connection")
                             : "'" + First.HolderName + "'";
    if (!Chain) {
      // A helper of another file may take one: the link step decides.
      if (nameableFromCallees(First.Pool))
        deferNestedCheckout(Id, Call, First, Holder, Ctx);
      continue;
    }

    const SourceManager &SM = Ctx.AST.getSourceManager();
    const LangOptions &LO = Ctx.AST.getLangOpts();
    Finding F;
    F.CheckId = Id.str();
    F.Function = displayName(Ctx.Function);
    F.Where = callSpan(Call, Ctx.AST);
    F.Notes.push_back({FindingNote::ScopeBegin, spanOf(SM, LO, First.Begin),
                       scopeBeginNote(First)});
    describeNestedCheckout(F, resolveChain(*Chain, Ctx.AST),
                           First.Pool->getNameAsString(), Holder);
    attachReleaseConditions(F, First, Ctx);
    Ctx.report(std::move(F), First, Call);
    return; // one finding per call
  }
}

} // namespace conncheck
