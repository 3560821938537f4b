//===--- FactsCache.h - each unit's facts, kept between runs --------------===//
//
// A re-run of conncheck analyses again only the units whose facts may have
// changed, and links the facts of the others from the cache. An entry is
// stored under a key made of everything that decides a unit's facts except
// the files it reads (the tool, the packs, the options, the compile
// command, the main file, the wrappers it imported), and holds the digest
// of every file the unit read: it is used only while each of those files
// still has that content, as ccache's direct mode does.
//
// Entries are written whole or not at all (a rename), so concurrent and
// interrupted runs leave only whole entries; an entry that cannot be read
// is a miss, never an error. For front ends that link against the project
// without analysing it (the clang-tidy plugin), the cache also says which
// entry was the last one stored for each main file.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_PROJECT_FACTSCACHE_H
#define CONNCHECK_PROJECT_FACTSCACHE_H

#include "UnitFacts.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/VirtualFileSystem.h"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace conncheck {

/// A file a unit read, by absolute path, and a digest of its content.
struct FileDigest {
  std::string Path;
  uint64_t Digest = 0;
};

/// The digest a cache entry records for \p Content.
uint64_t contentDigest(llvm::StringRef Content);

/// Builds a cache key from the parts that decide a unit's facts; parts are
/// length-prefixed, so no two lists of parts give the same key text.
class CacheKeyBuilder {
public:
  CacheKeyBuilder &add(llvm::StringRef Part);
  /// A hex digest of every part added.
  std::string key() const;

private:
  std::string Text;
};

/// What a lookup found: the facts and the files they were made from.
struct CachedUnit {
  UnitFacts Facts;
  std::vector<std::string> Reads;
};

class FactsCache {
public:
  /// A cache in \p Dir (created on the first store), whose digests of the
  /// files units read are taken through \p FS.
  FactsCache(std::string Dir, llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS);

  const std::string &directory() const { return Dir; }

  /// The facts stored under \p Key, if every file they were made from
  /// still has the content it had; thread-safe.
  std::optional<CachedUnit> lookup(llvm::StringRef Key);

  /// Stores \p Unit under \p Key, made from the files \p Reads, and makes it
  /// the last entry of its main file; thread-safe.
  llvm::Error store(llvm::StringRef Key, const UnitFacts &Unit,
                    llvm::ArrayRef<FileDigest> Reads);

  /// Makes the entry under \p Key the last one of \p MainFile (a hit
  /// whose key differs from the one the main file had last).
  void markLatest(llvm::StringRef MainFile, llvm::StringRef Key);

  /// Removes the least recently used entries until the cache holds at
  /// most \p MaxBytes, and what interrupted runs left half-written.
  void prune(uint64_t MaxBytes);

  unsigned hits() const { return Hits; }
  unsigned misses() const { return Misses; }

private:
  std::optional<uint64_t> digestOf(llvm::StringRef Path);
  std::string entryPath(llvm::StringRef Key) const;
  std::string latestPath(llvm::StringRef MainFile) const;

  std::string Dir;
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS;
  /// Files are hashed once per run, however many units read them.
  std::mutex DigestsLock;
  llvm::StringMap<std::optional<uint64_t>> Digests;
  std::atomic<unsigned> Hits{0}, Misses{0};
};

/// The facts of the last entry stored for each main file in the cache at
/// \p Dir, for front ends that link against a project they do not analyse.
/// Entries of main files that no longer exist are left out, and so are
/// entries a conncheck of another facts format stored (counted in
/// \p Stale): a cache outlives upgrades, and a run refreshes them.
llvm::Expected<std::vector<UnitFacts>> loadLatestFacts(llvm::StringRef Dir,
                                                       unsigned *Stale = nullptr);

/// True when \p Dir looks like a conncheck cache (and not a facts
/// directory).
bool isFactsCache(llvm::StringRef Dir);

/// Removes every entry of the cache at \p Dir.
llvm::Error clearFactsCache(llvm::StringRef Dir);

} // namespace conncheck

#endif
