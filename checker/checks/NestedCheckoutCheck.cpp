//===--- NestedCheckoutCheck.cpp ------------------------------------------===//
#include "NestedCheckoutCheck.h"
#include "../findings/ClangSpans.h"

#include "clang/AST/Decl.h"

using namespace clang;

namespace conncheck {

/// Pools a callee can name too: members and globals (not locals or
/// parameters, which are different declarations in every function).
static bool nameableFromCallees(const ValueDecl *Pool) {
  if (isa<FieldDecl>(Pool))
    return true;
  const auto *VD = dyn_cast<VarDecl>(Pool);
  return VD && VD->hasGlobalStorage();
}

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
    if (!Chain)
      continue;

    const SourceManager &SM = Ctx.AST.getSourceManager();
    const LangOptions &LO = Ctx.AST.getLangOpts();
    std::string PoolName = First.Pool->getNameAsString();
    std::string Holder = First.HolderName.empty()
                             ? std::string("a connection")
                             : "'" + First.HolderName + "'";
    Finding F;
    F.CheckId = Id.str();
    F.Function = displayName(Ctx.Function);
    F.Where = callSpan(Call, Ctx.AST);
    if (Chain->Steps.empty())
      F.Message = "second connection taken from '" + PoolName + "' while " +
                  Holder + " from the same pool is held";
    else
      F.Via = displayName(Chain->Steps.front().Caller);
    if (!Chain->Steps.empty())
      F.Message = "call to '" + displayName(Chain->Steps.front().Caller) +
                  "' takes a second connection from '" + PoolName + "' ('" +
                  Chain->SlowName + "') while " + Holder +
                  " from the same pool is held";
    F.Notes.push_back({FindingNote::ScopeBegin, spanOf(SM, LO, First.Begin),
                       scopeBeginNote(First)});
    appendChainNotes(
        F, *Chain,
        [&](llvm::StringRef Caller) {
          return "'" + Caller.str() + "' takes a connection from '" +
                 PoolName + "' with '" + Chain->SlowName + "'";
        },
        Ctx.AST);
    attachReleaseConditions(F, First, Ctx);
    Ctx.Out.push_back(std::move(F));
    return; // one finding per call
  }
}

} // namespace conncheck
