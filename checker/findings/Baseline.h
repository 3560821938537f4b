//===--- Baseline.h - report only what is new since a recorded baseline ---===//
//
// A baseline records the fingerprints of today's findings (stableFingerprint:
// the check, the file relative to the source root, the enclosing function,
// the call at the site and what is held there: no line numbers, nothing of
// what a chain reaches beyond the call), so that matching survives
// unrelated edits. With a baseline, only findings beyond what it recorded
// are reported.
//
// The baseline also records where the source root is, relative to the
// baseline file itself: a run from another directory, or from another
// checkout of the repository, matches the same findings.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_FINDINGS_BASELINE_H
#define CONNCHECK_FINDINGS_BASELINE_H

#include "Finding.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace conncheck {

/// The version conncheck writes. Version 1 (no "source-root", fingerprints
/// of the message: messageFingerprint) is still read.
inline constexpr unsigned BaselineFormatVersion = 2;

struct Baseline {
  unsigned Version = BaselineFormatVersion;
  /// The source root it was recorded against, absolute (resolved against
  /// the baseline's own directory); empty for version 1 baselines.
  std::string SourceRoot;
  /// Fingerprint -> how many findings carry it.
  llvm::StringMap<unsigned> Counts;
  /// How many findings it records.
  unsigned Findings = 0;
};

/// Writes a baseline of \p Findings, paths relative to \p SourceRoot, to be
/// stored at \p BaselinePath (which the root is recorded relative to).
void writeBaseline(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
                   llvm::StringRef SourceRoot, llvm::StringRef BaselinePath);
llvm::Expected<Baseline> loadBaseline(llvm::StringRef File);

/// Drops the findings the baseline already has (as many of each
/// fingerprint as it recorded), with paths relative to \p SourceRoot;
/// returns how many it dropped.
unsigned removeBaselined(std::vector<Finding> &Findings, Baseline Known,
                         llvm::StringRef SourceRoot);

/// The source root to match \p Known with: \p Given (--source-root) when
/// set, else the one the baseline recorded, else \p Default.
std::string baselineRoot(const Baseline &Known, llvm::StringRef Given,
                         llvm::StringRef Default);

/// A warning for a baseline that matched none of today's findings (it was
/// recorded against another source root, or every finding it holds was
/// fixed); nothing when it matched some, or records none.
std::optional<std::string> unmatchedBaselineWarning(llvm::StringRef File,
                                                    const Baseline &Known,
                                                    unsigned Matched);

/// The path of directory \p To relative to directory \p From (both
/// absolute): "." when they are the same, "../src" and so on.
std::string relativeDirectory(llvm::StringRef From, llvm::StringRef To);

} // namespace conncheck

#endif
