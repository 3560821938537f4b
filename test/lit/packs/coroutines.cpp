// RUN: %check_conncheck %s -- %cxxflags -std=c++20
//
// C++20 coroutines: a transaction or a pooled connection held across a
// co_await of something slow stays held while the coroutine is suspended.
// co_await calls the awaiter's await_suspend; drogon 1.9's HttpRespAwaiter
// (client->sendRequestCoro(req)) resumes when the response arrives and its
// TimerAwaiter (drogon::sleepCoro) when the timer fires. co_await of a
// query (execSqlCoro) is the transaction's own work. drogon is stubbed
// (test/stubs/drogon); libpqxx 6.4 and SOCI 4.0 are Debian's real headers.

#include <drogon/HttpClient.h>
#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>
#include <pqxx/pqxx>
#include <soci/soci.h>

#include <chrono>
#include <memory>
#include <string>

using drogon::HttpClientPtr;
using drogon::HttpRequestPtr;
using drogon::Task;

// A coroutine one call below the transaction code.
Task<std::string> fetch_price(HttpClientPtr client, HttpRequestPtr req) {
  auto resp = co_await client->sendRequestCoro(req);
  co_return std::string(resp->body());
}

Task<void> http_awaited_in_work(pqxx::connection &c, HttpClientPtr client,
                                HttpRequestPtr req) {
  pqxx::work tx(c);
  tx.exec("UPDATE orders SET state = 'pricing' WHERE id = 42");
  auto resp = co_await client->sendRequestCoro(req, 5.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: slow http call 'drogon::internal::HttpRespAwaiter::await_suspend' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE orders SET price = " + tx.quote(std::string(resp->body())));
  tx.commit();
}

Task<void> sleep_awaited_in_drogon_transaction(drogon::orm::DbClientPtr db,
                                               trantor::EventLoop *loop) {
  auto tx = db->newTransaction();
  co_await tx->execSqlCoro("UPDATE jobs SET state = 'throttled' WHERE id = $1", 42);
  co_await drogon::sleepCoro(loop, std::chrono::milliseconds(500));
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: slow sleep call 'drogon::internal::TimerAwaiter::await_suspend' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: transaction on 'tx' begins here with 'drogon::orm::DbClient::newTransaction'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction on 'tx' ends here, where 'tx' goes out of scope
}

Task<void> sleep_awaited_while_leased(soci::connection_pool &pool,
                                      trantor::EventLoop *loop) {
  soci::session sql(pool);
  sql << "UPDATE jobs SET attempts = attempts + 1 WHERE id = 42";
  co_await drogon::sleepCoro(loop, 2.0);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: slow sleep call 'drogon::internal::TimerAwaiter::await_suspend' while pooled connection 'sql' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: connection 'sql' (soci::session) taken from 'pool' here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'sql' is given back here, where 'sql' goes out of scope
}

Task<void> awaited_helper_in_work(pqxx::connection &c, HttpClientPtr client,
                                  HttpRequestPtr req) {
  pqxx::work tx(c);
  std::string price = co_await fetch_price(client, req);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: call to 'fetch_price' reaches a slow http call ('drogon::internal::HttpRespAwaiter::await_suspend') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-42]]:24: note: 'fetch_price' calls 'drogon::internal::HttpRespAwaiter::await_suspend', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE orders SET price = " + tx.quote(price));
  tx.commit();
}

// --- Near misses: no finding. ---

Task<void> query_awaited_in_transaction(drogon::orm::DbClientPtr db) {
  auto tx = db->newTransaction();
  auto r = co_await tx->execSqlCoro("SELECT id FROM jobs WHERE state = $1", std::string("new"));
  if (!r.empty())
    co_await tx->execSqlCoro("UPDATE jobs SET state = 'taken' WHERE state = 'new'");
}

Task<void> http_awaited_after_commit(pqxx::connection &c, HttpClientPtr client,
                                     HttpRequestPtr req) {
  {
    pqxx::work tx(c);
    tx.exec("UPDATE orders SET state = 'pricing' WHERE id = 42");
    tx.commit();
  }
  auto resp = co_await client->sendRequestCoro(req);
  std::string price = co_await fetch_price(client, req);
}

Task<void> sleep_awaited_after_rollback(drogon::orm::DbClientPtr db,
                                        trantor::EventLoop *loop) {
  auto tx = db->newTransaction();
  co_await tx->execSqlCoro("UPDATE jobs SET state = 'throttled' WHERE id = $1", 42);
  tx->rollback();
  co_await drogon::sleepCoro(loop, 1.0);
}

Task<void> request_made_but_not_awaited_in_work(pqxx::connection &c,
                                                HttpClientPtr client,
                                                HttpRequestPtr req) {
  pqxx::work tx(c);
  // The callback form only schedules the request.
  client->sendRequest(req, [](drogon::ReqResult, const drogon::HttpResponsePtr &) {});
  tx.commit();
  co_return;
}
