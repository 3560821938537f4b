// RUN: %check_conncheck %s -- %cxxflags
//
// The same request made synchronously, submitted asynchronously, and waited
// for, across libraries: an asynchronous submit is not slow, waiting on its
// result is. libcurl 7.88 (easy vs multi), cpr 1.10 (Get vs GetAsync and the
// AsyncResponse's get()), AWS SDK for C++ 1.11 S3 (PutObject vs
// PutObjectAsync / PutObjectCallable and its std::future), userver 2.x HTTP
// client (perform vs async_perform and the ResponseFuture), cpprestsdk 2.10
// (request's pplx::task). Stubs under test/stubs for cpr, aws and userver;
// Debian's real headers for libcurl, cpprestsdk and libpqxx 6.4.

// libcurl before cpprestsdk: cpprest defines a U(x) macro.
#include <curl/curl.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/PutObjectRequest.h>
#include <cpprest/http_client.h>
#include <cpr/cpr.h>
#include <pqxx/pqxx>
#include <userver/clients/http/client.hpp>

#include <memory>
#include <string>

namespace http = userver::clients::http;

void curl_easy_blocks_multi_does_not(pqxx::connection &c, CURL *easy,
                                     CURLM *multi) {
  pqxx::work tx(c);
  int running = 0;
  curl_multi_perform(multi, &running);
  curl_easy_perform(easy);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void cpr_async_waited(pqxx::connection &c) {
  pqxx::work tx(c);
  cpr::AsyncResponse pending = cpr::GetAsync(cpr::Url{"http://rates.internal/eur"});
  tx.exec("UPDATE rates SET fetching = true");
  cpr::Response r = pending.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: slow wait call 'cpr::AsyncWrapper::get' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void aws_callable_waited(pqxx::connection &c, Aws::S3::S3Client &s3,
                         const Aws::S3::Model::PutObjectRequest &req) {
  pqxx::work tx(c);
  Aws::S3::Model::PutObjectOutcomeCallable pending = s3.PutObjectCallable(req);
  tx.exec("UPDATE documents SET state = 'uploading'");
  Aws::S3::Model::PutObjectOutcome outcome = pending.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: slow wait call 'std::future::get' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: transaction 'tx' ends here
  if (outcome.IsSuccess())
    tx.commit();
}

void aws_sync_put(pqxx::connection &c, Aws::S3::S3Client &s3,
                  const Aws::S3::Model::PutObjectRequest &req) {
  pqxx::work tx(c);
  s3.PutObject(req);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow storage call 'Aws::S3::S3Client::PutObject' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void userver_future_waited(pqxx::connection &c, http::Client &client) {
  pqxx::work tx(c);
  http::Request request = client.CreateRequest();
  request.get("http://rates.internal/eur");
  http::ResponseFuture pending = request.async_perform();
  tx.exec("UPDATE rates SET fetching = true");
  pending.Wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow http call 'userver::clients::http::ResponseFuture::Wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
  std::shared_ptr<http::Response> response = pending.Get();
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: slow http call 'userver::clients::http::ResponseFuture::Get' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-11]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void cpprest_task_waited(pqxx::connection &c,
                         web::http::client::http_client &client) {
  pqxx::work tx(c);
  auto pending = client.request(web::http::methods::GET, U("/rates/eur"));
  pending.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow wait call 'pplx::task::wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Near misses: no finding. ---

void submitted_only(pqxx::connection &c, Aws::S3::S3Client &s3,
                    const Aws::S3::Model::PutObjectRequest &req,
                    http::Client &client, CURLM *multi) {
  pqxx::work tx(c);
  tx.exec("UPDATE documents SET state = 'uploading'");
  cpr::GetAsync(cpr::Url{"http://cache.internal/warm"});
  s3.PutObjectAsync(req, [](const Aws::S3::S3Client *,
                            const Aws::S3::Model::PutObjectRequest &,
                            const Aws::S3::Model::PutObjectOutcome &,
                            const std::shared_ptr<const Aws::Client::AsyncCallerContext> &) {});
  Aws::S3::Model::PutObjectOutcomeCallable callable = s3.PutObjectCallable(req);
  http::Request request = client.CreateRequest();
  request.post("http://audit.internal/events", "{}");
  http::ResponseFuture audit = request.async_perform();
  int running = 0;
  curl_multi_perform(multi, &running);
  tx.commit();
}

void waited_after_commit(pqxx::connection &c, Aws::S3::S3Client &s3,
                         const Aws::S3::Model::PutObjectRequest &req,
                         http::Client &client) {
  pqxx::work tx(c);
  cpr::AsyncResponse rates = cpr::GetAsync(cpr::Url{"http://rates.internal/eur"});
  Aws::S3::Model::PutObjectOutcomeCallable upload = s3.PutObjectCallable(req);
  http::Request request = client.CreateRequest();
  request.get("http://rates.internal/usd");
  http::ResponseFuture usd = request.async_perform();
  tx.exec("UPDATE documents SET state = 'uploading'");
  tx.commit();
  rates.get();
  upload.get();
  usd.Get();
}

void async_results_checked_without_waiting(pqxx::connection &c,
                                           cpr::AsyncResponse &rates,
                                           Aws::S3::Model::PutObjectOutcomeCallable &upload) {
  pqxx::work tx(c);
  if (rates.valid() && upload.valid())
    tx.exec("UPDATE documents SET pending = true");
  rates.wait_for(std::chrono::seconds(0));
  upload.wait_for(std::chrono::milliseconds::zero());
  tx.commit();
}
