// RUN: %check_conncheck %s --no-default-rules -- -std=c++17
//
// An in-house database layer and HTTP client described only by source
// annotations: no rule pack is loaded at all.

#include <stdexcept>

#define CONNCHECK_SLOW(category) [[clang::annotate("conncheck::slow", category)]]

namespace acme {

struct Conn;

class Pool {
public:
  [[clang::annotate("conncheck::acquire")]] Conn *checkout();
  [[clang::annotate("conncheck::release")]] void checkin(Conn *c);
};

class [[clang::annotate("conncheck::transaction")]] Tx {
public:
  // noexcept: this file is about the annotations, not exception paths
  // (those are in nested() and throwing_call_between()).
  explicit Tx(Conn *c) noexcept;
  ~Tx();
  [[clang::annotate("conncheck::end_transaction")]] void commit() noexcept;
  void exec(const char *sql) noexcept;
};

class [[clang::annotate("conncheck::lease")]] PooledConn {
public:
  explicit PooledConn(Pool &p);
  ~PooledConn();
};

class Session {
public:
  [[clang::annotate("conncheck::begin_transaction")]] void begin();
  [[clang::annotate("conncheck::end_transaction")]] void commit();
};

struct Http {
  CONNCHECK_SLOW("http") int post(const char *url) noexcept;
};
CONNCHECK_SLOW("sleep") void backoff(int attempt);

} // namespace acme

void charge(acme::Pool &pool, acme::Http &http) {
  acme::Conn *c = pool.checkout();
  acme::Tx tx(c);
  tx.exec("UPDATE accounts SET balance = balance - 10");
  http.post("https://payments/charge");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow http call 'acme::Http::post' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:12: note: transaction 'tx' (acme::Tx) begins here
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
  pool.checkin(c);
}

void leased_backoff(acme::Pool &pool) {
  acme::PooledConn conn(pool);
  acme::backoff(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'acme::backoff' while pooled connection 'conn' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-3]]:20: note: connection 'conn' (acme::PooledConn) taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'conn' is given back here, where 'conn' goes out of scope
}

void session_pair(acme::Session &s, acme::Http &http) {
  s.begin();
  http.post("https://audit");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow http call 'acme::Http::post' while database transaction 's' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: transaction on 's' begins here with 'acme::Session::begin'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: transaction on 's' ends here
  s.commit();
}

int leak_on_error(acme::Pool &pool, bool ok) {
  acme::Conn *c = pool.checkout();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: connection 'c' taken with 'acme::Pool::checkout' is not given back on every path [conncheck-checkout-without-checkin]
  if (!ok)
    return -1;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'c' is not given back on this return
  pool.checkin(c);
  return 0;
}

void nested(acme::Pool &pool) {
  acme::Conn *first = pool.checkout();
  // A pool that throws when exhausted throws right here, with 'first' out.
  // CHECK-MESSAGES: :[[@LINE-2]]:28: warning: connection 'first' taken with 'acme::Pool::checkout' is not given back on every path [conncheck-checkout-without-checkin]
  acme::Conn *second = pool.checkout();
  // CHECK-MESSAGES: :[[@LINE-1]]:29: note: if 'acme::Pool::checkout' throws, 'first' is never given back
  // CHECK-MESSAGES: :[[@LINE-2]]:29: warning: second connection taken from 'pool' while 'first' from the same pool is held [conncheck-nested-checkout]
  // CHECK-MESSAGES: :[[@LINE-6]]:28: note: connection 'first' taken from 'pool' here with 'acme::Pool::checkout'
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: connection 'first' is given back here
  pool.checkin(second);
  pool.checkin(first);
}

void audit(acme::Conn *c) { // throws when the connection is gone
  if (!c)
    throw std::logic_error("no connection");
}

void throwing_call_between(acme::Pool &pool) {
  acme::Conn *c = pool.checkout();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: connection 'c' taken with 'acme::Pool::checkout' is not given back on every path [conncheck-checkout-without-checkin]
  audit(c);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: if 'audit' throws, 'c' is never given back
  pool.checkin(c);
}

// --- Near misses: no finding. ---

void committed_before_the_call(acme::Pool &pool, acme::Http &http) {
  acme::Conn *c = pool.checkout();
  {
    acme::Tx tx(c);
    tx.commit();
  }
  pool.checkin(c);
  http.post("https://after");
}

void checked_in_on_every_path(acme::Pool &pool, bool ok) {
  acme::Conn *c = pool.checkout();
  if (!ok) {
    pool.checkin(c);
    return;
  }
  pool.checkin(c);
}

void unannotated_calls_are_not_slow(acme::Session &s) {
  s.begin();
  s.commit();
}
