//===--- FactsCache.cpp - each unit's facts, kept between runs ------------===//
#include "FactsCache.h"
#include "FactsIO.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <utime.h>

namespace conncheck {
namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;
using json = nlohmann::json;

/// Bumped when the entry layout changes; entries of other versions are
/// misses. (The facts inside carry FactsFormatVersion of their own.)
constexpr unsigned CacheFormatVersion = 1;

uint64_t contentDigest(llvm::StringRef Content) {
  return llvm::xxh3_64bits(Content);
}

CacheKeyBuilder &CacheKeyBuilder::add(llvm::StringRef Part) {
  Text += std::to_string(Part.size());
  Text += ':';
  Text += Part;
  return *this;
}

std::string CacheKeyBuilder::key() const {
  auto Hash = llvm::SHA256::hash(llvm::arrayRefFromStringRef(Text));
  return llvm::toHex(Hash, /*LowerCase=*/true);
}

FactsCache::FactsCache(std::string Dir,
                       llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS)
    : Dir(std::move(Dir)), FS(std::move(FS)) {}

std::string FactsCache::entryPath(llvm::StringRef Key) const {
  llvm::SmallString<256> P(Dir);
  path::append(P, "entries", Key + ".facts");
  return std::string(P);
}

static std::string latestPathIn(llvm::StringRef Dir, llvm::StringRef MainFile) {
  llvm::SmallString<256> P(Dir);
  path::append(P, "latest",
               llvm::utohexstr(llvm::xxh3_64bits(MainFile), /*LowerCase=*/true));
  return std::string(P);
}

std::string FactsCache::latestPath(llvm::StringRef MainFile) const {
  return latestPathIn(Dir, MainFile);
}

std::optional<uint64_t> FactsCache::digestOf(llvm::StringRef Path) {
  {
    std::lock_guard<std::mutex> Lock(DigestsLock);
    auto It = Digests.find(Path);
    if (It != Digests.end())
      return It->second;
  }
  std::optional<uint64_t> Digest;
  if (auto Buffer = FS->getBufferForFile(Path, /*FileSize=*/-1,
                                         /*RequiresNullTerminator=*/false))
    Digest = contentDigest((*Buffer)->getBuffer());
  std::lock_guard<std::mutex> Lock(DigestsLock);
  Digests.try_emplace(Path, Digest);
  return Digest;
}

/// An entry is one line of JSON saying what the facts were made from, then
/// the facts as a facts file has them.
static std::optional<std::pair<json, llvm::StringRef>>
splitEntry(llvm::StringRef Text) {
  auto [Header, Facts] = Text.split('\n');
  try {
    json J = json::parse(Header.begin(), Header.end());
    if (!J.is_object() || J.value("conncheck-cache", 0u) != CacheFormatVersion)
      return std::nullopt;
    return std::make_pair(std::move(J), Facts);
  } catch (const std::exception &) {
    return std::nullopt;
  }
}

std::optional<CachedUnit> FactsCache::lookup(llvm::StringRef Key) {
  std::string Path = entryPath(Key);
  auto Miss = [&]() -> std::optional<CachedUnit> {
    ++Misses;
    return std::nullopt;
  };
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return Miss();
  auto Entry = splitEntry((*Buffer)->getBuffer());
  if (!Entry)
    return Miss();
  CachedUnit Found;
  try {
    for (const json &R : Entry->first.at("reads")) {
      std::string File = R.at(0).get<std::string>();
      uint64_t Recorded = 0;
      if (llvm::StringRef(R.at(1).get<std::string>()).getAsInteger(16, Recorded))
        return Miss();
      std::optional<uint64_t> Now = digestOf(File);
      if (!Now || *Now != Recorded)
        return Miss();
      Found.Reads.push_back(std::move(File));
    }
  } catch (const std::exception &) {
    return Miss();
  }
  auto Facts = parseUnitFacts(Entry->second, Path);
  if (!Facts) {
    llvm::consumeError(Facts.takeError());
    return Miss();
  }
  Found.Facts = std::move(*Facts);
  // Least recently used goes first when the cache is pruned.
  ::utime(Path.c_str(), nullptr);
  ++Hits;
  return Found;
}

/// Writes \p Path whole or not at all.
static llvm::Error writeWhole(llvm::StringRef Path,
                              llvm::function_ref<void(llvm::raw_ostream &)> Write) {
  if (std::error_code EC = fs::create_directories(path::parent_path(Path)))
    return llvm::createStringError(EC, "cannot create cache directory '" +
                                           path::parent_path(Path) +
                                           "': " + EC.message());
  if (auto Err = llvm::writeToOutput(Path, [&](llvm::raw_ostream &OS) {
        Write(OS);
        return llvm::Error::success();
      }))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "cannot write cache entry '" + Path +
                                       "': " + llvm::toString(std::move(Err)));
  return llvm::Error::success();
}

/// Marks \p Dir as a cache, so that backup tools and conncheck's own
/// --clear-cache know it for one (https://bford.info/cachedir/).
static void tagCacheDirectory(llvm::StringRef Dir) {
  llvm::SmallString<256> Tag(Dir);
  path::append(Tag, "CACHEDIR.TAG");
  if (fs::exists(Tag))
    return;
  (void)writeWhole(Tag, [](llvm::raw_ostream &OS) {
    OS << "Signature: 8a477f597d28d172789f06886806bc55\n"
          "# This directory is a cache of conncheck's per-unit facts.\n";
  });
}

llvm::Error FactsCache::store(llvm::StringRef Key, const UnitFacts &Unit,
                              llvm::ArrayRef<FileDigest> Reads) {
  tagCacheDirectory(Dir);
  json Header = {{"conncheck-cache", CacheFormatVersion},
                 {"file", Unit.File}};
  json &List = Header["reads"] = json::array();
  for (const FileDigest &R : Reads)
    List.push_back({R.Path, llvm::utohexstr(R.Digest, /*LowerCase=*/true)});
  if (auto Err = writeWhole(entryPath(Key), [&](llvm::raw_ostream &OS) {
        OS << Header.dump() << "\n";
        writeUnitFacts(OS, Unit);
      }))
    return Err;
  markLatest(Unit.File, Key);
  return llvm::Error::success();
}

void FactsCache::markLatest(llvm::StringRef MainFile, llvm::StringRef Key) {
  std::string Path = latestPath(MainFile);
  std::string Text = (Key + "\n" + MainFile + "\n").str();
  if (auto Current = llvm::MemoryBuffer::getFile(Path))
    if ((*Current)->getBuffer() == Text)
      return;
  // A front end that links against the cache reads the last entry of each
  // file; failing to say so only makes that entry older.
  llvm::consumeError(
      writeWhole(Path, [&](llvm::raw_ostream &OS) { OS << Text; }));
}

void FactsCache::prune(uint64_t MaxBytes) {
  struct Entry {
    std::string Path;
    uint64_t Size;
    std::chrono::system_clock::time_point Used;
  };
  llvm::SmallString<256> Entries(Dir);
  path::append(Entries, "entries");
  std::vector<Entry> All;
  auto Now = std::chrono::system_clock::now();
  std::error_code EC;
  for (fs::directory_iterator It(Entries, EC), End; It != End && !EC;
       It.increment(EC)) {
    fs::file_status Status;
    if (fs::status(It->path(), Status))
      continue;
    auto Used = Status.getLastModificationTime();
    // What a run killed mid-write left: a temporary file nobody renames.
    if (llvm::StringRef(It->path()).contains(".temp-stream-")) {
      if (Now - Used > std::chrono::hours(1))
        fs::remove(It->path());
      continue;
    }
    All.push_back({It->path(), Status.getSize(), Used});
  }
  std::sort(All.begin(), All.end(), [](const Entry &A, const Entry &B) {
    return A.Used != B.Used ? A.Used > B.Used : A.Path < B.Path;
  });
  uint64_t Kept = 0;
  for (const Entry &E : All) {
    Kept += E.Size;
    if (Kept > MaxBytes)
      fs::remove(E.Path);
  }
}

bool isFactsCache(llvm::StringRef Dir) {
  llvm::SmallString<256> Latest(Dir);
  path::append(Latest, "latest");
  return fs::is_directory(Latest);
}

llvm::Expected<std::vector<UnitFacts>> loadLatestFacts(llvm::StringRef Dir,
                                                       unsigned *Stale) {
  llvm::SmallString<256> Latest(Dir);
  path::append(Latest, "latest");
  std::vector<std::string> Files;
  std::error_code EC;
  for (fs::directory_iterator It(Latest, EC), End; It != End && !EC;
       It.increment(EC))
    Files.push_back(It->path());
  if (EC)
    return llvm::createStringError(EC, "cannot read the conncheck cache '" +
                                           Dir + "': " + EC.message());
  llvm::sort(Files);
  std::vector<UnitFacts> Units;
  for (const std::string &F : Files) {
    auto Pointer = llvm::MemoryBuffer::getFile(F);
    if (!Pointer)
      continue;
    auto [Key, Rest] = (*Pointer)->getBuffer().split('\n');
    llvm::StringRef MainFile = Rest.split('\n').first;
    if (!fs::exists(MainFile))
      continue;
    llvm::SmallString<256> EntryPath(Dir);
    path::append(EntryPath, "entries", Key + ".facts");
    auto Buffer = llvm::MemoryBuffer::getFile(EntryPath);
    if (!Buffer)
      continue; // pruned since
    auto Entry = splitEntry((*Buffer)->getBuffer());
    auto Facts = Entry ? parseUnitFacts(Entry->second, EntryPath)
                       : llvm::Expected<UnitFacts>(llvm::createStringError(
                             llvm::inconvertibleErrorCode(), "stale"));
    if (!Facts) {
      llvm::consumeError(Facts.takeError());
      if (Stale)
        ++*Stale;
      continue;
    }
    Units.push_back(std::move(*Facts));
  }
  return Units;
}

llvm::Error clearFactsCache(llvm::StringRef Dir) {
  if (!fs::exists(Dir))
    return llvm::Error::success();
  llvm::SmallString<256> Tag(Dir);
  path::append(Tag, "CACHEDIR.TAG");
  if (!fs::exists(Tag) && !isFactsCache(Dir))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "'" + Dir + "' is not a conncheck cache; not clearing it");
  for (const char *Sub : {"entries", "latest"}) {
    llvm::SmallString<256> P(Dir);
    path::append(P, Sub);
    if (std::error_code EC = fs::remove_directories(P))
      return llvm::createStringError(EC, "cannot clear '" + P +
                                             "': " + EC.message());
  }
  return llvm::Error::success();
}

} // namespace conncheck
