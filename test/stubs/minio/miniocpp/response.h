// Stub mirroring minio/minio-cpp include/miniocpp/response.h at tag v0.3.0,
// reduced to what conncheck's tests use (the MINIO_S3_DERIVE_FROM_* macros
// expanded by hand).
#ifndef MINIO_CPP_RESPONSE_H_INCLUDED
#define MINIO_CPP_RESPONSE_H_INCLUDED

#include <list>
#include <string>

namespace minio::s3 {

struct Response {
 public:
  int status_code = 0;
  std::string data;
  std::string code;
  std::string message;

  Response() = default;
  ~Response() = default;
  explicit operator bool() const { return code.empty(); }
};  // struct Response

struct PutObjectResponse : public Response {
  std::string etag;
  std::string version_id;
};  // struct PutObjectResponse

struct StatObjectResponse : public Response {
  size_t size = 0;
};  // struct StatObjectResponse

struct RemoveObjectResponse : public Response {};
struct DownloadObjectResponse : public Response {};
struct GetObjectResponse : public Response {};
struct UploadObjectResponse : public PutObjectResponse {};

struct Item : public Response {
  std::string name;
};  // struct Item

struct ListObjectsResponse : public Response {
  std::list<Item> contents;
  bool is_truncated = false;
};  // struct ListObjectsResponse

struct GetPresignedObjectUrlResponse : public Response {
  std::string url;
};  // struct GetPresignedObjectUrlResponse

}  // namespace minio::s3

#endif  // MINIO_CPP_RESPONSE_H_INCLUDED
