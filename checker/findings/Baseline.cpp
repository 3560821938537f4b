//===--- Baseline.cpp -----------------------------------------------------===//
#include "Baseline.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <map>
#include <nlohmann/json.hpp>

using nlohmann::ordered_json;

namespace conncheck {

static std::string relativeFile(const Finding &F, llvm::StringRef Root) {
  return relativePath(F.Where.File, Root).value_or(F.Where.File);
}

static std::string fingerprintOf(const Finding &F, llvm::StringRef Root,
                                 unsigned Version) {
  return Version < 2 ? messageFingerprint(F, relativeFile(F, Root))
                     : stableFingerprint(F, relativeFile(F, Root));
}

static llvm::SmallString<256> absoluteClean(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return Abs;
}

std::string relativeDirectory(llvm::StringRef From, llvm::StringRef To) {
  namespace path = llvm::sys::path;
  auto F = path::begin(From), FE = path::end(From);
  auto T = path::begin(To), TE = path::end(To);
  while (F != FE && T != TE && *F == *T) {
    ++F;
    ++T;
  }
  llvm::SmallString<256> Out;
  for (; F != FE; ++F)
    path::append(Out, "..");
  for (; T != TE; ++T)
    path::append(Out, *T);
  return Out.empty() ? "." : std::string(Out);
}

void writeBaseline(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
                   llvm::StringRef SourceRoot, llvm::StringRef BaselinePath) {
  // Sorted by fingerprint so that the file diffs well under review.
  std::map<std::string, ordered_json> Entries;
  for (const Finding &F : Findings) {
    std::string FP = fingerprintOf(F, SourceRoot, BaselineFormatVersion);
    auto [It, Inserted] = Entries.try_emplace(FP);
    if (!Inserted) {
      It->second["count"] = It->second["count"].get<unsigned>() + 1;
      continue;
    }
    // The message is for the reader of the file; matching ignores it.
    It->second = {{"fingerprint", FP},
                  {"check", F.CheckId},
                  {"file", relativeFile(F, SourceRoot)},
                  {"function", F.Function},
                  {"message", F.Message},
                  {"count", 1}};
  }
  ordered_json List = ordered_json::array();
  for (auto &[FP, Entry] : Entries)
    List.push_back(Entry);
  llvm::SmallString<256> Dir = absoluteClean(BaselinePath);
  llvm::sys::path::remove_filename(Dir);
  ordered_json Doc{{"conncheck-baseline", BaselineFormatVersion},
                   {"source-root", relativeDirectory(Dir, absoluteClean(SourceRoot))},
                   {"findings", List}};
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
  Known.Version = 1;
  if (Doc.contains("conncheck-baseline") &&
      Doc["conncheck-baseline"].is_number_unsigned())
    Known.Version = Doc["conncheck-baseline"].get<unsigned>();
  if (Known.Version > BaselineFormatVersion)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        File + ": a baseline of version " + llvm::Twine(Known.Version) +
            ", newer than this conncheck reads (" +
            llvm::Twine(BaselineFormatVersion) + ")");
  if (Known.Version >= 2 && Doc.contains("source-root") &&
      Doc["source-root"].is_string()) {
    llvm::SmallString<256> Root = absoluteClean(File);
    llvm::sys::path::remove_filename(Root);
    llvm::sys::path::append(Root, Doc["source-root"].get<std::string>());
    llvm::sys::path::remove_dots(Root, /*remove_dot_dot=*/true);
    Known.SourceRoot = std::string(Root);
  }
  for (const auto &Entry : Doc["findings"]) {
    if (!Entry.is_object() || !Entry.contains("fingerprint") ||
        !Entry["fingerprint"].is_string())
      return Fail("a finding without a 'fingerprint'");
    unsigned Count = 1;
    if (Entry.contains("count") && Entry["count"].is_number_unsigned())
      Count = Entry["count"].get<unsigned>();
    Known.Counts[Entry["fingerprint"].get<std::string>()] += Count;
    Known.Findings += Count;
  }
  return Known;
}

unsigned removeBaselined(std::vector<Finding> &Findings, Baseline Known,
                         llvm::StringRef SourceRoot) {
  size_t Before = Findings.size();
  llvm::erase_if(Findings, [&](const Finding &F) {
    auto It = Known.Counts.find(fingerprintOf(F, SourceRoot, Known.Version));
    if (It == Known.Counts.end() || It->second == 0)
      return false;
    --It->second;
    return true;
  });
  return Before - Findings.size();
}

std::string baselineRoot(const Baseline &Known, llvm::StringRef Given,
                         llvm::StringRef Default) {
  if (!Given.empty())
    return std::string(absoluteClean(Given));
  if (!Known.SourceRoot.empty())
    return Known.SourceRoot;
  return Default.str();
}

std::optional<std::string> unmatchedBaselineWarning(llvm::StringRef File,
                                                    const Baseline &Known,
                                                    unsigned Matched) {
  if (Matched || !Known.Findings)
    return std::nullopt;
  std::string Root = Known.SourceRoot.empty()
                         ? "the current directory"
                         : "'" + Known.SourceRoot + "'";
  return ("baseline '" + File + "' matches none of today's findings (it "
          "records " + llvm::Twine(Known.Findings) +
          ", with paths relative to " + Root +
          "): if they were all fixed, record it again with "
          "--write-baseline; else give the --source-root it was recorded "
          "with")
      .str();
}

} // namespace conncheck
