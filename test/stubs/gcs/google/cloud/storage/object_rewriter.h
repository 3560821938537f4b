// Stub mirroring googleapis/google-cloud-cpp
// google/cloud/storage/object_rewriter.h (v2.x): RewriteObject() returns one;
// Iterate() and Result() do the copying.
#ifndef GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_OBJECT_REWRITER_H
#define GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_OBJECT_REWRITER_H

#include "google/cloud/status_or.h"
#include "google/cloud/storage/object_metadata.h"
#include "google/cloud/storage/version.h"
#include <cstdint>
#include <string>

namespace google {
namespace cloud {
namespace storage {
GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_BEGIN

struct RewriteProgress {
  std::uint64_t total_bytes_rewritten;
  std::uint64_t object_size;
  bool done;
};

class ObjectRewriter {
 public:
  ObjectRewriter() = default;
  /// Perform one iteration in the rewrite.
  StatusOr<RewriteProgress> Iterate();
  /// The current progress on the rewrite operation (no request).
  StatusOr<RewriteProgress> CurrentProgress() const { return progress_; }
  /// Iterate until the operation completes.
  StatusOr<ObjectMetadata> Result();
  std::string const& token() const { return token_; }

 private:
  RewriteProgress progress_{};
  std::string token_;
};

GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_END
}  // namespace storage
}  // namespace cloud
}  // namespace google

#endif  // GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_OBJECT_REWRITER_H
