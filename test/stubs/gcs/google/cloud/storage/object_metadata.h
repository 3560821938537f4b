// Stub mirroring googleapis/google-cloud-cpp
// google/cloud/storage/object_metadata.h (v2.x), reduced to what conncheck's
// tests use.
#ifndef GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_OBJECT_METADATA_H
#define GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_OBJECT_METADATA_H

#include "google/cloud/storage/version.h"
#include <cstdint>
#include <string>

namespace google {
namespace cloud {
namespace storage {
GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_BEGIN

class ObjectMetadata {
 public:
  std::string const& name() const { return name_; }
  std::int64_t generation() const { return generation_; }
  std::uint64_t size() const { return size_; }

 private:
  std::string name_;
  std::int64_t generation_ = 0;
  std::uint64_t size_ = 0;
};

class BucketMetadata {
 public:
  std::string const& name() const { return name_; }

 private:
  std::string name_;
};

/// One source of a ComposeObject() call.
struct ComposeSourceObject {
  std::string object_name;
};

GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_END
}  // namespace storage
}  // namespace cloud
}  // namespace google

#endif  // GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_OBJECT_METADATA_H
