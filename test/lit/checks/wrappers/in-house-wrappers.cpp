// RUN: %check_conncheck %s -- %cxxflags
//
// In-house wrappers around known libraries need no rule pack and no
// annotation: conncheck summarises what their methods do to the
// transaction or connection kept in a member.

#include <pqxx/pqxx>
#include <soci/soci.h>
#include <curl/curl.h>
#include <memory>
#include <optional>

// A unit-of-work wrapper keeping a pqxx::work in a std::optional.
class UnitOfWork {
public:
  explicit UnitOfWork(pqxx::connection &c) : conn_(c) {}
  void begin() { tx_.emplace(conn_); }
  void commit() {
    tx_->commit();
    tx_.reset();
  }
  void rollback() { tx_.reset(); }
  pqxx::work &tx() { return *tx_; }

private:
  pqxx::connection &conn_;
  std::optional<pqxx::work> tx_;
};

// The same with a unique_ptr and make_unique.
class Db {
public:
  void beginTransaction() { tx_ = std::make_unique<pqxx::work>(*conn_); }
  void commit() {
    tx_->commit();
    tx_ = nullptr;
  }

private:
  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::work> tx_;
};

// A wrapper over soci's session begin/commit.
class Store {
public:
  void start() { sql_.begin(); }
  void finish() { sql_.commit(); }

private:
  soci::session sql_;
};

// A pool wrapper over a soci pool: borrow/giveBack around lease/give_back.
class Connections {
public:
  std::size_t borrow() { return pool_.lease(); }
  void giveBack(std::size_t pos) { pool_.give_back(pos); }

private:
  soci::connection_pool &pool_;
};

void notify(CURL *h) { curl_easy_perform(h); }

void unit_of_work(UnitOfWork &uow, CURL *h) {
  uow.begin();
  notify(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'notify' reaches a slow http call ('curl_easy_perform') while database transaction 'uow' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: transaction on 'uow' begins here with 'UnitOfWork::begin'
  // CHECK-MESSAGES: :[[@LINE-7]]:24: note: 'notify' calls 'curl_easy_perform', a slow http call
  // CHECK-MESSAGES: :[[@LINE+1]]:7: note: transaction on 'uow' ends here
  uow.commit();
}

void db_wrapper(Db &db, CURL *h) {
  db.beginTransaction();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: transaction on 'db' begins here with 'Db::beginTransaction'
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction on 'db' ends here
  db.commit();
}

void store_wrapper(Store &store, CURL *h) {
  store.start();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'store' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: transaction on 'store' begins here with 'Store::start'
  // CHECK-MESSAGES: :[[@LINE+1]]:9: note: transaction on 'store' ends here
  store.finish();
}

void borrowed_and_leaked(Connections &conns, bool fail) {
  std::size_t pos = conns.borrow();
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: connection 'pos' taken with 'Connections::borrow' is not given back on every path [conncheck-checkout-without-checkin]
  if (fail)
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'pos' is not given back on this return
  conns.giveBack(pos);
}

// --- Near misses: no finding. ---

void committed_through_the_wrapper(UnitOfWork &uow, CURL *h) {
  uow.begin();
  uow.tx().exec("UPDATE t SET x = 1");
  uow.commit();
  notify(h);
}

void rolled_back_through_the_wrapper(Db &db, UnitOfWork &uow, CURL *h) {
  uow.begin();
  uow.rollback();
  db.beginTransaction();
  db.commit();
  curl_easy_perform(h);
}

void given_back_through_the_wrapper(Connections &conns, bool fail) {
  std::size_t pos = conns.borrow();
  if (fail) {
    conns.giveBack(pos);
    return;
  }
  conns.giveBack(pos);
}
