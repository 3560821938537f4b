// Stub mirroring googleapis/google-cloud-cpp
// google/cloud/storage/object_write_stream.h (v2.x): a std::basic_ostream<char>
// that uploads in chunks; Close() finalizes the upload.
#ifndef GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_OBJECT_WRITE_STREAM_H
#define GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_OBJECT_WRITE_STREAM_H

#include "google/cloud/status_or.h"
#include "google/cloud/storage/object_metadata.h"
#include "google/cloud/storage/version.h"
#include <ostream>

namespace google {
namespace cloud {
namespace storage {
GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_BEGIN

class ObjectWriteStream : public std::basic_ostream<char> {
 public:
  ObjectWriteStream() : std::basic_ostream<char>(nullptr) {}
  ObjectWriteStream(ObjectWriteStream&& rhs) noexcept
      : std::basic_ostream<char>(nullptr) {}
  ObjectWriteStream(ObjectWriteStream const&) = delete;
  ~ObjectWriteStream() override = default;

  bool IsOpen() const { return false; }
  /// Close the stream, finalizing the upload.
  void Close();
  StatusOr<ObjectMetadata> const& metadata() const& { return metadata_; }

 private:
  StatusOr<ObjectMetadata> metadata_;
};

GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_END
}  // namespace storage
}  // namespace cloud
}  // namespace google

#endif  // GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_OBJECT_WRITE_STREAM_H
