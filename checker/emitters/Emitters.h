//===--- Emitters.h - rendering findings: text, SARIF, CI annotations ----===//
//
// Emitters render Finding structs and nothing else; they are given findings
// already sorted, so output is deterministic.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_EMITTERS_EMITTERS_H
#define CONNCHECK_EMITTERS_EMITTERS_H

#include "../findings/Finding.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace conncheck {

/// A check as reports describe it.
struct RuleDescriptor {
  std::string Id;
  std::string Description;
  std::string HelpUri;
};

/// A translation unit that could not be analysed.
struct FailedUnit {
  std::string File;
  std::string Reason;
};

struct RunInfo {
  std::string ToolVersion;
  std::string InformationUri;
  /// Directory that result URIs are made relative to (SARIF %SRCROOT%).
  std::string SourceRoot;
  std::vector<RuleDescriptor> Rules;
  std::vector<FailedUnit> Failures;
};

/// How the text report looks.
struct TextOptions {
  /// clang's colours: the position and a warning's message in bold,
  /// "warning:" bold magenta, "note:" bold cyan, the caret bold green.
  bool Color = false;
};

/// clang-style: `file:line:col: warning: message [check]`, the source line
/// with a caret, then each note the same way.
void emitText(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
              const TextOptions &Options = {});

/// One SARIF 2.1.0 log for the whole run.
void emitSarif(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
               const RunInfo &Run);

/// GitLab's code quality report (a JSON array of issues).
void emitCodeQuality(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
                     llvm::StringRef SourceRoot);

/// GitHub Actions workflow commands, one `::warning` per finding, with
/// paths relative to \p SourceRoot (the repository checkout).
void emitGithub(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
                llvm::StringRef SourceRoot);

/// One self-contained HTML page: a summary by check and by file, then for
/// each finding the source of the function that holds the scope with the
/// held window shaded, and the chain down to the slow call. Source
/// excerpts are read from disk now.
void emitHtml(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
              const RunInfo &Run);

} // namespace conncheck

#endif
