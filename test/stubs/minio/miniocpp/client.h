// Stub mirroring minio/minio-cpp include/miniocpp/client.h at tag v0.3.0,
// reduced to what conncheck's tests use.
#ifndef MINIO_CPP_CLIENT_H_INCLUDED
#define MINIO_CPP_CLIENT_H_INCLUDED

#include <list>
#include <string>

#include "args.h"
#include "baseclient.h"
#include "providers.h"
#include "request.h"
#include "response.h"

namespace minio::s3 {

class Client;

class ListObjectsResult {
 private:
  Client* client_ = nullptr;
  ListObjectsArgs args_;
  ListObjectsResponse resp_;
  std::list<Item>::iterator itr_;

 public:
  ListObjectsResult(Client* const client, const ListObjectsArgs& args);
  ~ListObjectsResult() = default;

  Item& operator*() const { return *itr_; }
  explicit operator bool() const { return itr_ != resp_.contents.end(); }
  ListObjectsResult& operator++() {
    itr_++;
    return *this;
  }
};  // class ListObjectsResult

class Client : public BaseClient {
 public:
  explicit Client(BaseUrl& base_url, creds::Provider* const provider = nullptr);
  ~Client() = default;

  DownloadObjectResponse DownloadObject(DownloadObjectArgs args);
  ListObjectsResult ListObjects(ListObjectsArgs args);
  PutObjectResponse PutObject(PutObjectArgs args);
  UploadObjectResponse UploadObject(UploadObjectArgs args);
};  // class Client

}  // namespace minio::s3

#endif  // MINIO_CPP_CLIENT_H_INCLUDED
