//===--- RunSummary.h - the line at the end of a text run -----------------===//
//
// As clang-tidy's "N warnings generated." and "Suppressed N warnings
// (N NOLINT).", on one line: the findings reported, by check; those
// suppressed, by what suppressed them; the units analysed and failed; the
// functions not analysed because they are over the analysis budget.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_TOOL_RUNSUMMARY_H
#define CONNCHECK_TOOL_RUNSUMMARY_H

#include "../findings/Finding.h"
#include "../project/UnitFacts.h"

#include "llvm/ADT/ArrayRef.h"

#include <map>
#include <string>

namespace conncheck {

struct RunSummary {
  /// Check id -> findings reported.
  std::map<std::string, unsigned> ByCheck;
  unsigned Reported = 0;
  unsigned Nolint = 0;
  unsigned Baselined = 0;
  unsigned Excluded = 0;
  unsigned Units = 0;
  unsigned Failed = 0;
  /// Distinct functions over the analysis budget, over every unit (a
  /// header's function analysed in two units is one).
  unsigned OverBudget = 0;

  /// The units' part: how many, how many failed, functions over budget.
  void countUnits(llvm::ArrayRef<UnitFacts> Units);
  /// The findings reported, by check.
  void countReported(llvm::ArrayRef<Finding> Findings);

  /// "3 warnings generated (2 conncheck-a, 1 conncheck-b). Suppressed 2
  /// warnings (1 NOLINT, 1 baseline). 4 units analysed, 1 failed. ..."
  std::string str() const;
};

} // namespace conncheck

#endif
