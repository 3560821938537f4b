// RUN: %check_conncheck %s -- %cxxflags
//
// A function handed the caller's transaction (by reference or pointer) that
// commits or aborts it ends the caller's scope at that call: what it does
// after the end, and what the caller does after the call, is not inside the
// transaction. What it does before the end is. The same for a transaction
// begun with SQL text on a libpq connection and committed by a helper, and
// through further calls.

#include <pqxx/pqxx>
#include <postgresql/libpq-fe.h>
#include <soci/soci.h>
#include <chrono>
#include <thread>

using namespace std::chrono_literals;

// --- Commits, then sleeps: neither sleep is inside the transaction. ---

void finish(pqxx::transaction_base &tx) {
  tx.commit();
  std::this_thread::sleep_for(1s);
}

void commit_in_callee(pqxx::connection &c) {
  pqxx::work tx(c);
  tx.exec("UPDATE jobs SET state = 'done'");
  finish(tx);
  std::this_thread::sleep_for(1s);
}

// --- Through a pointer, and through a further call. ---

void finish_ptr(pqxx::work *tx) { tx->commit(); }
void finish_via(pqxx::work &tx) { finish_ptr(&tx); }

void commit_two_calls_down(pqxx::connection &c) {
  pqxx::work tx(c);
  finish_via(tx);
  std::this_thread::sleep_for(1s);
}

// --- Sleeps, then commits: the sleep is inside. ---

void settle_and_commit(pqxx::work &tx) {
  std::this_thread::sleep_for(2s);
  tx.commit();
  std::this_thread::sleep_for(1s);
}

void sleep_before_commit_in_callee(pqxx::connection &c) {
  pqxx::work tx(c);
  settle_and_commit(tx);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'settle_and_commit' reaches a slow sleep call ('std::this_thread::sleep_for') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-10]]:3: note: 'settle_and_commit' calls 'std::this_thread::sleep_for', a slow sleep call{{$}}
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: transaction 'tx' ends here
  std::this_thread::sleep_for(1s);
}

// --- Aborts on the error path only: after the call the transaction is
// open on some paths, and the caller commits it before sleeping. ---

bool check_or_abort(pqxx::work &tx, int rows) {
  if (rows == 0) {
    tx.abort();
    return false;
  }
  return true;
}

void abort_on_some_path(pqxx::connection &c, int rows) {
  pqxx::work tx(c);
  if (check_or_abort(tx, rows))
    tx.commit();
  std::this_thread::sleep_for(1s);
}

// --- A transaction begun with SQL text, committed by a helper. ---

void commit_conn(PGconn *conn) { PQclear(PQexec(conn, "COMMIT")); }

void sql_text_committed_in_callee(PGconn *conn) {
  PQclear(PQexec(conn, "BEGIN"));
  PQclear(PQexec(conn, "UPDATE jobs SET state = 'done'"));
  commit_conn(conn);
  std::this_thread::sleep_for(1s);
}

// --- Near misses that must still be reported: the helper only uses the
// transaction, so it is still open after the call. ---

void insert_row(pqxx::work &tx, int id) {
  tx.exec("INSERT INTO jobs VALUES (" + tx.quote(id) + ")");
}

void helper_does_not_end(pqxx::connection &c) {
  pqxx::work tx(c);
  insert_row(tx, 1);
  std::this_thread::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// A helper that commits another transaction, not the one it is handed.
void commit_other(pqxx::work &unused, pqxx::work &other) { other.commit(); }

void helper_ends_another(pqxx::connection &c, pqxx::connection &d) {
  pqxx::work tx(c);
  {
    pqxx::work audit(d);
    commit_other(tx, audit);
  }
  std::this_thread::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}
