// RUN: %check_conncheck %s -- %cxxflags
//
// A transaction held through an owner -- std::unique_ptr, std::optional, a
// factory that returns one -- is open from where the owner gets it to where
// the owner is destroyed, reset, released, emptied or moved away, or the
// transaction is committed through it.

#include <pqxx/pqxx>
#include <chrono>
#include <memory>
#include <optional>
#include <thread>

using namespace std::chrono_literals;

void make_unique_owner(pqxx::connection &c) {
  auto tx = std::make_unique<pqxx::work>(c);
  tx->exec("UPDATE jobs SET state = 'running'");
  std::this_thread::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:8: note: transaction 'tx' (std::unique_ptr<pqxx::transaction<>>) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:7: note: transaction 'tx' ends here
  tx->commit();
  std::this_thread::sleep_for(1s); // committed through the owner
}

void unique_ptr_from_new(pqxx::connection &c) {
  std::unique_ptr<pqxx::work> tx(new pqxx::work(c));
  std::this_thread::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:31: note: transaction 'tx' (std::unique_ptr<pqxx::work>) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.reset(); // aborted and gone
  std::this_thread::sleep_for(1s);
}

void optional_emplaced(pqxx::connection &c, bool write) {
  std::optional<pqxx::work> tx;
  std::this_thread::sleep_for(1s); // empty: nothing open yet
  if (!write)
    return;
  tx.emplace(c);
  std::this_thread::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: transaction 'tx' (std::optional<pqxx::work>) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:7: note: transaction 'tx' ends here
  tx->commit();
}

std::unique_ptr<pqxx::work> begin_work(pqxx::connection &c) {
  return std::make_unique<pqxx::work>(c);
}

void factory(pqxx::connection &c) {
  std::unique_ptr<pqxx::work> tx = begin_work(c);
  std::this_thread::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:31: note: transaction 'tx' (std::unique_ptr<pqxx::work>) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction 'tx' ends here
  tx = nullptr;
  std::this_thread::sleep_for(1s);
}

void finish(std::unique_ptr<pqxx::work> tx) { tx->commit(); }

// --- Near misses: ended or handed away before the slow call. ---

void moved_into_callee(pqxx::connection &c) {
  auto tx = std::make_unique<pqxx::work>(c);
  finish(std::move(tx));
  std::this_thread::sleep_for(1s);
}

void released(pqxx::connection &c, std::unique_ptr<pqxx::work> &keep) {
  std::unique_ptr<pqxx::work> tx(new pqxx::work(c));
  keep.reset(tx.release());
  std::this_thread::sleep_for(1s);
}

void empty_owner(pqxx::connection &c) {
  std::unique_ptr<pqxx::work> tx;
  std::optional<pqxx::work> maybe = std::nullopt;
  std::this_thread::sleep_for(1s);
}
