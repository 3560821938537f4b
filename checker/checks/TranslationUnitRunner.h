//===--- TranslationUnitRunner.h - run the checks over one AST -----------===//
//
// Shared by both front ends: finds the function definitions to analyse,
// runs the held-scope dataflow over each, and hands every call made inside
// a held scope to the enabled checks.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_CHECKS_TRANSLATIONUNITRUNNER_H
#define CONNCHECK_CHECKS_TRANSLATIONUNITRUNNER_H

#include "../analysis/ScopeDataflow.h"
#include "ConnCheck.h"

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>
#include <vector>

namespace conncheck {

struct RunOptions {
  /// Which files' functions are analysed; all but system headers when
  /// unset. Functions in system headers never are.
  std::function<bool(const clang::SourceManager &, clang::FileID)> AnalyzeFile;
  DataflowLimits Limits;
  SummaryOptions Summaries;
  /// Wrappers defined in other units, from the link step's previous round.
  const ProjectWrappers *Imported = nullptr;
  /// Where to say what was skipped and why; null for silence.
  llvm::raw_ostream *Verbose = nullptr;
};

/// Analyses one translation unit: its findings, the calls it leaves to the
/// link step, and the summaries of its functions that other units (and the
/// link step) need.
void analyzeTranslationUnit(clang::ASTContext &AST,
                            const std::vector<rules::RulePack> &Packs,
                            llvm::ArrayRef<ConnCheck *> Checks,
                            const RunOptions &Options, UnitFacts &Out);

} // namespace conncheck

#endif
