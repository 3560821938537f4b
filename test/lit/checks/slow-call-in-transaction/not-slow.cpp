// RUN: %check_conncheck %s --rules %S/Inputs/not-slow.json -- %cxxflags
//
// A function, an overrider or a whole virtual method declared not slow --
// by a pack's `not-slow` or the `conncheck::not_slow` annotation -- is not
// searched for slow calls: what it reaches is, by the team's word, not a
// wait that matters (a cache that answers from memory on the path that
// runs, metrics sent in the background).

#include <pqxx/pqxx>
#include <curl/curl.h>
#include <string>

class RateLimiter {
public:
  virtual ~RateLimiter() = default;
  virtual bool check(const std::string &key) = 0;
};

class CacheRateLimiter : public RateLimiter {
public:
  explicit CacheRateLimiter(CURL *h) : h_(h) {}
  bool check(const std::string &) override { return curl_easy_perform(h_) == CURLE_OK; }

private:
  CURL *h_;
};

// Answers from memory; refreshes through HTTP only on a miss that the
// team has measured as rare.
class LocalRateLimiter : public RateLimiter {
public:
  explicit LocalRateLimiter(CURL *h) : h_(h) {}
  [[clang::annotate("conncheck::not_slow")]] bool
  check(const std::string &) override {
    return curl_easy_perform(h_) == CURLE_OK;
  }

private:
  CURL *h_;
};

// Every implementation queues and returns (the pack declares the whole
// virtual not slow).
class Metrics {
public:
  virtual ~Metrics() = default;
  virtual void flush() = 0;
};

class HttpMetrics : public Metrics {
public:
  explicit HttpMetrics(CURL *h) : h_(h) {}
  void flush() override { curl_easy_perform(h_); }

private:
  CURL *h_;
};

[[clang::annotate("conncheck::not_slow")]] void warmCache(CURL *h) {
  curl_easy_perform(h);
}

void place_order(pqxx::connection &c, RateLimiter &limiter) {
  pqxx::work tx(c);
  limiter.check("orders");
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: call to 'RateLimiter::check' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: 'RateLimiter::check' may run 'CacheRateLimiter::check'{{$}}
  // CHECK-MESSAGES: :[[@LINE-47]]:53: note: 'CacheRateLimiter::check' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Near misses: no finding. ---

void local_limiter(pqxx::connection &c, LocalRateLimiter &limiter) {
  pqxx::work tx(c);
  limiter.check("orders"); // the overrider itself, declared not slow
  tx.commit();
}

void metrics(pqxx::connection &c, Metrics &m) {
  pqxx::work tx(c);
  m.flush(); // every overrider, through the base declared not slow
  tx.commit();
}

void warm(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  warmCache(h);
  tx.commit();
}
