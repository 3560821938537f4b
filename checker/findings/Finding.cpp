//===--- Finding.cpp ------------------------------------------------------===//
#include "Finding.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>

namespace conncheck {

static bool sameFinding(const Finding &A, const Finding &B) {
  if (A.sortKey() != B.sortKey() || A.Notes.size() != B.Notes.size())
    return false;
  for (size_t I = 0; I < A.Notes.size(); ++I)
    if (A.Notes[I].Where.key() != B.Notes[I].Where.key() ||
        A.Notes[I].Message != B.Notes[I].Message)
      return false;
  return true;
}

std::string stableFingerprint(const Finding &F, llvm::StringRef RelativeFile) {
  std::string Key = F.CheckId + "\n" + RelativeFile.str() + "\n" + F.Function +
                    "\n" + F.Message;
  return llvm::utohexstr(llvm::xxh3_64bits(llvm::StringRef(Key)), false, 16);
}

void sortAndUnique(std::vector<Finding> &Findings) {
  std::stable_sort(Findings.begin(), Findings.end(),
                   [](const Finding &A, const Finding &B) {
                     return A.sortKey() < B.sortKey();
                   });
  Findings.erase(std::unique(Findings.begin(), Findings.end(), sameFinding),
                 Findings.end());
}

} // namespace conncheck
