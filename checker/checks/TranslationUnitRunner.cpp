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

  void onScopeEnd(const HeldScope &Scope, const ScopeEndSite &Site) override {
    End E{Scope.Kind, Scope.Begin, Site, endLoc(Site)};
    if (E.Loc.isValid())
      Ends.push_back(E);
  }

  void onExit(const HeldSet &AtExit) override { HeldAtExit = AtExit; }

  void finish() {
    for (const Leak &L : Leaks)
      for (ConnCheck *C : Checks)
        C->checkLeak(L.Scope, L.Site, Ctx);
  }

  /// Adds to each finding the checks asked for the note on where its
  /// window ends. The end of a window is, of the places where the
  /// function stops holding the scope, the first at or after the
  /// finding's call in source order: the commit after the slow call
  /// rather than the rollback of an earlier error path, the closing brace
  /// of the lock's block. When none comes after the call, the function
  /// returns with it held (a member's transaction another method commits),
  /// the note is at its closing brace; when it ends only before the call
  /// in the text (a loop's back edge), at the first of those ends; a
  /// callable run inside its caller's scope holds it until the call that
  /// runs it returns.
  void addWindowEnds() {
    const SourceManager &SM = Ctx.AST.getSourceManager();
    const LangOptions &LO = Ctx.AST.getLangOpts();
    auto Before = [&](SourceLocation A, SourceLocation B) {
      return SM.isBeforeInTranslationUnit(SM.getExpansionLoc(A),
                                          SM.getExpansionLoc(B));
    };
    for (const WindowRequest &R : Ctx.Windows) {
      Finding &F = R.Pending ? Ctx.TU.Pending[R.Index].Partial : Ctx.Out[R.Index];
      const HeldScope &S = R.Scope;
      SourceLocation CallAt = R.Call->getBeginLoc();
      const End *After = nullptr, *First = nullptr;
      for (const End &E : Ends) {
        if (E.Kind != S.Kind || E.Begin != S.Begin)
          continue;
        if (!First || Before(E.Loc, First->Loc))
          First = &E;
        if (!Before(E.Loc, CallAt) && (!After || Before(E.Loc, After->Loc)))
          After = &E;
      }
      ScopeEndPlace Place;
      Place.Function = displayName(Ctx.Function);
      SourceSpan Where;
      const End *Chosen = After;
      if (S.Holder == Ctx.Function && S.BegunBy) {
        Place.How = ScopeEndPlace::CallerReturns;
        Where = spanOf(SM, LO, S.BegunBy->getEndLoc());
      } else if (!After && HeldAtExit.find(S.Holder, S.Kind)) {
        Place.How = ScopeEndPlace::StillHeldAtReturn;
        Where = spanOf(SM, LO, Ctx.Function->getBody()->getEndLoc());
      } else {
        Chosen = After ? After : First;
      }
      if (Chosen) {
        const ScopeEndSite &Site = Chosen->Site;
        if (Site.How == ScopeEndSite::Destroyed) {
          Place.How = ScopeEndPlace::Destroyed;
          Place.Var = Site.Var->getNameAsString();
          Where = spanOf(SM, LO, Chosen->Loc);
        } else if (isa<CallExpr>(Site.At) || isa<CXXConstructExpr>(Site.At)) {
          Where = callSpan(cast<Expr>(Site.At), Ctx.AST);
        } else {
          if (isa<ReturnStmt>(Site.At))
            Place.How = ScopeEndPlace::Returned;
          Where = spanOf(SM, LO, Site.At->getBeginLoc(), Site.At->getEndLoc());
        }
      }
      if (!Where.valid())
        continue;
      F.Notes.push_back({FindingNote::ScopeEnd, Where, scopeEndNote(S, Place)});
    }
  }

private:
  /// Where a note on an end points: the called name of a call, the
  /// closing brace of a block whose end destroys the holder, else the
  /// statement's start.
  static SourceLocation endLoc(const ScopeEndSite &Site) {
    if (const auto *Block = dyn_cast<CompoundStmt>(Site.At))
      return Block->getRBracLoc();
    if (const auto *Call = dyn_cast<CallExpr>(Site.At);
        Call && !isa<CXXOperatorCallExpr>(Call))
      return Call->getExprLoc();
    return Site.At->getBeginLoc();
  }
  struct End {
    rules::ScopeKind Kind;
    SourceLocation Begin;
    ScopeEndSite Site;
    SourceLocation Loc;
  };
  std::vector<End> Ends;
  HeldSet HeldAtExit;

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
    Dispatcher.addWindowEnds();
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
