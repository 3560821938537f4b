// RUN: %check_conncheck %s -- %cxxflags
//
// cpr 1.10 (C++ Requests; test/stubs/cpr mirrors the real headers): the free
// request functions (cpr::Get, cpr::Post, ...) and cpr::Session's request
// methods block until the response arrives. The *Async forms only submit the
// request and return a cpr::AsyncResponse (cpr::AsyncWrapper<Response>);
// waiting on it with get()/wait(), or wait_for/wait_until with a non-zero
// time, blocks. Transactions are libpqxx 6.4's (Debian's real headers).

#include <pqxx/pqxx>
#include <cpr/cpr.h>

#include <chrono>
#include <fstream>
#include <string>

using namespace std::chrono_literals;

// A helper one call below the transaction code.
long notify_webhook(const std::string &payload) {
  cpr::Response r = cpr::Post(cpr::Url{"https://hooks.example.com/orders"},
                              cpr::Body{payload},
                              cpr::Header{{"Content-Type", "application/json"}});
  return r.status_code;
}

void get_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  cpr::Response r = cpr::Get(cpr::Url{"http://inventory.internal/items/42"});
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: slow http call 'cpr::Get' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE items SET stock = " + tx.quote(r.text));
  tx.commit();
}

void post_with_timeout_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  cpr::Post(cpr::Url{"http://audit.internal/events"}, cpr::Body{"{}"},
            cpr::Timeout{1000});
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: slow http call 'cpr::Post' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void session_get_in_work(pqxx::connection &c) {
  cpr::Session session;
  session.SetUrl(cpr::Url{"http://pricing.internal/price/42"});
  session.SetTimeout(cpr::Timeout{std::chrono::seconds(2)});
  pqxx::work tx(c);
  cpr::Response r = session.Get();
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: slow http call 'cpr::Session::Get' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tx' ends here
  session.SetBody(cpr::Body{r.text});
  session.Post();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow http call 'cpr::Session::Post' while database transaction 'tx' is open
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void async_get_waited_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  cpr::AsyncResponse pending = cpr::GetAsync(cpr::Url{"http://rates.internal/eur"});
  tx.exec("UPDATE orders SET state = 'pricing'");
  cpr::Response r = pending.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: slow wait call 'cpr::AsyncWrapper::get' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void async_started_before_waited_in_work(pqxx::connection &c) {
  cpr::AsyncResponse pending = cpr::PostAsync(cpr::Url{"http://audit.internal/events"},
                                              cpr::Body{"{}"});
  pqxx::work tx(c);
  pending.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow wait call 'cpr::AsyncWrapper::wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void async_waited_with_a_real_timeout(pqxx::connection &c,
                                      cpr::AsyncResponse &pending) {
  pqxx::work tx(c);
  if (pending.wait_for(std::chrono::seconds(5)) == std::future_status::ready)
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: slow wait call 'cpr::AsyncWrapper::wait_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
    tx.exec("UPDATE orders SET notified = true");
  tx.commit();
}

void helper_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  tx.exec("UPDATE orders SET state = 'shipped'");
  notify_webhook("{\"order\":42}");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'notify_webhook' reaches a slow http call ('cpr::Post') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-82]]:21: note: 'notify_webhook' calls 'cpr::Post', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Near misses: no finding. ---

void async_submitted_only(pqxx::connection &c) {
  pqxx::work tx(c);
  tx.exec("UPDATE orders SET state = 'shipped'");
  // Submitted to cpr's thread pool; nothing waits for it here.
  cpr::AsyncResponse pending = cpr::PostAsync(cpr::Url{"http://audit.internal/events"},
                                              cpr::Body{"{}"});
  cpr::GetAsync(cpr::Url{"http://cache.internal/warm"});
  tx.commit();
}

void async_submitted_inside_waited_after_commit(pqxx::connection &c) {
  pqxx::work tx(c);
  cpr::AsyncResponse pending = cpr::GetAsync(cpr::Url{"http://rates.internal/eur"});
  tx.exec("UPDATE orders SET state = 'pricing'");
  tx.commit();
  cpr::Response r = pending.get();
}

void zero_timeout_only_polls(pqxx::connection &c, cpr::AsyncResponse &pending) {
  pqxx::work tx(c);
  if (pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    tx.exec("UPDATE orders SET notified = true");
  if (pending.wait_for(0ms) == std::future_status::ready)
    tx.exec("UPDATE orders SET notified = true");
  if (pending.wait_for(std::chrono::milliseconds::zero()) ==
      std::future_status::ready)
    tx.exec("UPDATE orders SET notified = true");
  tx.commit();
}

void validity_check_does_not_wait(pqxx::connection &c,
                                  cpr::AsyncResponse &pending) {
  pqxx::work tx(c);
  if (pending.valid())
    tx.exec("UPDATE orders SET pending = true");
  tx.commit();
}

void session_configured_inside(pqxx::connection &c, cpr::Session &session) {
  pqxx::work tx(c);
  auto row = tx.exec1("SELECT url FROM endpoints LIMIT 1");
  session.SetUrl(cpr::Url{row[0].c_str()});
  session.SetTimeout(cpr::Timeout{std::chrono::seconds(2)});
  session.SetHeader(cpr::Header{{"Accept", "application/json"}});
  tx.commit();
  session.Get();
}

void request_after_commit(pqxx::connection &c) {
  {
    pqxx::work tx(c);
    tx.exec("UPDATE orders SET state = 'shipped'");
    tx.commit();
  }
  cpr::Get(cpr::Url{"http://inventory.internal/items/42"});
  notify_webhook("{\"order\":42}");
}
