// RUN: %check_conncheck %s --rules %S/Inputs/vendored-orm.json --checks='-*,conncheck-slow-call-in-transaction,conncheck-slow-call-while-leased,conncheck-nested-checkout' -- -std=c++17
//
// A database library compiled into the project: what its pack describes
// (a statement call, the pool's lease) means what the pack says, and its
// body is not searched. A synchronous statement waits on a future for its
// own result; the pool's lease waits on a condition variable for a free
// connection: neither is a slow call inside the scope.

#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace orm {
struct Conn {};

class DbClient {
public:
  std::string execSqlSync(const std::string &sql) {
    std::promise<std::string> done;
    std::future<std::string> result = done.get_future();
    send(sql, std::move(done));
    return result.get(); // waits for this statement's own result
  }

private:
  void send(const std::string &sql, std::promise<std::string> done) {
    done.set_value(sql);
  }
};

class Transaction {
public:
  explicit Transaction(DbClient &c) : c_(c) { c_.execSqlSync("BEGIN"); }
  ~Transaction() { c_.execSqlSync("ROLLBACK"); }
  void commit() { c_.execSqlSync("COMMIT"); }

private:
  DbClient &c_;
};

class Pool {
public:
  Conn *lease() {
    std::unique_lock<std::mutex> lock(mutex_);
    available_.wait(lock, [&] { return !free_.empty(); });
    Conn *c = free_.back();
    free_.pop_back();
    return c;
  }
  void give_back(Conn *c) {
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(c);
    available_.notify_one();
  }
  ~Pool() {
    while (!free_.empty()) { // the pool's own bookkeeping
      delete free_.back();
      free_.pop_back();
    }
  }

private:
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<Conn *> free_;
};
} // namespace orm

void statements_in_transaction(orm::DbClient &db) {
  orm::Transaction tx(db);
  db.execSqlSync("UPDATE jobs SET state = 'done'");
  db.execSqlSync("INSERT INTO audit VALUES (1)");
  tx.commit();
}

// A real slow call in the same shape is still reported.
void sleep_in_transaction(orm::DbClient &db) {
  orm::Transaction tx(db);
  db.execSqlSync("UPDATE jobs SET state = 'done'");
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:20: note: transaction 'tx' (orm::Transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// A second lease from the same pool: one defect, one finding (the lease's
// wait for a free connection is not also a slow call while leased).
void second_lease(orm::Pool &pool) {
  orm::Conn *first = pool.lease();
  orm::Conn *second = pool.lease();
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: second connection taken from 'pool' while 'first' from the same pool is held [conncheck-nested-checkout]
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: connection 'first' taken from 'pool' here with 'orm::Pool::lease'{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: connection 'first' is given back here
  pool.give_back(second);
  pool.give_back(first);
}

// An in-house wrapper (no pack) that returns a lease it took: its wait is
// part of taking the connection.
struct Repo {
  orm::Pool &pool_;
  orm::Conn *borrow() { return pool_.lease(); }
};

void wrapper_lease_while_leased(Repo &repo, orm::Pool &other) {
  orm::Conn *c = other.lease();
  orm::Conn *d = repo.borrow();
  repo.pool_.give_back(d);
  other.give_back(c);
}
