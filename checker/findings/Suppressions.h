//===--- Suppressions.h - NOLINT comments, as clang-tidy reads them ------===//
//
// The standalone tool honours the same comments as clang-tidy (which
// applies them itself to the plugin's diagnostics):
//   // NOLINT                 this line, every check
//   // NOLINT(a,b*)           this line, checks matching the globs
//   // NOLINTNEXTLINE(...)    the next line
//   // NOLINTBEGIN(...) ... // NOLINTEND(...)   the lines between
// A finding is suppressed by a comment on the line of its warning.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_FINDINGS_SUPPRESSIONS_H
#define CONNCHECK_FINDINGS_SUPPRESSIONS_H

#include "Finding.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>
#include <vector>

namespace conncheck {

class NolintFilter {
public:
  /// Whether \p F is silenced by a NOLINT comment in its file.
  bool suppresses(const Finding &F);

private:
  struct FileLines {
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<llvm::StringRef> Lines;
  };
  llvm::StringMap<FileLines> Files;
  const FileLines *linesOf(const std::string &File);
};

/// Removes the suppressed findings; returns how many it removed.
unsigned removeSuppressed(std::vector<Finding> &Findings);

} // namespace conncheck

#endif
