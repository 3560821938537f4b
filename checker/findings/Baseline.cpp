//===--- Baseline.cpp -----------------------------------------------------===//
#include "Baseline.h"

#include "llvm/Support/MemoryBuffer.h"

#include <map>
#include <nlohmann/json.hpp>

using nlohmann::ordered_json;

namespace conncheck {

static std::string fingerprintOf(const Finding &F, llvm::StringRef Root) {
  return stableFingerprint(F, relativePath(F.Where.File, Root).value_or(F.Where.File));
}

void writeBaseline(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
                   llvm::StringRef SourceRoot) {
  // Sorted by fingerprint so that the file diffs well under review.
  std::map<std::string, ordered_json> Entries;
  for (const Finding &F : Findings) {
    std::string FP = fingerprintOf(F, SourceRoot);
    auto [It, Inserted] = Entries.try_emplace(FP);
    if (!Inserted) {
      It->second["count"] = It->second["count"].get<unsigned>() + 1;
      continue;
    }
    It->second = {{"fingerprint", FP},
                  {"check", F.CheckId},
                  {"file", relativePath(F.Where.File, SourceRoot)
                               .value_or(F.Where.File)},
                  {"function", F.Function},
                  {"message", F.Message},
                  {"count", 1}};
  }
  ordered_json List = ordered_json::array();
  for (auto &[FP, Entry] : Entries)
    List.push_back(Entry);
  ordered_json Doc{{"conncheck-baseline", 1}, {"findings", List}};
  OS << Doc.dump(2) << "\n";
}

llvm::Expected<Baseline> loadBaseline(llvm::StringRef File) {
  auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(),
                                   File + ": cannot read baseline: " +
                                       Buffer.getError().message());
  auto Fail = [&](const llvm::Twine &What) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   File + ": not a conncheck baseline: " + What);
  };
  ordered_json Doc;
  try {
    Doc = ordered_json::parse((*Buffer)->getBuffer().begin(),
                              (*Buffer)->getBuffer().end());
  } catch (const ordered_json::exception &E) {
    // A syntax error, or a number no JSON type holds (out_of_range).
    return Fail(E.what());
  }
  if (!Doc.is_object() || !Doc.contains("findings") ||
      !Doc["findings"].is_array())
    return Fail("expected an object with a 'findings' array");
  Baseline Known;
  for (const auto &Entry : Doc["findings"]) {
    if (!Entry.is_object() || !Entry.contains("fingerprint") ||
        !Entry["fingerprint"].is_string())
      return Fail("a finding without a 'fingerprint'");
    unsigned Count = 1;
    if (Entry.contains("count") && Entry["count"].is_number_unsigned())
      Count = Entry["count"].get<unsigned>();
    Known[Entry["fingerprint"].get<std::string>()] += Count;
  }
  return Known;
}

void removeBaselined(std::vector<Finding> &Findings, Baseline Known,
                     llvm::StringRef SourceRoot) {
  llvm::erase_if(Findings, [&](const Finding &F) {
    auto It = Known.find(fingerprintOf(F, SourceRoot));
    if (It == Known.end() || It->second == 0)
      return false;
    --It->second;
    return true;
  });
}

} // namespace conncheck
