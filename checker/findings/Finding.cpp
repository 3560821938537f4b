//===--- Finding.cpp ------------------------------------------------------===//
#include "Finding.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
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

static std::string hashKey(const std::string &Key) {
  return llvm::utohexstr(llvm::xxh3_64bits(llvm::StringRef(Key)), false, 16);
}

std::string stableFingerprint(const Finding &F, llvm::StringRef RelativeFile) {
  if (F.Via.empty())
    return messageFingerprint(F, RelativeFile);
  // "via" cannot begin a message: the two kinds of key never meet.
  return hashKey(F.CheckId + "\n" + RelativeFile.str() + "\n" + F.Function +
                 "\nvia " + F.Via + "\n" + F.Held);
}

std::string messageFingerprint(const Finding &F, llvm::StringRef RelativeFile) {
  return hashKey(F.CheckId + "\n" + RelativeFile.str() + "\n" + F.Function +
                 "\n" + F.Message);
}

/// What makes two findings one cause: the check, the function, where the
/// held scope began and the call the chain ends at. Empty for findings
/// that are not about a chain through other functions.
static std::string causeKey(const Finding &F) {
  const FindingNote *Scope = nullptr, *Last = nullptr;
  for (const FindingNote &N : F.Notes) {
    if (N.Role == FindingNote::ScopeBegin && !Scope)
      Scope = &N;
    if (N.Role == FindingNote::CallStep)
      Last = &N;
  }
  if (!Scope || !Last || F.Via.empty())
    return {};
  auto Span = [](const SourceSpan &S) {
    return S.File + ":" + std::to_string(S.Line) + ":" + std::to_string(S.Column);
  };
  return F.CheckId + "\n" + F.Function + "\n" + Span(Scope->Where) + "\n" +
         Span(Last->Where);
}

static void mergeSameCause(std::vector<Finding> &Findings) {
  llvm::StringMap<size_t> First;
  std::vector<Finding> Out;
  for (Finding &F : Findings) {
    std::string Key = causeKey(F);
    if (Key.empty()) {
      Out.push_back(std::move(F));
      continue;
    }
    auto [It, Inserted] = First.try_emplace(Key, Out.size());
    if (Inserted) {
      Out.push_back(std::move(F));
      continue;
    }
    Out[It->second].Notes.push_back(
        {FindingNote::SameCause, F.Where,
         "the call to '" + F.Via + "' here reaches it too"});
  }
  Findings = std::move(Out);
}

void sortAndUnique(std::vector<Finding> &Findings) {
  std::stable_sort(Findings.begin(), Findings.end(),
                   [](const Finding &A, const Finding &B) {
                     return A.sortKey() < B.sortKey();
                   });
  Findings.erase(std::unique(Findings.begin(), Findings.end(), sameFinding),
                 Findings.end());
  mergeSameCause(Findings);
}

} // namespace conncheck
