// RUN: %check_conncheck %s -- %cxxflags
//
// A scope guard that gives a connection back, or a smart pointer whose
// deleter does, owns the connection from there on: it cannot leak, and it
// is held until the guard dies, as a scoped capability is. A slow call in
// that window holds the pool's connection as surely as one before the
// guard.

#include <soci/soci.h>
#include <curl/curl.h>
#include <gsl/gsl>
#include <memory>

struct Conn;
class Pool {
public:
  [[clang::annotate("conncheck::acquire")]] Conn *acquire();
  [[clang::annotate("conncheck::release")]] void release(Conn *c);
};

void guarded_lease(soci::connection_pool &pool, CURL *h) {
  std::size_t pos = pool.lease();
  auto done = gsl::finally([&] { pool.give_back(pos); });
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'pos' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-4]]:26: note: connection 'pos' taken from 'pool' here with 'soci::connection_pool::lease'
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'pos' is given back here, where 'done' goes out of scope
}

void shared_with_deleter(Pool &pool, CURL *h) {
  std::shared_ptr<Conn> c(pool.acquire(), [&pool](Conn *p) { pool.release(p); });
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'c' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-3]]:32: note: connection 'c' taken from 'pool' here with 'Pool::acquire'
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'c' is given back here, where 'c' goes out of scope
}

void unique_with_deleter(Pool &pool, CURL *h, bool early) {
  auto giveBack = [&pool](Conn *p) { pool.release(p); };
  std::unique_ptr<Conn, decltype(giveBack)> c(pool.acquire(), giveBack);
  if (early)
    return; // the deleter gives it back: no leak
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'c' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-5]]:52: note: connection 'c' taken from 'pool' here with 'Pool::acquire'
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'c' is given back here, where 'c' goes out of scope
}

// --- Near misses: no finding. ---

// The guard's block ends before the call: given back there.
void guard_in_a_block(soci::connection_pool &pool, CURL *h) {
  {
    std::size_t pos = pool.lease();
    auto done = gsl::finally([&] { pool.give_back(pos); });
  }
  curl_easy_perform(h);
}

void shared_reset_first(Pool &pool, CURL *h) {
  std::shared_ptr<Conn> c(pool.acquire(), [&pool](Conn *p) { pool.release(p); });
  c.reset();
  curl_easy_perform(h);
}

// A deleter that does not give the connection back is no owner of it.
void deleter_only_logs(Pool &pool, CURL *h) {
  std::shared_ptr<Conn> c(pool.acquire(), [](Conn *) {});
  curl_easy_perform(h);
}
