// Stub mirroring minio/minio-cpp include/miniocpp/baseclient.h at tag v0.3.0,
// reduced to what conncheck's tests use.
#ifndef MINIO_CPP_BASECLIENT_H_INCLUDED
#define MINIO_CPP_BASECLIENT_H_INCLUDED

#include <string>

#include "args.h"
#include "providers.h"
#include "request.h"
#include "response.h"

namespace minio::s3 {

class BaseClient {
 protected:
  BaseUrl base_url_;
  creds::Provider* const provider_ = nullptr;
  bool debug_ = false;
  bool ignore_cert_check_ = false;

 public:
  explicit BaseClient(BaseUrl base_url,
                      creds::Provider* const provider = nullptr);
  virtual ~BaseClient() = default;

  void Debug(bool flag) { debug_ = flag; }
  void IgnoreCertCheck(bool flag) { ignore_cert_check_ = flag; }

  GetObjectResponse GetObject(GetObjectArgs args);
  GetPresignedObjectUrlResponse GetPresignedObjectUrl(
      GetPresignedObjectUrlArgs args);
  RemoveObjectResponse RemoveObject(RemoveObjectArgs args);
  StatObjectResponse StatObject(StatObjectArgs args);
};  // class BaseClient

}  // namespace minio::s3

#endif  // MINIO_CPP_BASECLIENT_H_INCLUDED
