//===--- TranslationUnitRunner.cpp ----------------------------------------===//
#include "TranslationUnitRunner.h"

#include "../analysis/CalleeEffects.h"
#include "../analysis/Callables.h"
#include "../analysis/ExportedSummaries.h"

#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace conncheck {
namespace {

/// Collects the function definitions to analyse, template instantiations
/// and lambda bodies included, without descending into system headers.
class FunctionCollector : public RecursiveASTVisitor<FunctionCollector> {
public:
  FunctionCollector(const SourceManager &SM, const RunOptions &Options)
      : SM(SM), Options(Options) {}

  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitImplicitCode() const { return false; }

  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) && D->getLocation().isValid() &&
        SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
      return true; // nothing of ours in there
    return RecursiveASTVisitor::TraverseDecl(D);
  }

  bool VisitFunctionDecl(FunctionDecl *FD) {
    consider(FD);
    return true;
  }

  bool VisitLambdaExpr(LambdaExpr *LE) {
    consider(LE->getCallOperator());
    return true;
  }

  std::vector<const FunctionDecl *> Functions;

private:
  const SourceManager &SM;
  const RunOptions &Options;
  llvm::DenseMap<FileID, bool> FileVerdicts;

  void consider(const FunctionDecl *FD) {
    if (!FD || !FD->doesThisDeclarationHaveABody() || FD->isInvalidDecl() ||
        FD->isDependentContext())
      return;
    SourceLocation Loc = SM.getExpansionLoc(FD->getLocation());
    FileID File = SM.getFileID(Loc);
    auto [It, Inserted] = FileVerdicts.try_emplace(File, false);
    if (Inserted) {
      It->second = SM.getFileEntryRefForID(File) && !SM.isInSystemHeader(Loc) &&
                   (!Options.AnalyzeFile || Options.AnalyzeFile(SM, File));
    }
    if (It->second)
      Functions.push_back(FD);
    else if (const auto *M = dyn_cast<CXXMethodDecl>(FD);
             M && M->size_overridden_methods() &&
             M->isTemplateInstantiation() && SM.getFileEntryRefForID(File) &&
             !SM.isInSystemHeader(Loc))
      // An overrider instantiated here from a class template of a project
      // header: another unit's virtual call may run it, and only the units
      // that instantiate it can summarise it.
      HeaderOverriders.push_back(FD);
  }

public:
  std::vector<const FunctionDecl *> HeaderOverriders;
};

llvm::StringRef outcomeReason(DataflowOutcome O) {
  switch (O) {
  case DataflowOutcome::CfgFailed:
    return "no control-flow graph could be built";
  case DataflowOutcome::OverBudget:
    return "over the analysis budget";
  default:
    return "";
  }
}


/// Feeds analysis events to the checks; keeps one leak per handle (the
/// first in source order) so that a handle lost on three paths is one
/// finding.
class CheckDispatcher : public HeldScopeListener {
public:
  CheckDispatcher(llvm::ArrayRef<ConnCheck *> Checks, CheckContext &Ctx)
      : Checks(Checks), Ctx(Ctx) {}

  void onCall(const Expr *Call, const HeldSet &Held) override {
    for (ConnCheck *C : Checks)
      C->checkCallWhileHeld(Call, Held, Ctx);
  }

  void onLeak(const HeldScope &Scope, const LeakSite &Site) override {
    const SourceManager &SM = Ctx.AST.getSourceManager();
    // Order by where the path's note points (a call's name, not the start
    // of its object expression), which follows evaluation order:
    // in `pool.at(pos) << sql`, `at` comes before `<<`.
    SourceLocation Loc = Scope.Begin;
    if (Site.At)
      Loc = isa<CallExpr>(Site.At) && !isa<CXXOperatorCallExpr>(Site.At)
                ? cast<CallExpr>(Site.At)->getExprLoc()
            : isa<CXXOperatorCallExpr>(Site.At)
                ? cast<CXXOperatorCallExpr>(Site.At)->getOperatorLoc()
            // The end of a block is where its closing brace is.
            : isa<CompoundStmt>(Site.At)
                ? cast<CompoundStmt>(Site.At)->getRBracLoc()
                : Site.At->getBeginLoc();
    for (Leak &L : Leaks) {
      if (L.Scope.Holder != Scope.Holder || L.Scope.BegunBy != Scope.BegunBy)
        continue;
      // The path a reader fixes first: a return or break that leaks before
      // an exception that does, a throw that surely happens before one that
      // the link step must confirm; then source order.
      unsigned Rank = rank(Site), Kept = rank(L.Site);
      if (Rank < Kept ||
          (Rank == Kept && SM.isBeforeInTranslationUnit(Loc, L.Loc))) {
        // The scope as it was on that path: what it had been handed to
        // there, not on the path reported first.
        L.Scope = Scope;
        L.Site = Site;
        L.Loc = Loc;
      }
      return;
    }
    Leaks.push_back({Scope, Site, Loc});
  }

  void finish() {
    for (const Leak &L : Leaks)
      for (ConnCheck *C : Checks)
        C->checkLeak(L.Scope, L.Site, Ctx);
  }

private:
  static unsigned rank(const LeakSite &Site) {
    if (Site.How == LeakSite::ScopeExit)
      return 0;
    return Site.OnlyIfThrows ? 2 : 1;
  }
  struct Leak {
    HeldScope Scope;
    LeakSite Site;
    SourceLocation Loc;
  };
  llvm::ArrayRef<ConnCheck *> Checks;
  CheckContext &Ctx;
  std::vector<Leak> Leaks;
};

/// Lambdas passed to callable-scope functions (`with_connection([&]{...})`)
/// run inside the scope: their analysis starts with it held.
llvm::DenseMap<const FunctionDecl *, HeldSet>
callableScopeSeeds(llvm::ArrayRef<const FunctionDecl *> Functions,
                   rules::RoleCatalogue &Roles) {
  llvm::DenseMap<const FunctionDecl *, HeldSet> Seeds;
  std::function<void(const Stmt *)> Walk = [&](const Stmt *S) {
    if (!S)
      return;
    if (const auto *Call = dyn_cast<CallExpr>(S))
      if (const rules::CallableScopeRule *Rule = Roles.callableScope(Call)) {
        if (const Expr *Callable = rules::callArg(Call, Rule->CallableArg))
          if (const FunctionDecl *Body = calledBody(Callable)) {
            HeldScope H;
            H.Kind = Rule->Kind;
            H.Holder = Body;
            H.BegunBy = Call;
            H.Begin = Call->getExprLoc();
            H.How = "'" + rules::qualifiedName(Call->getDirectCallee()) + "'";
            Seeds[Body].open(std::move(H));
          }
      }
    for (const Stmt *Child : S->children())
      Walk(Child);
  };
  for (const FunctionDecl *FD : Functions)
    Walk(FD->getBody());
  return Seeds;
}

} // namespace

void analyzeTranslationUnit(ASTContext &AST,
                            const std::vector<rules::RulePack> &Packs,
                            llvm::ArrayRef<ConnCheck *> Checks,
                            const RunOptions &Options, UnitFacts &Out) {
  if (Checks.empty())
    return;
  FunctionCollector Collector(AST.getSourceManager(), Options);
  Collector.TraverseDecl(AST.getTranslationUnitDecl());

  rules::RoleCatalogue Roles(Packs);
  CalleeEffects Ownership(AST, Roles, Options.Imported);
  TranslationUnitFacts Facts(AST, Roles, Ownership, Options.Summaries);
  auto Seeds = callableScopeSeeds(Collector.Functions, Roles);
  for (const FunctionDecl *FD : Collector.Functions) {
    // The library's or the pool's own code: its meaning is in the packs.
    if (Roles.implementsDescribedApi(FD)) {
      if (Options.Verbose)
        *Options.Verbose << "conncheck: note: skipped '" << displayName(FD)
                         << "': it implements an API a rule pack describes\n";
      continue;
    }
    CheckContext Ctx{AST, Facts.Slow, FD, Out.Findings, Facts};
    CheckDispatcher Dispatcher(Checks, Ctx);
    HeldSet Initial;
    if (auto It = Seeds.find(FD); It != Seeds.end())
      Initial = It->second;
    DataflowOutcome Outcome = analyzeHeldScopes(
        FD, AST, Roles, &Ownership, Options.Limits, Initial, Dispatcher);
    Dispatcher.finish();
    for (ConnCheck *C : Checks)
      C->checkFunction(Ctx);
    if (Outcome == DataflowOutcome::OverBudget)
      Out.OverBudget.push_back(displayName(FD));
    if (Options.Verbose && (Outcome == DataflowOutcome::CfgFailed ||
                            Outcome == DataflowOutcome::OverBudget))
      *Options.Verbose << "conncheck: note: skipped '" << displayName(FD)
                       << "': " << outcomeReason(Outcome) << "\n";
  }
  // Appended: a file built twice (two compile commands) is one unit.
  llvm::append_range(Out.Pending, Facts.Pending);
  std::vector<const FunctionDecl *> Extra = Facts.LinkNeeds;
  llvm::append_range(Extra, Collector.HeaderOverriders);
  llvm::append_range(Out.Functions,
                     exportSummaries(Collector.Functions, Extra, AST,
                                     Roles, Ownership));
  for (const auto &Usr : Ownership.askedWrappers())
    Out.AskedWrappers.push_back(Usr.getKey().str());
  llvm::sort(Out.AskedWrappers);
  Out.AskedWrappers.erase(
      std::unique(Out.AskedWrappers.begin(), Out.AskedWrappers.end()),
      Out.AskedWrappers.end());
}

} // namespace conncheck
