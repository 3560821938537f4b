//===--- FactsIO.h - a translation unit's facts, on disk -----------------===//
//
// One JSON file per translation unit in a facts directory, so that the
// per-file step can run as separate processes (CI shards, build actions)
// and the link step once at the end. Files are written whole or not at all.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_PROJECT_FACTSIO_H
#define CONNCHECK_PROJECT_FACTSIO_H

#include "UnitFacts.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace conncheck {

/// Bumped whenever the format changes: a link step refuses other versions.
constexpr unsigned FactsFormatVersion = 5;

void writeUnitFacts(llvm::raw_ostream &OS, const UnitFacts &Unit);
llvm::Expected<UnitFacts> parseUnitFacts(llvm::StringRef Text,
                                         llvm::StringRef File);

/// Where the facts of the unit whose main file is \p MainFile go in \p Dir.
std::string factsPathFor(llvm::StringRef Dir, llvm::StringRef MainFile);

/// Writes \p Unit into \p Dir (created if missing).
llvm::Error saveUnitFacts(llvm::StringRef Dir, const UnitFacts &Unit);

/// Every unit's facts in \p Dir, in file-name order.
llvm::Expected<std::vector<UnitFacts>> loadFactsDirectory(llvm::StringRef Dir);

} // namespace conncheck

#endif
