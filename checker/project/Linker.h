//===--- Linker.h - the link step of whole-program analysis --------------===//
//
// Joins the facts of every translation unit: the summaries of all the
// functions they define form the whole-program call graph, over which the
// calls each unit left pending become findings (with the chain across
// files), and the findings that held only if a function defined elsewhere
// kept a handle are kept or dropped.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_PROJECT_LINKER_H
#define CONNCHECK_PROJECT_LINKER_H

#include "UnitFacts.h"

#include "llvm/ADT/ArrayRef.h"

namespace conncheck {

struct LinkStats {
  unsigned Units = 0;
  unsigned Functions = 0;
  unsigned Pending = 0;
  /// Pending calls that became findings.
  unsigned Resolved = 0;
  /// Conditional findings dropped: a function defined in another unit
  /// gave the handle back.
  unsigned Dropped = 0;
};

/// The findings of the whole program, unsorted. \p Units may come in any
/// order; the result does not depend on it.
std::vector<Finding> linkUnits(llvm::ArrayRef<UnitFacts> Units,
                               unsigned MaxChainLength = 16,
                               LinkStats *Stats = nullptr);

/// The in-house wrappers (`Db::beginTransaction()`) every unit found among
/// the functions it defines, by USR; where several units define one (an
/// inline function of a header), the first in file order speaks for it.
ProjectWrappers collectWrappers(llvm::ArrayRef<UnitFacts> Units);

/// What \p Unit would import from \p Wrappers: the wrapper effects of the
/// functions it asked about, as one key. A unit whose ImportsKey differs
/// must be analysed again with \p Wrappers for its report to be the one
/// the whole program as one file would give.
std::string importsKeyFor(const UnitFacts &Unit, const ProjectWrappers &Wrappers);

} // namespace conncheck

#endif
