//===--- Exclusion.h - code a team does not own: --exclude ---------------===//
//
// A regex over paths (generated code, vendored libraries): functions in
// headers it matches are not analysed, and findings in files it matches are
// not reported. Units it matches are still analysed, so that a call from
// the team's code into a vendored helper that reaches a slow call is found.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_FINDINGS_EXCLUSION_H
#define CONNCHECK_FINDINGS_EXCLUSION_H

#include "Finding.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"

#include <memory>
#include <vector>

namespace conncheck {

class Exclusion {
public:
  /// An exclusion of nothing for an empty \p Pattern; an error for one that
  /// is not a valid regex.
  static llvm::Expected<Exclusion> create(llvm::StringRef Pattern);

  /// Whether \p Path, as written or made absolute, matches.
  bool excludes(llvm::StringRef Path) const;

  /// Removes the findings in excluded files; returns how many.
  unsigned removeExcluded(std::vector<Finding> &Findings) const;

private:
  std::shared_ptr<llvm::Regex> Pattern;
};

} // namespace conncheck

#endif
