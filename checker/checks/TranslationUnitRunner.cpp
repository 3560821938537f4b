//===--- TranslationUnitRunner.cpp ----------------------------------------===//
#include "TranslationUnitRunner.h"

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
  }
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

} // namespace

void analyzeTranslationUnit(ASTContext &AST,
                            const std::vector<rules::RulePack> &Packs,
                            llvm::ArrayRef<ConnCheck *> Checks,
                            const RunOptions &Options,
                            std::vector<Finding> &Out) {
  if (Checks.empty())
    return;
  FunctionCollector Collector(AST.getSourceManager(), Options);
  Collector.TraverseDecl(AST.getTranslationUnitDecl());

  rules::RoleCatalogue Roles(Packs);
  SlowCallSummaries Slow(AST, Roles, Options.Summaries);
  for (const FunctionDecl *FD : Collector.Functions) {
    CheckContext Ctx{AST, Slow, FD, Out};
    DataflowOutcome Outcome = analyzeHeldScopes(
        FD, AST, Roles, Options.Limits,
        [&](const Expr *Call, const HeldSet &Held) {
          for (ConnCheck *C : Checks)
            C->checkCallWhileHeld(Call, Held, Ctx);
        });
    if (Options.Verbose && (Outcome == DataflowOutcome::CfgFailed ||
                            Outcome == DataflowOutcome::OverBudget))
      *Options.Verbose << "conncheck: note: skipped '" << displayName(FD)
                       << "': " << outcomeReason(Outcome) << "\n";
  }
}

} // namespace conncheck
