// RUN: %check_conncheck %s -- %cxxflags -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT=1 -isystem %stubs/boost-mysql
//
// Boost.MySQL's connection pool (Boost 1.85+; stub mirroring boostorg/mysql
// include/boost/mysql/connection_pool.hpp at boost-1.85.0, over Debian's real
// Boost.Asio 1.74, whose clang detection of co_await needs the -D). A
// boost::mysql::pooled_connection holds a connection of its pool until it is
// destroyed or return_without_reset() gives it back. Acquisition is
// asynchronous: `co_await pool.async_get_connection(asio::use_awaitable)` in
// a coroutine, or the result of a future. The lease is known by the type of
// the variable that holds the connection; the note names that type as the
// declaration spells it (`mysql::pooled_connection` through the namespace
// alias, the full name for `auto`).
//
// The slow calls are libcurl's and std::this_thread::sleep_for. Awaiting an
// asynchronous operation is not a slow call.

#include <boost/mysql/connection_pool.hpp>
#include <boost/mysql/results.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <curl/curl.h>
#include <chrono>
#include <thread>
#include <utility>

namespace asio = boost::asio;
namespace mysql = boost::mysql;

asio::awaitable<void> sleep_in_a_coroutine(mysql::connection_pool &pool) {
  mysql::pooled_connection conn =
      co_await pool.async_get_connection(asio::use_awaitable);
  mysql::results r;
  co_await conn->async_execute("SELECT id FROM jobs WHERE ready = 1", r,
                               asio::use_awaitable);
  std::this_thread::sleep_for(std::chrono::milliseconds(250));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while pooled connection 'conn' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-7]]:28: note: connection 'conn' (mysql::pooled_connection) taken here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'conn' is given back here, where 'conn' goes out of scope
}

asio::awaitable<void> http_in_a_coroutine(mysql::connection_pool &pool,
                                          CURL *h) {
  auto conn = co_await pool.async_get_connection(asio::use_awaitable);
  mysql::results r;
  conn->execute("UPDATE feeds SET fetching = 1 WHERE id = 1", r);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'conn' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-5]]:8: note: connection 'conn' (boost::mysql::pooled_connection) taken here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'conn' is given back here, where 'conn' goes out of scope
}

void http_after_waiting_on_a_future(mysql::connection_pool &pool, CURL *h) {
  mysql::pooled_connection conn =
      pool.async_get_connection(asio::use_future).get();
  mysql::results r;
  conn->execute("UPDATE hooks SET sending = 1 WHERE id = 3", r);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'conn' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-6]]:28: note: connection 'conn' (mysql::pooled_connection) taken here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'conn' is given back here, where 'conn' goes out of scope
}

void returned_on_one_branch_only(mysql::connection_pool &pool, CURL *h,
                                 bool cached) {
  auto conn = pool.async_get_connection(asio::use_future).get();
  mysql::results r;
  conn->execute("UPDATE hits SET n = n + 1 WHERE page = 'home'", r);
  if (cached)
    conn.return_without_reset();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'conn' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-7]]:8: note: connection 'conn' (boost::mysql::pooled_connection) taken here; it is still held on some paths to the call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'conn' is given back here, where 'conn' goes out of scope
}

void held_by_a_by_value_parameter(mysql::pooled_connection conn, CURL *h) {
  mysql::results r;
  conn->execute("UPDATE exports SET state = 'uploading'", r);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'conn' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-5]]:60: note: connection 'conn' (mysql::pooled_connection, passed in by value) taken here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'conn' is still held when 'held_by_a_by_value_parameter' returns
}

// --- Near misses: no finding. ---

asio::awaitable<void> awaiting_is_not_blocking(mysql::connection_pool &pool) {
  auto conn = co_await pool.async_get_connection(asio::use_awaitable);
  mysql::results r;
  co_await conn->async_execute("UPDATE jobs SET claimed = 1 WHERE id = 9", r,
                               asio::use_awaitable);
  co_await conn->async_execute("UPDATE jobs SET done = 1 WHERE id = 9", r,
                               asio::use_awaitable);
}

asio::awaitable<void> returned_before_the_sleep(mysql::connection_pool &pool) {
  {
    auto conn = co_await pool.async_get_connection(asio::use_awaitable);
    mysql::results r;
    conn->execute("UPDATE jobs SET claimed = 0", r);
  } // back to the pool
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

void returned_without_reset(mysql::connection_pool &pool, CURL *h) {
  mysql::pooled_connection conn =
      pool.async_get_connection(asio::use_future).get();
  mysql::results r;
  conn->execute("SELECT 1", r);
  conn.return_without_reset(); // back to the pool, session state kept
  curl_easy_perform(h);
}

void connection_reference_is_the_callers(mysql::pooled_connection &conn,
                                         CURL *h) {
  // Whoever took it from the pool holds it; the finding belongs at their
  // call to us.
  mysql::results r;
  conn->execute("UPDATE hooks SET last_sent = 1", r);
  curl_easy_perform(h);
}

static void archive(mysql::pooled_connection conn) {
  mysql::results r;
  conn->execute("INSERT INTO archive SELECT * FROM rates", r);
}

// SQL text on the connection begins and ends a transaction on it.
void start_transaction_on_the_connection(mysql::connection_pool &pool, CURL *h) {
  auto conn = pool.async_get_connection(asio::use_future).get();
  mysql::results r;
  conn->execute("START TRANSACTION", r);
  conn->execute("UPDATE rates SET fetched = 1", r);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'conn' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: transaction on 'conn' begins here with SQL 'START TRANSACTION'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:9: note: transaction on 'conn' ends here
  conn->execute("COMMIT", r);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'conn' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-11]]:8: note: connection 'conn' (boost::mysql::pooled_connection) taken here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'conn' is given back here, where 'conn' goes out of scope
}

void connection_moved_into_a_callee(mysql::connection_pool &pool, CURL *h) {
  auto conn = pool.async_get_connection(asio::use_future).get();
  archive(std::move(conn)); // back to the pool when archive returns
  curl_easy_perform(h);
}

asio::awaitable<void> assigned_later(mysql::connection_pool &pool) {
  // Default-constructed: holds no connection until it is assigned one.
  mysql::pooled_connection conn;
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  conn = co_await pool.async_get_connection(asio::use_awaitable);
}
