// RUN: %check_conncheck %s -- %cxxflags
//
// SQLite 3 (Debian's real header): transactions are SQL text run with
// sqlite3_exec on a sqlite3 handle. BEGIN [DEFERRED|IMMEDIATE|EXCLUSIVE]
// [TRANSACTION] opens one; COMMIT, END and ROLLBACK end it; ROLLBACK TO a
// savepoint does not. In a string of several statements the last
// transaction-control statement decides.

#include <sqlite3.h>
#include <curl/curl.h>
#include <unistd.h>
#include <chrono>
#include <thread>

static const char *const kBeginImmediate = "BEGIN IMMEDIATE";

void sleep_in_immediate_transaction(sqlite3 *db) {
  sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  sqlite3_exec(db, "UPDATE jobs SET state = 'running' WHERE id = 1", nullptr,
               nullptr, nullptr);
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: transaction on 'db' begins here with SQL 'BEGIN IMMEDIATE'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'db' ends here
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

void http_in_begin_transaction(sqlite3 *db, CURL *h) {
  char *err = nullptr;
  if (sqlite3_exec(db, "BEGIN TRANSACTION", nullptr, nullptr, &err) != SQLITE_OK)
    return;
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: transaction on 'db' begins here with SQL 'BEGIN TRANSACTION'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'db' ends here
  sqlite3_exec(db, "END TRANSACTION", nullptr, nullptr, &err);
}

void lowercase_exclusive(sqlite3 *db) {
  sqlite3_exec(db, "begin exclusive", nullptr, nullptr, nullptr);
  usleep(20000);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'usleep' while database transaction 'db' is open
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: transaction on 'db' begins here with SQL 'begin exclusive'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'db' ends here
  sqlite3_exec(db, "commit", nullptr, nullptr, nullptr);
}

void begin_through_a_named_constant(sqlite3 *db) {
  sqlite3_exec(db, kBeginImmediate, nullptr, nullptr, nullptr);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'db' is open
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: transaction on 'db' begins here with SQL 'BEGIN IMMEDIATE'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'db' ends here
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

void multi_statement_string_that_leaves_it_open(sqlite3 *db, CURL *h) {
  sqlite3_exec(db, "BEGIN; UPDATE stock SET n = n - 1 WHERE sku = 'A';",
               nullptr, nullptr, nullptr);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'db' is open
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: transaction on 'db' begins here with SQL 'BEGIN; UPDATE stock SET n = n - 1 WHE...'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'db' ends here
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

void rollback_to_savepoint_keeps_the_transaction(sqlite3 *db, CURL *h) {
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  sqlite3_exec(db, "SAVEPOINT import", nullptr, nullptr, nullptr);
  if (sqlite3_exec(db, "INSERT INTO items SELECT * FROM staging", nullptr,
                   nullptr, nullptr) != SQLITE_OK)
    sqlite3_exec(db, "ROLLBACK TRANSACTION TO SAVEPOINT import", nullptr,
                 nullptr, nullptr);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'db' is open
  // CHECK-MESSAGES: :[[@LINE-8]]:3: note: transaction on 'db' begins here with SQL 'BEGIN'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'db' ends here
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

void commit_on_another_database_leaves_this_one_open(sqlite3 *cache,
                                                     sqlite3 *main_db,
                                                     CURL *h) {
  sqlite3_exec(cache, "BEGIN", nullptr, nullptr, nullptr);
  sqlite3_exec(main_db, "BEGIN", nullptr, nullptr, nullptr);
  sqlite3_exec(main_db, "COMMIT", nullptr, nullptr, nullptr);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'cache' is open
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: transaction on 'cache' begins here with SQL 'BEGIN'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'cache' ends here
  sqlite3_exec(cache, "COMMIT", nullptr, nullptr, nullptr);
}

void committed_on_one_branch_only(sqlite3 *db, CURL *h, bool quick) {
  sqlite3_exec(db, "BEGIN DEFERRED", nullptr, nullptr, nullptr);
  if (quick)
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'db' is open
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: transaction on 'db' begins here with SQL 'BEGIN DEFERRED'; it is still open on some paths to the call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction on 'db' is still open when 'committed_on_one_branch_only' returns
}

class LocalCache {
public:
  void refresh(CURL *h) {
    sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_exec(db_, "DELETE FROM entries", nullptr, nullptr, nullptr);
    curl_easy_perform(h);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow http call 'curl_easy_perform' while database transaction 'db_' is open
    // CHECK-MESSAGES: :[[@LINE-4]]:5: note: transaction on 'db_' begins here with SQL 'BEGIN IMMEDIATE'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:5: note: transaction on 'db_' ends here
    sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
  }

private:
  sqlite3 *db_ = nullptr;
};

// --- Near misses: no finding. ---

void slow_call_after_commit(sqlite3 *db, CURL *h) {
  sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  sqlite3_exec(db, "UPDATE orders SET state = 'paid' WHERE id = 7", nullptr,
               nullptr, nullptr);
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  curl_easy_perform(h);
}

void busy_retry_sleeps_after_rollback(sqlite3 *db) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    int rc = sqlite3_exec(db, "UPDATE counters SET n = n + 1", nullptr,
                          nullptr, nullptr);
    if (rc == SQLITE_OK) {
      sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
      return;
    }
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    usleep(1000u << attempt);
  }
}

static int collect_url(void *out, int, char **values, char **) {
  *static_cast<const char **>(out) = values[0];
  return 0;
}

void select_only_is_not_a_transaction(sqlite3 *db, CURL *h) {
  const char *url = nullptr;
  sqlite3_exec(db, "SELECT url FROM hooks LIMIT 1", collect_url, &url,
               nullptr);
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_perform(h);
}

void begin_then_commit_on_the_same_database(sqlite3 *db, CURL *h) {
  sqlite3_exec(db, "BEGIN TRANSACTION", nullptr, nullptr, nullptr);
  sqlite3_exec(db, "INSERT INTO outbox(payload) VALUES ('{}')", nullptr,
               nullptr, nullptr);
  if (sqlite3_exec(db, "END TRANSACTION", nullptr, nullptr, nullptr) ==
      SQLITE_OK)
    curl_easy_perform(h);
}

void whole_transaction_in_one_string(sqlite3 *db, CURL *h) {
  char *err = nullptr;
  int rc = sqlite3_exec(db,
                        "BEGIN; "
                        "UPDATE stock SET n = n - 1 WHERE sku = 'A'; "
                        "INSERT INTO moves(sku) VALUES ('A'); "
                        "COMMIT;",
                        nullptr, nullptr, &err);
  if (rc != SQLITE_OK)
    sqlite3_free(err);
  curl_easy_perform(h);
}

void rolled_back_on_every_failure(sqlite3 *db, CURL *h, bool ok) {
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  if (ok)
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  else
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  curl_easy_perform(h);
}

void sql_built_at_run_time_is_not_understood(sqlite3 *db, const char *mode) {
  // The text is not a literal, so conncheck cannot tell that it begins a
  // transaction: a known limit, and no finding.
  char *sql = sqlite3_mprintf("BEGIN %s", mode);
  sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  sqlite3_free(sql);
  sleep(1);
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

void pragma_and_schema_setup_are_not_transactions(sqlite3 *db, CURL *h) {
  sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
  sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS begin_times(t INTEGER)",
               nullptr, nullptr, nullptr);
  curl_easy_perform(h);
}
