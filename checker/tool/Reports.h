//===--- Reports.h - which reports a run writes, and writing them --------===//
//
// One analysis, several reports: --format is repeatable, each
// '<format>:<file>' goes to its file and the one format that names no file
// to --output (or stdout). Mistakes are found before the analysis, as are
// outputs that could not be written: a report that fails at the end wastes
// the run.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_TOOL_REPORTS_H
#define CONNCHECK_TOOL_REPORTS_H

#include "ColorOption.h"
#include "../emitters/Emitters.h"

#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace conncheck {

/// A report a run writes: its format, and the file it goes to (empty or
/// "-": stdout).
struct ReportSpec {
  std::string Format;
  std::string File;
};

/// The reports \p Formats (the --format values) and \p OutputFile (-o)
/// ask for, or what is wrong with them.
llvm::Expected<std::vector<ReportSpec>>
reportSpecs(llvm::ArrayRef<std::string> Formats, llvm::StringRef OutputFile);

/// Why \p Path could not be written, or nothing if it can.
std::optional<std::string> unwritable(llvm::StringRef Path);

/// Writes every report, each whole or not at all, text in colour where
/// \p Color says; the errors of those that could not be written.
llvm::Error writeReports(llvm::ArrayRef<ReportSpec> Specs,
                         llvm::ArrayRef<Finding> Findings, const RunInfo &Run,
                         ColorMode Color);

} // namespace conncheck

#endif
