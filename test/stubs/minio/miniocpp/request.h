// Stub mirroring minio/minio-cpp include/miniocpp/request.h at tag v0.3.0,
// reduced to what conncheck's tests use.
#ifndef MINIO_CPP_REQUEST_H_INCLUDED
#define MINIO_CPP_REQUEST_H_INCLUDED

#include <string>

namespace minio::s3 {

struct BaseUrl {
  bool https = true;
  std::string host;
  unsigned int port = 0;
  std::string region;

  BaseUrl() = default;
  explicit BaseUrl(std::string host, bool https = true,
                   std::string region = {});
  ~BaseUrl() = default;
  explicit operator bool() const { return !host.empty(); }
};  // struct BaseUrl

}  // namespace minio::s3

#endif  // MINIO_CPP_REQUEST_H_INCLUDED
