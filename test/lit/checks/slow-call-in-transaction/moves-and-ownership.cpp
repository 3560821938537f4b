// RUN: %check_conncheck %s --rules %S/Inputs/movable-tx.json -- %cxxflags
//
// Who holds a transaction after a move, a pass by value, a return or a
// store into a member. libpqxx transactions cannot be moved, so this file
// declares its own movable transaction, app::Tx, described to conncheck by
// the in-test rule pack Inputs/movable-tx.json: constructing an app::Tx
// begins a transaction, commit() or rollback() ends it, and so does its
// destructor; a moved-from app::Tx holds nothing. The slow calls come from
// the default packs (std::this_thread::sleep_for, curl_easy_perform).

#include <curl/curl.h>
#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <utility>

namespace app {

class Database {
public:
  void execute(const std::string &sql);
};

// In-house transaction: BEGIN in the constructor, ROLLBACK in the
// destructor unless committed or rolled back, movable (the moved-from object
// is left empty and its destructor does nothing).
class Tx {
public:
  explicit Tx(Database &db);
  Tx(Tx &&other) noexcept;
  Tx &operator=(Tx &&other) noexcept;
  Tx(const Tx &) = delete;
  Tx &operator=(const Tx &) = delete;
  ~Tx();

  void exec(const std::string &sql);
  void commit();
  void rollback();

private:
  Database *db_ = nullptr;
};

} // namespace app

using namespace std::chrono_literals;

// --- A move to a new local: the new name holds the transaction, which
// began at the original declaration. ---

void moved_to_a_new_local(app::Database &db) {
  app::Tx t1(db);
  t1.exec("UPDATE stock SET n = n - 1");
  auto t2 = std::move(t1);
  std::this_thread::sleep_for(100ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 't2' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:11: note: transaction 't2' (app::Tx) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 't2' ends here
  t2.commit();
}

// Committing through the moved-from name ends nothing: t1 is empty.
void commit_on_the_moved_from_name(app::Database &db, CURL *h) {
  app::Tx t1(db);
  app::Tx t2(std::move(t1));
  t1.commit();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 't2' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:11: note: transaction 't2' (app::Tx) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 't2' ends here
  t2.commit();
}

// --- Passed by value: the parameter holds the transaction, so the finding
// is inside the function that sleeps, not at its caller. ---

void finish_after_a_pause(app::Tx tx) {
  tx.exec("UPDATE jobs SET state = 'done'");
  std::this_thread::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:35: note: transaction 'tx' (app::Tx, passed in by value) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// Moved on again inside the callee: the local now holds it.
void stage(app::Tx tx, CURL *h) {
  app::Tx mine = std::move(tx);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'mine' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:20: note: transaction 'mine' (app::Tx, passed in by value) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:8: note: transaction 'mine' ends here
  mine.commit();
}

void hands_its_transaction_over(app::Database &db) {
  app::Tx t(db);
  t.exec("INSERT INTO jobs VALUES (1)");
  finish_after_a_pause(std::move(t)); // the callee holds it: reported there
}

// --- Returned from a factory and held by the caller. ---

app::Tx begin_tx(app::Database &db) {
  app::Tx t(db);
  t.exec("SET LOCAL lock_timeout = '1s'");
  return t; // the caller holds it now: nothing here after the return
}

void holds_what_the_factory_returned(app::Database &db, CURL *h) {
  app::Tx t = begin_tx(db);
  t.exec("UPDATE orders SET paid = true");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 't' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:11: note: transaction 't' (app::Tx) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: transaction 't' ends here
  t.commit();
}

app::Tx begin_tx_by_move(app::Database &db) {
  app::Tx t(db);
  return std::move(t);
}

void holds_a_factory_result_then_moves_it(app::Database &db) {
  app::Tx first = begin_tx_by_move(db);
  app::Tx held = std::move(first);
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'held' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:11: note: transaction 'held' (app::Tx) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:8: note: transaction 'held' ends here
  held.rollback();
}

// --- Taken by reference: the callee does not hold the transaction, its
// caller does, so the finding is at the caller's call, with a chain note. ---

void notify_with(app::Tx &tx, CURL *h) {
  tx.exec("UPDATE orders SET notified = true");
  curl_easy_perform(h);
}

void holds_and_lends(app::Database &db, CURL *h) {
  app::Tx t(db);
  notify_with(t, h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'notify_with' reaches a slow http call ('curl_easy_perform') while database transaction 't' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: transaction 't' (app::Tx) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: 'notify_with' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: transaction 't' ends here
  t.commit();
}

// --- Near misses: no finding. ---

void consume(app::Tx tx) {
  tx.exec("UPDATE jobs SET state = 'queued'");
  tx.commit();
}

void moved_into_a_function_then_slow(app::Database &db, CURL *h) {
  app::Tx t(db);
  t.exec("INSERT INTO jobs VALUES (2)");
  consume(std::move(t)); // consume holds it, and commits it
  curl_easy_perform(h);  // t is empty here
}

void moved_then_committed_through_the_new_name(app::Database &db) {
  app::Tx t1(db);
  app::Tx t2 = std::move(t1);
  t2.commit();
  std::this_thread::sleep_for(1s);
}

void factory_result_committed_before_the_call(app::Database &db, CURL *h) {
  app::Tx t = begin_tx(db);
  t.exec("DELETE FROM sessions WHERE expired");
  t.commit();
  curl_easy_perform(h);
}

void factory_result_used_as_a_temporary(app::Database &db, CURL *h) {
  begin_tx(db).commit(); // begun, committed and destroyed in one statement
  curl_easy_perform(h);
}

void by_value_parameter_committed_before_the_call(app::Tx tx, CURL *h) {
  tx.exec("UPDATE t SET x = 1");
  tx.commit();
  curl_easy_perform(h);
}

// Known limit: once moved into a member the object owns the transaction and
// the function no longer tracks it, so the sleep below is not reported. The
// lease checks (a later issue) are where state held by an object belongs.
class Batch {
public:
  void start(app::Database &db) {
    app::Tx t(db);
    t.exec("LOCK TABLE batches");
    this->tx_ = std::move(t);
    std::this_thread::sleep_for(1s);
  }

private:
  std::optional<app::Tx> tx_;
};
