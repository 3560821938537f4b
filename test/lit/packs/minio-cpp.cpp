// RUN: %check_conncheck %s -- %cxxflags
//
// minio-cpp (stub mirroring include/miniocpp/*.h at v0.3.0): every
// BaseClient/Client object call is a synchronous HTTP request, whether
// declared in minio::s3::Client (PutObject, UploadObject, DownloadObject,
// ListObjects) or in its base BaseClient (GetObject, StatObject,
// RemoveObject). Presigned URLs and the client settings are local. The held
// connection is a pooled Poco::Data session (Debian's real headers).

#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <miniocpp/client.h>

#include <sstream>
#include <string>

using Poco::Data::Keywords::now;

static minio::s3::StatObjectResponse stat(minio::s3::Client &s3,
                                          std::string const &name) {
  minio::s3::StatObjectArgs args;
  args.bucket = "exports";
  args.object = name;
  return s3.StatObject(args);
}

void put_while_session_is_held(Poco::Data::SessionPool &pool,
                               minio::s3::Client &s3) {
  Poco::Data::Session session(pool.get());
  session << "UPDATE exports SET state = 'uploading' WHERE id = 5", now;
  std::istringstream data("id,total\n5,10\n");
  minio::s3::PutObjectArgs put(data, 14, 0);
  put.bucket = "exports";
  put.object = "5.csv";
  s3.PutObject(put);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow storage call 'minio::s3::Client::PutObject' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-8]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+9]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
  minio::s3::UploadObjectArgs upload;
  upload.bucket = "exports";
  upload.object = "6.csv";
  upload.filename = "/tmp/6.csv";
  s3.UploadObject(upload);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow storage call 'minio::s3::Client::UploadObject' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-16]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
}

void base_client_calls_while_session_is_held(Poco::Data::SessionPool &pool,
                                             minio::s3::Client &s3) {
  Poco::Data::Session session(pool.get());
  minio::s3::GetObjectArgs get;
  get.bucket = "exports";
  get.object = "5.csv";
  s3.GetObject(get);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow storage call 'minio::s3::BaseClient::GetObject' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-6]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+14]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
  minio::s3::RemoveObjectArgs remove;
  remove.bucket = "exports";
  remove.object = "4.csv";
  s3.RemoveObject(remove);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow storage call 'minio::s3::BaseClient::RemoveObject' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-13]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+7]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
  if (stat(s3, "5.csv"))
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: call to 'stat' reaches a slow storage call ('minio::s3::BaseClient::StatObject') while pooled connection 'session' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-17]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE-45]]:13: note: 'stat' calls 'minio::s3::BaseClient::StatObject', a slow storage call{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
    session << "UPDATE exports SET present = true WHERE id = 5", now;
}

void download_and_list_while_session_is_held(Poco::Data::SessionPool &pool,
                                             minio::s3::Client &s3) {
  Poco::Data::Session session(pool.get());
  minio::s3::DownloadObjectArgs download;
  download.bucket = "exports";
  download.object = "5.csv";
  download.filename = "/tmp/5.csv";
  s3.DownloadObject(download);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow storage call 'minio::s3::Client::DownloadObject' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-7]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+8]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
  minio::s3::ListObjectsArgs list;
  list.bucket = "exports";
  for (minio::s3::ListObjectsResult r = s3.ListObjects(list); r; ++r)
    // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: slow storage call 'minio::s3::Client::ListObjects' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-13]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
    session << "INSERT INTO exported(name) VALUES ('" + (*r).name + "')", now;
}

// --- Near misses: no finding. ---

void local_calls_while_session_is_held(Poco::Data::SessionPool &pool,
                                       minio::s3::Client &s3) {
  Poco::Data::Session session(pool.get());
  s3.Debug(true);
  s3.IgnoreCertCheck(false);
  minio::s3::GetPresignedObjectUrlArgs args;
  args.bucket = "exports";
  args.object = "5.csv";
  args.expiry_seconds = 3600;
  minio::s3::GetPresignedObjectUrlResponse url = s3.GetPresignedObjectUrl(args);
  session << "UPDATE exports SET url = '" + url.url + "' WHERE id = 5", now;
}

void upload_after_the_session_is_closed(Poco::Data::SessionPool &pool,
                                        minio::s3::Client &s3) {
  Poco::Data::Session session(pool.get());
  session << "UPDATE exports SET state = 'uploading' WHERE id = 6", now;
  session.close();
  minio::s3::UploadObjectArgs upload;
  upload.bucket = "exports";
  upload.object = "6.csv";
  upload.filename = "/tmp/6.csv";
  s3.UploadObject(upload);
  stat(s3, "6.csv");
}
