// RUN: %check_conncheck %s -- %cxxflags
//
// drogon 1.9 (test/stubs/drogon/drogon/HttpClient.h mirrors the real
// header); transactions are drogon's and libpqxx 6.4's.

#include <drogon/HttpClient.h>
#include <drogon/orm/DbClient.h>
#include <pqxx/pqxx>

void sync_request_in_work(pqxx::connection &c, const drogon::HttpClientPtr &client,
                          const drogon::HttpRequestPtr &req) {
  pqxx::work tx(c);
  auto [result, resp] = client->sendRequest(req, 2.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: slow http call 'drogon::HttpClient::sendRequest' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+3]]:6: note: transaction 'tx' ends here
  if (result == drogon::ReqResult::Ok)
    tx.exec("UPDATE orders SET state = 'priced'");
  tx.commit();
}

void sync_request_in_drogon_transaction(const drogon::orm::DbClientPtr &db,
                                        const drogon::HttpClientPtr &client,
                                        const drogon::HttpRequestPtr &req) {
  auto tx = db->newTransaction();
  client->sendRequest(req);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow http call 'drogon::HttpClient::sendRequest' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: transaction on 'tx' begins here with 'drogon::orm::DbClient::newTransaction'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction on 'tx' ends here, where 'tx' goes out of scope
}

// --- Near misses: no finding. ---

void callback_request_in_work(pqxx::connection &c,
                              const drogon::HttpClientPtr &client,
                              const drogon::HttpRequestPtr &req) {
  pqxx::work tx(c);
  client->sendRequest(req, [](drogon::ReqResult, const drogon::HttpResponsePtr &) {});
  drogon::HttpReqCallback cb = [](drogon::ReqResult, const drogon::HttpResponsePtr &) {};
  client->sendRequest(req, cb, 5.0);
  tx.commit();
}

void sync_request_after_commit(pqxx::connection &c,
                               const drogon::HttpClientPtr &client,
                               const drogon::HttpRequestPtr &req) {
  {
    pqxx::work tx(c);
    tx.exec("UPDATE orders SET state = 'pricing'");
    tx.commit();
  }
  client->sendRequest(req, 2.0);
}
