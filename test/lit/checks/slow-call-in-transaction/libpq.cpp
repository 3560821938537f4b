// RUN: %check_conncheck %s -- %cxxflags
//
// libpq (PostgreSQL's C client, Debian's real header): there is no
// transaction object, a transaction is SQL text sent on a PGconn. BEGIN and
// START TRANSACTION open one on that connection; COMMIT, END, ROLLBACK and
// ABORT (and PREPARE TRANSACTION) end it. ROLLBACK TO SAVEPOINT does not.

#include <postgresql/libpq-fe.h>
#include <curl/curl.h>
#include <unistd.h>
#include <chrono>
#include <string>
#include <thread>

static const char *const kBeginSql = "BEGIN";

void sleep_between_begin_and_commit(PGconn *conn) {
  PQclear(PQexec(conn, "BEGIN"));
  PQclear(PQexec(conn, "UPDATE jobs SET state = 'running' WHERE id = 1"));
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while database transaction 'conn' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:11: note: transaction on 'conn' begins here with SQL 'BEGIN'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:11: note: transaction on 'conn' ends here
  PQclear(PQexec(conn, "COMMIT"));
}

void http_inside_start_transaction(PGconn *conn, CURL *h) {
  const char *params[1] = {"42"};
  PGresult *r = PQexecParams(conn, "START TRANSACTION ISOLATION LEVEL SERIALIZABLE",
                             0, nullptr, nullptr, nullptr, nullptr, 0);
  PQclear(r);
  r = PQexecParams(conn, "SELECT url FROM webhooks WHERE id = $1", 1, nullptr,
                   params, nullptr, nullptr, 0);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'conn' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:17: note: transaction on 'conn' begins here with SQL 'START TRANSACTION ISOLATION LEVEL SER...'{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:11: note: transaction on 'conn' ends here
  PQclear(r);
  PQclear(PQexec(conn, "END"));
}

void lowercase_sql_sent_asynchronously(PGconn *conn) {
  PQsendQuery(conn, "begin");
  while (PGresult *r = PQgetResult(conn))
    PQclear(r);
  usleep(50000);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'usleep' while database transaction 'conn' is open
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: transaction on 'conn' begins here with SQL 'begin'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'conn' ends here
  PQsendQuery(conn, "commit");
}

void begin_through_a_named_constant(PGconn *conn) {
  PQclear(PQexec(conn, kBeginSql));
  std::this_thread::sleep_for(std::chrono::milliseconds(250));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'conn' is open
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: transaction on 'conn' begins here with SQL 'BEGIN'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:11: note: transaction on 'conn' ends here
  PQclear(PQexec(conn, "COMMIT"));
}

void rollback_to_savepoint_keeps_the_transaction(PGconn *conn, CURL *h) {
  PQclear(PQexec(conn, "BEGIN"));
  PQclear(PQexec(conn, "SAVEPOINT before_import"));
  PGresult *r = PQexec(conn, "INSERT INTO items SELECT * FROM staging");
  if (PQresultStatus(r) != PGRES_COMMAND_OK)
    PQclear(PQexec(conn, "ROLLBACK TO SAVEPOINT before_import"));
  PQclear(r);
  // Only the import was undone; the transaction is still open.
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'conn' is open
  // CHECK-MESSAGES: :[[@LINE-9]]:11: note: transaction on 'conn' begins here with SQL 'BEGIN'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:11: note: transaction on 'conn' ends here
  PQclear(PQexec(conn, "COMMIT"));
}

void commit_on_another_connection_leaves_this_one_open(PGconn *orders,
                                                       PGconn *audit,
                                                       CURL *h) {
  PQclear(PQexec(orders, "BEGIN"));
  PQclear(PQexec(audit, "BEGIN"));
  PQclear(PQexec(audit, "INSERT INTO log(msg) VALUES ('order placed')"));
  PQclear(PQexec(audit, "COMMIT"));
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'orders' is open
  // CHECK-MESSAGES: :[[@LINE-6]]:11: note: transaction on 'orders' begins here with SQL 'BEGIN'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:11: note: transaction on 'orders' ends here
  PQclear(PQexec(orders, "COMMIT"));
}

void committed_on_one_branch_only(PGconn *conn, CURL *h, bool dry_run) {
  PQclear(PQexec(conn, "BEGIN"));
  PQclear(PQexec(conn, "DELETE FROM sessions WHERE expires < now()"));
  if (!dry_run)
    PQclear(PQexec(conn, "COMMIT"));
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'conn' is open
  // CHECK-MESSAGES: :[[@LINE-6]]:11: note: transaction on 'conn' begins here with SQL 'BEGIN'; it is still open on some paths to the call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction on 'conn' is still open when 'committed_on_one_branch_only' returns
}

class JobQueue {
public:
  void claim_and_notify(CURL *h) {
    PQsendQueryParams(conn_, "BEGIN", 0, nullptr, nullptr, nullptr, nullptr, 0);
    while (PGresult *r = PQgetResult(conn_))
      PQclear(r);
    curl_easy_perform(h);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow http call 'curl_easy_perform' while database transaction 'conn_' is open
    // CHECK-MESSAGES: :[[@LINE-5]]:5: note: transaction on 'conn_' begins here with SQL 'BEGIN'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:13: note: transaction on 'conn_' ends here
    PQclear(PQexec(conn_, "COMMIT"));
  }

private:
  PGconn *conn_ = nullptr;
};

// --- Near misses: no finding. ---

void slow_call_after_commit(PGconn *conn, CURL *h) {
  PQclear(PQexec(conn, "BEGIN"));
  PQclear(PQexec(conn, "UPDATE orders SET state = 'paid' WHERE id = 7"));
  PQclear(PQexec(conn, "COMMIT"));
  curl_easy_perform(h);
}

void retry_sleeps_after_rollback(PGconn *conn) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    PQclear(PQexec(conn, "BEGIN ISOLATION LEVEL SERIALIZABLE"));
    PGresult *r = PQexec(conn, "UPDATE counters SET n = n + 1 WHERE id = 1");
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (ok) {
      PQclear(PQexec(conn, "COMMIT"));
      return;
    }
    PQclear(PQexec(conn, "ROLLBACK"));
    usleep(10000u << attempt);
  }
}

void select_only_is_not_a_transaction(PGconn *conn, CURL *h) {
  PGresult *r = PQexec(conn, "SELECT url FROM webhooks WHERE enabled");
  for (int i = 0; i < PQntuples(r); ++i)
    curl_easy_perform(h);
  PQclear(r);
}

void begin_then_commit_on_the_same_connection(PGconn *conn, CURL *h) {
  PGresult *r = PQexec(conn, "begin");
  PQclear(r);
  r = PQexec(conn, "insert into outbox(payload) values ('{}')");
  PQclear(r);
  r = PQexec(conn, "commit");
  if (PQresultStatus(r) == PGRES_COMMAND_OK)
    curl_easy_perform(h);
  PQclear(r);
}

void end_and_abort_also_end_it(PGconn *conn, bool ok) {
  PQclear(PQexec(conn, "START TRANSACTION"));
  PQclear(PQexec(conn, "UPDATE t SET x = 1"));
  if (ok)
    PQclear(PQexec(conn, "END"));
  else
    PQclear(PQexec(conn, "ABORT"));
  std::this_thread::sleep_for(std::chrono::seconds(1));
}

void whole_transaction_in_one_string(PGconn *conn, CURL *h) {
  PQclear(PQexec(conn, "BEGIN; UPDATE stock SET n = n - 1 WHERE sku = 'A'; "
                       "INSERT INTO moves(sku) VALUES ('A'); COMMIT;"));
  curl_easy_perform(h);
}

void prepared_for_two_phase_commit(PGconn *conn, CURL *h) {
  PQclear(PQexec(conn, "BEGIN"));
  PQclear(PQexec(conn, "UPDATE accounts SET balance = balance - 10 WHERE id = 1"));
  // The transaction is handed to the server's prepared-transaction list;
  // this session no longer has it open while it asks the coordinator.
  PQclear(PQexec(conn, "PREPARE TRANSACTION 'xfer-1'"));
  curl_easy_perform(h);
  PQclear(PQexec(conn, "COMMIT PREPARED 'xfer-1'"));
}

void prepared_statement_named_begin_is_not_sql(PGconn *conn, CURL *h) {
  PQclear(PQprepare(conn, "begin_batch", "UPDATE batches SET started = now()",
                    0, nullptr));
  PQclear(PQexecPrepared(conn, "begin_batch", 0, nullptr, nullptr, nullptr, 0));
  curl_easy_perform(h);
}

void sql_built_at_run_time_is_not_understood(PGconn *conn,
                                             const std::string &isolation) {
  // The text is not a literal, so conncheck cannot tell that it begins a
  // transaction: a known limit, and no finding.
  std::string sql = "BEGIN ISOLATION LEVEL " + isolation;
  PQclear(PQexec(conn, sql.c_str()));
  sleep(1);
  PQclear(PQexec(conn, "COMMIT"));
}

void slow_call_before_begin(PGconn *conn, CURL *h) {
  curl_easy_perform(h);
  PQclear(PQexec(conn, "BEGIN"));
  PQclear(PQexec(conn, "INSERT INTO fetched(body) VALUES ('...')"));
  PQclear(PQexec(conn, "COMMIT"));
}

void reassigned_statement_pointer_is_not_a_constant(PGconn *conn) {
  // `stmt` points to const text but is itself reassignable: at the second
  // call it holds "COMMIT", so nothing is open at the sleep.
  const char *stmt = "BEGIN";
  PQclear(PQexec(conn, stmt));
  stmt = "COMMIT";
  PQclear(PQexec(conn, stmt));
  sleep(1);
}
