// RUN: %check_conncheck %s -- %cxxflags
//
// AWS SDK for C++ 1.11, S3 (test/stubs/aws mirrors the real headers): the
// synchronous S3Client operations are network round trips (category
// storage). PutObjectAsync and the *Callable forms only submit the request;
// waiting on a Callable's std::future is a std::future wait. Presigning a URL
// and building requests are local. Transactions are libpqxx 6.4's (Debian's
// real headers).

#include <pqxx/pqxx>
#include <aws/core/utils/memory/AWSMemory.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/DeleteObjectRequest.h>
#include <aws/s3/model/GetObjectRequest.h>
#include <aws/s3/model/HeadObjectRequest.h>
#include <aws/s3/model/PutObjectRequest.h>

#include <memory>
#include <sstream>
#include <string>

// A storage wrapper as applications write them: the S3 call is one call
// below the method the transaction code calls.
class ImageStore {
public:
  ImageStore(std::shared_ptr<Aws::S3::S3Client> s3, Aws::String bucket)
      : s3_(std::move(s3)), bucket_(std::move(bucket)) {}

  bool save(const Aws::String &key, const std::string &bytes) {
    Aws::S3::Model::PutObjectRequest req;
    req.SetBucket(bucket_);
    req.SetKey(key);
    req.SetContentType("image/jpeg");
    req.SetBody(Aws::MakeShared<std::stringstream>("ImageStore", bytes));
    return s3_->PutObject(req).IsSuccess();
  }

  bool remove(const Aws::String &key) {
    Aws::S3::Model::DeleteObjectRequest req;
    req.WithBucket(bucket_).WithKey(key);
    return s3_->DeleteObject(req).IsSuccess();
  }

  // Local: signs a URL, makes no request.
  Aws::String url_for(const Aws::String &key) {
    return s3_->GeneratePresignedUrl(bucket_, key,
                                     Aws::Http::HttpMethod::HTTP_GET, 3600);
  }

private:
  std::shared_ptr<Aws::S3::S3Client> s3_;
  Aws::String bucket_;
};

void put_in_work(pqxx::connection &c, const Aws::S3::S3Client &s3) {
  pqxx::work tx(c);
  tx.exec("UPDATE documents SET state = 'uploading' WHERE id = 42");
  Aws::S3::Model::PutObjectRequest req;
  req.SetBucket("documents");
  req.SetKey("42.pdf");
  req.SetBody(Aws::MakeShared<std::stringstream>("test", "%PDF-1.7"));
  auto outcome = s3.PutObject(req);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: slow storage call 'Aws::S3::S3Client::PutObject' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: transaction 'tx' ends here
  if (outcome.IsSuccess())
    tx.commit();
}

void get_and_head_in_work(pqxx::connection &c,
                          std::shared_ptr<Aws::S3::S3Client> s3) {
  pqxx::work tx(c);
  Aws::S3::Model::HeadObjectRequest head;
  head.WithBucket("documents").WithKey("42.pdf");
  auto meta = s3->HeadObject(head);
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: slow storage call 'Aws::S3::S3Client::HeadObject' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+10]]:6: note: transaction 'tx' ends here
  Aws::S3::Model::GetObjectRequest get;
  get.WithBucket("documents").WithKey("42.pdf");
  auto object = s3->GetObject(get);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: slow storage call 'Aws::S3::S3Client::GetObject' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-11]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+4]]:6: note: transaction 'tx' ends here
  if (meta.IsSuccess() && object.IsSuccess())
    tx.exec("UPDATE documents SET size = " +
            std::to_string(meta.GetResult().GetContentLength()));
  tx.commit();
}

void delete_in_work(pqxx::connection &c, Aws::S3::S3Client &s3) {
  pqxx::work tx(c);
  tx.exec("DELETE FROM documents WHERE id = 42");
  Aws::S3::Model::DeleteObjectRequest req;
  req.SetBucket("documents");
  req.SetKey("42.pdf");
  s3.DeleteObject(req);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow storage call 'Aws::S3::S3Client::DeleteObject' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void callable_waited_in_work(pqxx::connection &c, const Aws::S3::S3Client &s3,
                             const Aws::S3::Model::PutObjectRequest &req) {
  pqxx::work tx(c);
  auto outcome = s3.PutObjectCallable(req).get();
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: slow wait call 'std::future::get' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: transaction 'tx' ends here
  if (outcome.IsSuccess())
    tx.commit();
}

void image_store_in_work(pqxx::connection &c, ImageStore &images,
                         const std::string &jpeg) {
  pqxx::work tx(c);
  tx.exec("INSERT INTO avatars (user_id, key) VALUES (42, 'u42.jpg')");
  if (!images.save("u42.jpg", jpeg))
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: call to 'ImageStore::save' reaches a slow storage call ('Aws::S3::S3Client::PutObject') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE-87]]:17: note: 'ImageStore::save' calls 'Aws::S3::S3Client::PutObject', a slow storage call{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:5: note: transaction 'tx' ends here, where 'tx' goes out of scope
    return;
  tx.commit();
}

void image_store_remove_in_work(pqxx::connection &c, ImageStore &images) {
  pqxx::work tx(c);
  tx.exec("DELETE FROM avatars WHERE user_id = 42");
  images.remove("u42.jpg");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: call to 'ImageStore::remove' reaches a slow storage call ('Aws::S3::S3Client::DeleteObject') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-93]]:17: note: 'ImageStore::remove' calls 'Aws::S3::S3Client::DeleteObject', a slow storage call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Near misses: no finding. ---

void async_put_only_submits(pqxx::connection &c, const Aws::S3::S3Client &s3,
                            const Aws::S3::Model::PutObjectRequest &req) {
  pqxx::work tx(c);
  tx.exec("UPDATE documents SET state = 'uploading' WHERE id = 42");
  s3.PutObjectAsync(req, [](const Aws::S3::S3Client *,
                            const Aws::S3::Model::PutObjectRequest &,
                            const Aws::S3::Model::PutObjectOutcome &,
                            const std::shared_ptr<const Aws::Client::AsyncCallerContext> &) {});
  tx.commit();
}

void callable_not_waited_inside(pqxx::connection &c, const Aws::S3::S3Client &s3,
                                const Aws::S3::Model::PutObjectRequest &req) {
  pqxx::work tx(c);
  Aws::S3::Model::PutObjectOutcomeCallable pending = s3.PutObjectCallable(req);
  tx.exec("UPDATE documents SET state = 'uploading' WHERE id = 42");
  tx.commit();
  auto outcome = pending.get();
  (void)outcome;
}

void presigned_url_is_local(pqxx::connection &c, Aws::S3::S3Client &s3,
                            ImageStore &images) {
  pqxx::work tx(c);
  Aws::String url = s3.GeneratePresignedUrl("documents", "42.pdf",
                                            Aws::Http::HttpMethod::HTTP_GET, 600);
  Aws::String avatar = images.url_for("u42.jpg");
  tx.exec("UPDATE documents SET url = " + tx.quote(url) + ", avatar = " +
          tx.quote(avatar));
  tx.commit();
}

void request_building_is_local(pqxx::connection &c,
                               Aws::S3::Model::PutObjectRequest &req) {
  pqxx::work tx(c);
  auto row = tx.exec1("SELECT key, body FROM outbox LIMIT 1");
  req.SetBucket("documents");
  req.SetKey(Aws::String(row[0].c_str()));
  req.SetContentType("application/pdf");
  req.SetBody(Aws::MakeShared<std::stringstream>("test", row[1].c_str()));
  req.WithBucket("documents").WithKey("43.pdf");
  tx.commit();
}

void upload_after_commit(pqxx::connection &c, const Aws::S3::S3Client &s3,
                         ImageStore &images, const std::string &jpeg) {
  {
    pqxx::work tx(c);
    tx.exec("INSERT INTO avatars (user_id, key) VALUES (42, 'u42.jpg')");
    tx.commit();
  }
  images.save("u42.jpg", jpeg);
  Aws::S3::Model::HeadObjectRequest head;
  head.WithBucket("avatars").WithKey("u42.jpg");
  s3.HeadObject(head);
}
