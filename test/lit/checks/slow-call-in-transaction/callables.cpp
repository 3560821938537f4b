// RUN: %check_conncheck %s -- %cxxflags
//
// A lambda handed to a function that runs it before returning -- a standard
// algorithm, a project helper that calls its callable parameter -- runs
// inside the transaction the caller holds. One handed to a thread, to
// std::async or stored for later does not.

#include <pqxx/pqxx>
#include <curl/curl.h>
#include <algorithm>
#include <functional>
#include <future>
#include <thread>
#include <vector>

void for_each_item(pqxx::connection &c, CURL *h, const std::vector<int> &ids) {
  pqxx::work tx(c);
  std::for_each(ids.begin(), ids.end(), [&](int id) {
    tx.exec("UPDATE items SET seen = true WHERE id = " + std::to_string(id));
    curl_easy_perform(h);
  });
  // CHECK-MESSAGES: :[[@LINE-4]]:3: warning: call to 'std::for_each' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-6]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: 'std::for_each' calls 'lambda'{{$}}
  // CHECK-MESSAGES: :[[@LINE-5]]:5: note: 'lambda' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

template <typename F> void with_retries(int n, F &&attempt) {
  for (int i = 0; i < n; ++i)
    if (attempt())
      return;
}

void helper_runs_it(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  with_retries(3, [&] { return curl_easy_perform(h) == CURLE_OK; });
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'with_retries' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-9]]:9: note: 'with_retries' calls 'lambda'{{$}}
  // CHECK-MESSAGES: :[[@LINE-4]]:32: note: 'lambda' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Near misses: the lambda runs elsewhere or later. ---

std::vector<std::function<void()>> later;

void run_later(std::function<void()> f) { later.push_back(std::move(f)); }

void stored_for_later(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  run_later([h] { curl_easy_perform(h); });
  tx.commit();
}

void on_a_thread(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  std::thread t([h] { curl_easy_perform(h); });
  tx.commit();
  t.join();
}

void async_task(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  auto done = std::async(std::launch::async, [h] { curl_easy_perform(h); });
  tx.commit();
  done.wait();
}
