// Stub mirroring minio/minio-cpp include/miniocpp/providers.h at tag v0.3.0,
// reduced to what conncheck's tests use.
#ifndef MINIO_CPP_PROVIDERS_H_INCLUDED
#define MINIO_CPP_PROVIDERS_H_INCLUDED

#include <string>

namespace minio::creds {

class Provider {
 public:
  Provider() = default;
  virtual ~Provider();
};  // class Provider

class StaticProvider : public Provider {
 public:
  StaticProvider(std::string access_key, std::string secret_key,
                 std::string session_token = {});
  virtual ~StaticProvider();
};  // class StaticProvider

}  // namespace minio::creds

#endif  // MINIO_CPP_PROVIDERS_H_INCLUDED
