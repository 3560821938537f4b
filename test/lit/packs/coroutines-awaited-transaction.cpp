// RUN: %check_conncheck %s -- %cxxflags -std=c++20
//
// drogon 1.9 (test/stubs/drogon): co_await newTransactionCoro() takes a
// pooled connection for a transaction that commits when its last shared_ptr
// dies; rollback() ends it early.

#include <drogon/HttpClient.h>
#include <drogon/orm/DbClient.h>
#include <drogon/utils/coroutine.h>

#include <chrono>

drogon::Task<void> http_awaited_in_awaited_transaction(
    drogon::orm::DbClientPtr db, drogon::HttpClientPtr client,
    drogon::HttpRequestPtr req) {
  auto tx = co_await db->newTransactionCoro();
  co_await tx->execSqlCoro("UPDATE orders SET state = 'pricing' WHERE id = $1", 42);
  auto resp = co_await client->sendRequestCoro(req);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: slow http call 'drogon::internal::HttpRespAwaiter::await_suspend' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:26: note: transaction on 'tx' begins here with 'drogon::orm::DbClient::newTransactionCoro'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction on 'tx' ends here, where 'tx' goes out of scope
}

// --- Near misses: no finding. ---

drogon::Task<void> queries_only(drogon::orm::DbClientPtr db) {
  auto tx = co_await db->newTransactionCoro();
  co_await tx->execSqlCoro("UPDATE orders SET state = 'paid' WHERE id = $1", 42);
  co_await tx->execSqlCoro("INSERT INTO ledger(order_id) VALUES ($1)", 42);
}

drogon::Task<void> sleep_after_rollback(drogon::orm::DbClientPtr db,
                                        trantor::EventLoop *loop) {
  auto tx = co_await db->newTransactionCoro();
  tx->rollback();
  co_await drogon::sleepCoro(loop, std::chrono::seconds(1));
}
