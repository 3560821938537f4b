//===--- CodeQualityEmitter.cpp - GitLab code quality report --------------===//
//
// GitLab's code quality artifact: a JSON array of issues (a subset of the
// Code Climate format) with a description, check name, fingerprint,
// severity and location (path relative to the repository, begin line).
//
//===----------------------------------------------------------------------===//
#include "Emitters.h"

#include <nlohmann/json.hpp>

using nlohmann::ordered_json;

namespace conncheck {

void emitCodeQuality(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
                     llvm::StringRef SourceRoot) {
  ordered_json Issues = ordered_json::array();
  for (const Finding &F : Findings) {
    std::string Path = relativePath(F.Where.File, SourceRoot).value_or(F.Where.File);
    std::string Description = F.Message;
    for (const FindingNote &N : F.Notes)
      Description += "; " + N.Message;
    Issues.push_back(
        {{"type", "issue"},
         {"check_name", F.CheckId},
         {"description", Description},
         {"categories", ordered_json::array({"Performance", "Bug Risk"})},
         {"severity", "major"},
         {"fingerprint", stableFingerprint(F, Path)},
         {"location", {{"path", Path}, {"lines", {{"begin", F.Where.Line}}}}}});
  }
  OS << Issues.dump(2) << "\n";
}

} // namespace conncheck
