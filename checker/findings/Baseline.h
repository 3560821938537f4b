//===--- Baseline.h - report only what is new since a recorded baseline ---===//
//
// A baseline records the fingerprints of today's findings (check, file
// relative to the source root, enclosing function, message: no line
// numbers), so that matching survives unrelated edits. With a baseline, only
// findings beyond what it recorded are reported.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_FINDINGS_BASELINE_H
#define CONNCHECK_FINDINGS_BASELINE_H

#include "Finding.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <vector>

namespace conncheck {

/// Fingerprint -> how many findings carry it.
using Baseline = llvm::StringMap<unsigned>;

void writeBaseline(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
                   llvm::StringRef SourceRoot);
llvm::Expected<Baseline> loadBaseline(llvm::StringRef File);

/// Drops the findings the baseline already has (as many of each
/// fingerprint as it recorded).
void removeBaselined(std::vector<Finding> &Findings, Baseline Known,
                     llvm::StringRef SourceRoot);

} // namespace conncheck

#endif
