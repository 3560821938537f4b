// RUN: %check_conncheck %s --no-default-rules --rules %S/Inputs/features.json -- -std=c++17
//
// Shapes of in-house code that a rule pack must be able to express:
// callable scopes, reference-counted transactions, a deferred "transaction"
// type excluded from its base's rule, and a shared_ptr lease whose deleter
// gives the connection back.

#include <memory>

namespace app {
struct Conn {};
int fetch(const char *url);

class Pool {
public:
  // shared_ptr with a deleter that returns the connection to the pool.
  std::shared_ptr<Conn> acquire();
  template <typename Fn> void with_connection(Fn fn) {
    Conn c;
    fn(c);
  }
};

class Db {
public:
  void begin();   // nests: an inner begin/commit pair keeps the outer open
  void commit();
  void rollback();
  // (Its begin/commit live in the library's own source file.)
  template <typename Fn> void in_transaction(Fn fn) { fn(); }
};

class TxBase {
public:
  ~TxBase();
  void commit();
};
class Tx : public TxBase {};
// Queues statements; BEGIN ... COMMIT are sent together by commit().
class DeferredTx : public TxBase {};
} // namespace app

void callable_lease(app::Pool &pool) {
  pool.with_connection([](app::Conn &c) {
    app::fetch("https://enrich");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow http call 'app::fetch' while a pooled connection is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-3]]:8: note: connection taken here with 'app::Pool::with_connection'
    // CHECK-MESSAGES: :[[@LINE+1]]:4: note: the connection is given back when 'app::Pool::with_connection' returns
  });
}

void callable_transaction(app::Db &db) {
  auto body = [] { app::fetch("https://enrich"); };
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: slow http call 'app::fetch' while a database transaction is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction begins here with 'app::Db::in_transaction'
  // CHECK-MESSAGES: :[[@LINE+1]]:25: note: the transaction ends when 'app::Db::in_transaction' returns
  db.in_transaction(body);
}

void counted_inner_commit_keeps_outer_open(app::Db &db) {
  db.begin();
  db.begin();
  db.commit(); // ends the inner one only
  app::fetch("https://still-inside");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'app::fetch' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:6: note: transaction on 'db' begins here with 'app::Db::begin'
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction on 'db' ends here
  db.commit();
}

void subclass_of_the_base_is_a_transaction() {
  app::Tx tx;
  app::fetch("https://x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'app::fetch' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: transaction 'tx' (app::Tx) begins here
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void shared_ptr_lease(app::Pool &pool) {
  std::shared_ptr<app::Conn> conn = pool.acquire();
  app::fetch("https://x");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'app::fetch' while pooled connection 'conn' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-3]]:42: note: connection 'conn' taken from 'pool' here with 'app::Pool::acquire'
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'conn' is given back here, where 'conn' goes out of scope
}

// --- Near misses: no finding. ---

void counted_pairs_all_ended(app::Db &db) {
  db.begin();
  db.begin();
  db.commit();
  db.rollback();
  app::fetch("https://after");
}

void deferred_transaction_holds_nothing() {
  app::DeferredTx batch;
  app::fetch("https://x");
  batch.commit();
}

void lambda_not_passed_to_a_scope(app::Pool &pool) {
  auto later = [] { app::fetch("https://x"); };
  later();
}

void shared_ptr_lease_reset_before(app::Pool &pool) {
  std::shared_ptr<app::Conn> conn = pool.acquire();
  conn.reset();
  app::fetch("https://x");
}
