// RUN: %check_conncheck %s -- %cxxflags
//
// C++ REST SDK 2.10 (Debian's real headers, libcpprest-dev): http_client::
// request and http_response::extract_json return a pplx::task and only
// schedule the work; waiting on a task with get() or wait() blocks the
// calling thread (category wait: a task may be any asynchronous work).
// Transactions are libpqxx 6.4's.

#include <cpprest/http_client.h>
#include <pqxx/pqxx>

using web::http::http_response;
using web::http::methods;
using web::http::client::http_client;

void request_waited_with_get_in_work(pqxx::connection &c, http_client &client) {
  pqxx::work tx(c);
  pplx::task<http_response> pending = client.request(methods::GET, U("/rates/eur"));
  http_response resp = pending.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: slow wait call 'pplx::task::get' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE rates SET status = " + tx.quote(resp.status_code()));
  tx.commit();
}

void chained_get_in_work(pqxx::connection &c, http_client &client) {
  pqxx::work tx(c);
  auto body = client.request(methods::GET, U("/orders/42"))
                  .then([](http_response r) { return r.extract_string(); })
                  .get();
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: slow wait call 'pplx::task::get' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void void_task_waited_in_work(pqxx::connection &c, pplx::task<void> upload) {
  pqxx::work tx(c);
  upload.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow wait call 'pplx::task::wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Near misses: no finding. ---

void request_only_scheduled(pqxx::connection &c, http_client &client) {
  pqxx::work tx(c);
  tx.exec("UPDATE orders SET state = 'shipped'");
  client.request(methods::POST, U("/audit"), U("{}"), U("application/json"))
      .then([](http_response r) { return r.extract_json(); });
  tx.commit();
}

void waited_after_commit(pqxx::connection &c, http_client &client) {
  pplx::task<http_response> pending;
  {
    pqxx::work tx(c);
    pending = client.request(methods::GET, U("/rates/eur"));
    tx.exec("UPDATE rates SET fetching = true");
    tx.commit();
  }
  pending.get();
}

void done_check_does_not_wait(pqxx::connection &c, pplx::task<http_response> &t) {
  pqxx::work tx(c);
  if (t.is_done())
    tx.exec("UPDATE rates SET fresh = true");
  tx.commit();
}
