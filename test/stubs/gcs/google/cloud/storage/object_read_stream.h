// Stub mirroring googleapis/google-cloud-cpp
// google/cloud/storage/object_read_stream.h (v2.x): a std::basic_istream<char>
// whose reads download more of the object.
#ifndef GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_OBJECT_READ_STREAM_H
#define GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_OBJECT_READ_STREAM_H

#include "google/cloud/status.h"
#include "google/cloud/storage/version.h"
#include <istream>

namespace google {
namespace cloud {
namespace storage {
GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_BEGIN

class ObjectReadStream : public std::basic_istream<char> {
 public:
  ObjectReadStream() : std::basic_istream<char>(nullptr) {}
  ObjectReadStream(ObjectReadStream&& rhs) noexcept
      : std::basic_istream<char>(nullptr) {}
  ObjectReadStream(ObjectReadStream const&) = delete;
  ~ObjectReadStream() override = default;

  bool IsOpen() const { return false; }
  /// Terminate the download, possibly before completing it.
  void Close();
  Status const& status() const& { return status_; }

 private:
  Status status_;
};

GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_END
}  // namespace storage
}  // namespace cloud
}  // namespace google

#endif  // GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_OBJECT_READ_STREAM_H
