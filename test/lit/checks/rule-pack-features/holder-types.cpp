// RUN: %check_conncheck %s --rules %S/Inputs/holder-types.json -- %cxxflags
//
// An acquire call that returns something other than what holds the
// connection (a future of it): "holder-types" names the type that holds
// it. A variable of that type initialised from an expression that makes
// the call holds the lease until it dies; the future does not.

#include <curl/curl.h>
#include <future>

namespace acme {
class Lease {
public:
  Lease(Lease &&);
  ~Lease();
  void query(const char *sql);
};
class Pool {
public:
  std::future<Lease> asyncGet();
};
} // namespace acme

void through_the_future(acme::Pool &pool, CURL *h) {
  acme::Lease lease = pool.asyncGet().get();
  lease.query("SELECT 1");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'lease' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-4]]:28: note: connection 'lease' taken from 'pool' here with 'acme::Pool::asyncGet'
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'lease' is given back here, where 'lease' goes out of scope
}

// --- Near misses: no finding. ---

// The lease dies at the end of its block.
void lease_in_a_block(acme::Pool &pool, CURL *h) {
  {
    acme::Lease lease = pool.asyncGet().get();
    lease.query("SELECT 1");
  }
  curl_easy_perform(h);
}

// The future is not the lease: nothing is held until it is redeemed.
void future_only(acme::Pool &pool, CURL *h) {
  std::future<acme::Lease> pending = pool.asyncGet();
  curl_easy_perform(h);
}
