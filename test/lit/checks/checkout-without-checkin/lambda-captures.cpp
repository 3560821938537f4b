// RUN: %check_conncheck %s -- %cxxflags
//
// A connection taken inside a lambda into a variable the lambda captures by
// reference is held by that variable once the lambda has run: a lambda
// called in place (test frameworks such as doctest wrap an assertion's
// statement in one), or handed to a function that calls it before it
// returns. The same variable must then be given back, and it is held across
// what follows.

#include <soci/soci.h>
#include <curl/curl.h>
#include <functional>
#include <vector>

// As doctest's REQUIRE_NOTHROW does when asserts return values.
#define REQUIRE_NOTHROW(...)                                                   \
  [&] {                                                                        \
    try {                                                                      \
      __VA_ARGS__;                                                             \
      return true;                                                             \
    } catch (...) {                                                            \
      return false;                                                            \
    }                                                                          \
  }()

template <class F> void runNow(F f) { f(); }

std::vector<std::function<void()>> queue;
template <class F> void runLater(F f) { queue.push_back(f); }

void taken_in_an_assertion(soci::connection_pool &pool, CURL *h) {
  std::size_t pos = 0;
  REQUIRE_NOTHROW(pos = pool.lease());
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'pos' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: connection 'pos' taken from 'pool' here with 'soci::connection_pool::lease'
  // CHECK-MESSAGES: :[[@LINE+1]]:8: note: connection 'pos' is given back here
  pool.give_back(pos);
}

void taken_in_place_and_lost(soci::connection_pool &pool, bool stale) {
  std::size_t pos = 0;
  [&] { pos = pool.lease(); }();
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: connection 'pos' taken with 'soci::connection_pool::lease' is not given back on every path [conncheck-checkout-without-checkin]
  if (stale)
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'pos' is not given back on this return
  pool.give_back(pos);
}

void taken_by_a_lambda_run_now(soci::connection_pool &pool, CURL *h) {
  std::size_t pos = 0;
  runNow([&] { pos = pool.lease(); });
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'pos' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: connection 'pos' taken from 'pool' here with 'soci::connection_pool::lease'
  // CHECK-MESSAGES: :[[@LINE+1]]:8: note: connection 'pos' is given back here
  pool.give_back(pos);
}

// --- Near misses: no finding. ---

// The lease itself throwing takes nothing: no leak on that path.
void taken_and_given_back(soci::connection_pool &pool, CURL *h) {
  std::size_t pos = 0;
  REQUIRE_NOTHROW(pos = pool.lease());
  pool.give_back(pos);
  curl_easy_perform(h);
}

// The lambda runs later, on whoever drains the queue.
void queued(soci::connection_pool &pool, CURL *h) {
  std::size_t pos = 0;
  runLater([&] { pos = pool.lease(); });
  curl_easy_perform(h);
}

// A copy of the variable is assigned, not the variable.
void captured_by_copy(soci::connection_pool &pool, CURL *h) {
  std::size_t pos = 0;
  [pos, &pool]() mutable {
    pos = pool.lease();
    pool.give_back(pos);
  }();
  curl_easy_perform(h);
}

// Given back inside the lambda too.
void given_back_inside(soci::connection_pool &pool, CURL *h) {
  std::size_t pos = 0;
  [&] {
    pos = pool.lease();
    pool.give_back(pos);
  }();
  curl_easy_perform(h);
}
