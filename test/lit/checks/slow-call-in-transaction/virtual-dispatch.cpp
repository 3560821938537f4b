// RUN: %check_conncheck %s -- %cxxflags
//
// A call through a base-class reference or pointer while a transaction is
// open may run any overrider the translation unit defines: when one of them
// reaches a slow call, the call is reported, and the notes say which
// overrider and how.

#include <pqxx/pqxx>
#include <curl/curl.h>
#include <memory>
#include <string>

class RateLimiter {
public:
  virtual ~RateLimiter() = default;
  virtual bool check(const std::string &key) = 0;
};

class MemoryRateLimiter : public RateLimiter {
public:
  bool check(const std::string &key) override { return !key.empty(); }
};

class CacheRateLimiter : public RateLimiter {
public:
  explicit CacheRateLimiter(CURL *h) : h_(h) {}
  bool check(const std::string &key) override { return roundTrip(key); }

private:
  bool roundTrip(const std::string &) { return curl_easy_perform(h_) == CURLE_OK; }
  CURL *h_;
};

void place_order(pqxx::connection &c, RateLimiter &limiter) {
  pqxx::work tx(c);
  if (!limiter.check("orders"))
    return;
  // CHECK-MESSAGES: :[[@LINE-2]]:16: warning: call to 'RateLimiter::check' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: 'RateLimiter::check' may run 'CacheRateLimiter::check'{{$}}
  // CHECK-MESSAGES: :[[@LINE-14]]:56: note: 'CacheRateLimiter::check' calls 'CacheRateLimiter::roundTrip'{{$}}
  // CHECK-MESSAGES: :[[@LINE-12]]:48: note: 'CacheRateLimiter::roundTrip' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE-6]]:5: note: transaction 'tx' ends here, where 'tx' goes out of scope
  tx.exec("INSERT INTO orders DEFAULT VALUES");
  tx.commit();
}

// --- Near misses. ---

// Called on an object whose type is known: no dispatch, nothing slow.
void known_type(pqxx::connection &c) {
  MemoryRateLimiter limiter;
  pqxx::work tx(c);
  limiter.check("orders");
  tx.commit();
}

// A base no overrider of which is slow.
class Clock {
public:
  virtual ~Clock() = default;
  virtual long now() const = 0;
};
class SystemClock : public Clock {
public:
  long now() const override { return 42; }
};

void no_slow_overrider(pqxx::connection &c, const Clock &clock) {
  pqxx::work tx(c);
  tx.exec("UPDATE jobs SET touched = " + std::to_string(clock.now()));
  tx.commit();
}

// Through a helper that makes the virtual call.
static bool allowed(RateLimiter *limiter) { return limiter->check("refunds"); }

void refund(pqxx::connection &c, RateLimiter *limiter) {
  pqxx::work tx(c);
  allowed(limiter);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'allowed' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-7]]:61: note: 'allowed' calls 'RateLimiter::check', which may run 'CacheRateLimiter::check'{{$}}
  // CHECK-MESSAGES: :[[@LINE-57]]:56: note: 'CacheRateLimiter::check' calls 'CacheRateLimiter::roundTrip'{{$}}
  // CHECK-MESSAGES: :[[@LINE-55]]:48: note: 'CacheRateLimiter::roundTrip' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}
