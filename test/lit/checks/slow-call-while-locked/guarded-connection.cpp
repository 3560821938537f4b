// RUN: %check_conncheck %s --rules=%S/Inputs/catalog.json -- %cxxflags
//
// A service that keeps its one connection behind a lock: holding the lock
// is holding the connection, a pool of one. An in-house pack says which
// lock does (a rule limited to one member, a type named by its alias, a
// lock call pair on the connection object itself); every other lock of the
// same type is an ordinary lock.

#include <mutex>
#include <pqxx/pqxx>
#include <unistd.h>

namespace store {

class Connection {
public:
  void Lock();
  void Unlock();
  void Query(const char *sql);
};

class Catalog {
public:
  using DbLock = std::scoped_lock<std::recursive_mutex>;

  void refresh() {
    DbLock lock(dbMutex_);
    conn_->Query("SELECT 1");
    sleep(5); // retry back-off
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'sleep' while lock 'lock' (DbLock) guarding the connection is held [conncheck-slow-call-while-locked]
    // CHECK-MESSAGES: :[[@LINE-4]]:12: note: lock 'lock' (DbLock) on 'dbMutex_' taken here
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: lock 'lock' (DbLock) is released here, where 'lock' goes out of scope
  }

  // The same lock type on another mutex guards no connection.
  void touchCache() {
    DbLock lock(cacheMutex_);
    sleep(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'sleep' while lock 'lock' (DbLock) is held [conncheck-slow-call-while-locked]
    // CHECK-MESSAGES: :[[@LINE-3]]:12: note: lock 'lock' (DbLock) on 'cacheMutex_' taken here
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: lock 'lock' (DbLock) is released here, where 'lock' goes out of scope
  }

  // Lock and unlock on the connection object.
  void poll() {
    conn_->Lock();
    conn_->Query("SELECT 1");
    usleep(100000);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'usleep' while 'conn_' guarding the connection is locked [conncheck-slow-call-while-locked]
    // CHECK-MESSAGES: :[[@LINE-4]]:12: note: 'conn_' locked here with 'store::Connection::Lock'
    // CHECK-MESSAGES: :[[@LINE+1]]:12: note: 'conn_' is unlocked here
    conn_->Unlock();
  }

  // The fix: read under the lock, wait without it.
  void refreshFixed() {
    {
      DbLock lock(dbMutex_);
      conn_->Query("SELECT 1");
    }
    sleep(5);
  }

private:
  std::recursive_mutex dbMutex_;
  std::recursive_mutex cacheMutex_;
  Connection *conn_;
};

} // namespace store

// A type known to the pack only by an alias: the alias is a lock, the class
// under another name is not.
struct Spin {};
template <typename M> struct Holder {
  explicit Holder(M &);
  ~Holder();
};
namespace app {
using ConnGuard = Holder<Spin>;
}
Spin spin;

void by_alias() {
  app::ConnGuard g(spin);
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while lock 'g' (app::ConnGuard) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:18: note: lock 'g' (app::ConnGuard) on 'spin' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'g' (app::ConnGuard) is released here, where 'g' goes out of scope
}

void not_by_alias() {
  Holder<Spin> h(spin);
  sleep(1);
}

// Inside a transaction, conncheck-slow-call-in-transaction reports the
// sleep (one cause, one finding); blocking I/O, which that check does not
// count, is reported here.
std::mutex mu;
void in_transaction(pqxx::connection &c, int fd, char *buf) {
  std::lock_guard<std::mutex> g(mu);
  pqxx::work tx(c);
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
  read(fd, buf, 16);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow io call 'read' while lock 'g' (std::lock_guard<std::mutex>) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-8]]:31: note: lock 'g' (std::lock_guard<std::mutex>) on 'mu' taken here
  // CHECK-MESSAGES: :[[@LINE+2]]:1: note: lock 'g' (std::lock_guard<std::mutex>) is released here, where 'g' goes out of scope
  tx.commit();
}
