// Stub mirroring googleapis/google-cloud-cpp google/cloud/storage/client.h.
// Signatures as at commit 142783053dffa6f071d5eaa8903ae7f1758e8def (every
// request is a template taking the optional request options last); the
// namespace as in v2.x: google::cloud::storage inside the versioned inline
// namespace GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_BEGIN opens (here v2_29_0).
// Declarations only: conncheck never links the tests.
#ifndef GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_CLIENT_H
#define GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_CLIENT_H

#include "google/cloud/status.h"
#include "google/cloud/status_or.h"
#include "google/cloud/storage/object_metadata.h"
#include "google/cloud/storage/object_read_stream.h"
#include "google/cloud/storage/object_rewriter.h"
#include "google/cloud/storage/object_write_stream.h"
#include "google/cloud/storage/version.h"
#include <string>
#include <vector>

namespace google {
namespace cloud {
namespace storage {
GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_BEGIN

/// Lazily fetched pages of object metadata: iterating makes the requests.
class ListObjectsReader {
 public:
  StatusOr<ObjectMetadata> const* begin() const { return nullptr; }
  StatusOr<ObjectMetadata> const* end() const { return nullptr; }
};

/// Request options (a few of them).
struct IfGenerationMatch {
  explicit IfGenerationMatch(std::int64_t v) : value(v) {}
  std::int64_t value;
};
struct ContentType {
  explicit ContentType(std::string v) : value(std::move(v)) {}
  std::string value;
};

class Client {
 public:
  Client() = default;
  static StatusOr<Client> CreateDefaultClient();

  template <typename... Options>
  StatusOr<BucketMetadata> CreateBucket(std::string bucket_name,
                                        BucketMetadata metadata,
                                        Options&&... options);
  template <typename... Options>
  StatusOr<BucketMetadata> GetBucketMetadata(std::string const& bucket_name,
                                             Options&&... options);
  template <typename... Options>
  Status DeleteBucket(std::string const& bucket_name, Options&&... options);

  template <typename... Options>
  StatusOr<ObjectMetadata> InsertObject(std::string const& bucket_name,
                                        std::string const& object_name,
                                        std::string contents,
                                        Options&&... options);
  template <typename... Options>
  StatusOr<ObjectMetadata> CopyObject(std::string source_bucket_name,
                                      std::string source_object_name,
                                      std::string destination_bucket_name,
                                      std::string destination_object_name,
                                      Options&&... options);
  template <typename... Options>
  StatusOr<ObjectMetadata> GetObjectMetadata(std::string const& bucket_name,
                                             std::string const& object_name,
                                             Options&&... options);
  template <typename... Options>
  ListObjectsReader ListObjects(std::string const& bucket_name,
                                Options&&... options);
  template <typename... Options>
  ObjectReadStream ReadObject(std::string const& bucket_name,
                              std::string const& object_name,
                              Options&&... options);
  template <typename... Options>
  ObjectWriteStream WriteObject(std::string const& bucket_name,
                                std::string const& object_name,
                                Options&&... options);
  template <typename... Options>
  StatusOr<ObjectMetadata> UploadFile(std::string const& file_name,
                                      std::string const& bucket_name,
                                      std::string const& object_name,
                                      Options&&... options);
  template <typename... Options>
  Status DownloadToFile(std::string const& bucket_name,
                        std::string const& object_name,
                        std::string const& file_name, Options&&... options);
  template <typename... Options>
  Status DeleteObject(std::string const& bucket_name,
                      std::string const& object_name, Options&&... options);
  template <typename... Options>
  StatusOr<ObjectMetadata> UpdateObject(std::string bucket_name,
                                        std::string object_name,
                                        ObjectMetadata metadata,
                                        Options&&... options);
  template <typename... Options>
  StatusOr<ObjectMetadata> ComposeObject(
      std::string bucket_name, std::vector<ComposeSourceObject> source_objects,
      std::string destination_object_name, Options&&... options);
  template <typename... Options>
  ObjectRewriter RewriteObject(std::string source_bucket_name,
                               std::string source_object_name,
                               std::string destination_bucket_name,
                               std::string destination_object_name,
                               Options&&... options);
  template <typename... Options>
  StatusOr<ObjectMetadata> RewriteObjectBlocking(
      std::string source_bucket_name, std::string source_object_name,
      std::string destination_bucket_name, std::string destination_object_name,
      Options&&... options);
};

GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_END
}  // namespace storage
}  // namespace cloud
}  // namespace google

#endif  // GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_CLIENT_H
