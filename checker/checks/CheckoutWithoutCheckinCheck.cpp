//===--- CheckoutWithoutCheckinCheck.cpp ----------------------------------===//
#include "CheckoutWithoutCheckinCheck.h"
#include "../findings/ClangSpans.h"
#include "../analysis/ExportedSummaries.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/Stmt.h"

using namespace clang;

namespace conncheck {

/// "the early return", "the break", ... for the note on the leaking path.
static std::string describeExit(const Stmt *At, const LeakSite &Site,
                                const std::string &Handle) {
  if (Site.How == LeakSite::Exception) {
    if (isa_and_nonnull<CXXThrowExpr>(At))
      return "the exception thrown here leaves '" + Handle + "' checked out";
    std::string Callee;
    if (const auto *Call = dyn_cast_or_null<CallExpr>(At))
      if (const FunctionDecl *FD = Call->getDirectCallee())
        Callee = displayName(FD);
    return "if '" + (Callee.empty() ? std::string("this call") : Callee) +
           "' throws, '" + Handle + "' is never given back";
  }
  if (isa_and_nonnull<ReturnStmt>(At))
    return "'" + Handle + "' is not given back on this return";
  if (isa_and_nonnull<BreakStmt>(At))
    return "'" + Handle + "' is not given back on this break";
  if (isa_and_nonnull<ContinueStmt>(At))
    return "'" + Handle + "' is not given back on this continue";
  if (isa_and_nonnull<GotoStmt>(At))
    return "'" + Handle + "' is not given back on this goto";
  return "'" + Handle + "' goes out of scope here without being given back";
}

/// Where the note for the leaking path points.
static SourceLocation exitLocation(const Stmt *At) {
  if (!At)
    return {};
  if (const auto *Block = dyn_cast<CompoundStmt>(At))
    return Block->getRBracLoc();
  if (const auto *Call = dyn_cast<CallExpr>(At))
    return Call->getExprLoc();
  return At->getBeginLoc();
}

void CheckoutWithoutCheckinCheck::checkLeak(const HeldScope &Scope,
                                            const LeakSite &Site,
                                            CheckContext &Ctx) {
  const SourceManager &SM = Ctx.AST.getSourceManager();
  const LangOptions &LO = Ctx.AST.getLangOpts();
  Finding F;
  F.CheckId = Id.str();
  F.Function = displayName(Ctx.Function);
  F.Where = Scope.BegunBy ? callSpan(Scope.BegunBy, Ctx.AST)
                          : spanOf(SM, LO, Scope.Begin);
  F.Message = "connection '" + Scope.HolderName + "' taken with " + Scope.How +
              " is not given back on every path";
  F.Notes.push_back({FindingNote::CallStep,
                     spanOf(SM, LO, exitLocation(Site.At)),
                     describeExit(Site.At, Site, Scope.HolderName)});
  attachReleaseConditions(F, Scope, Ctx);
  if (Site.OnlyIfThrows) {
    F.OnlyIfThrows.push_back(usrOf(Site.OnlyIfThrows));
    Ctx.TU.LinkNeeds.push_back(Site.OnlyIfThrows);
  }
  Ctx.Out.push_back(std::move(F));
}

} // namespace conncheck
