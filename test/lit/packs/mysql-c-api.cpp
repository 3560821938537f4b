// RUN: %check_conncheck %s -- %cxxflags -I/usr/include/mariadb
//
// MySQL/MariaDB C API (Debian's real headers, libmariadb-dev). A transaction
// is begun by turning autocommit off (mysql_autocommit(m, 0)) or by SQL text
// (START TRANSACTION / BEGIN), and ended by mysql_commit, mysql_rollback,
// turning autocommit back on, or COMMIT / ROLLBACK text. MariaDB's
// non-blocking variants (mysql_autocommit_start, mysql_commit_start,
// mysql_rollback_start) take the connection second.
//
// The slow calls are libcurl's, cpp-httplib's and std::this_thread::sleep_for.

#include <mysql.h>
#include <curl/curl.h>
#include <httplib.h>
#include <chrono>
#include <thread>

void http_with_autocommit_off(MYSQL *m, CURL *h) {
  mysql_autocommit(m, 0);
  mysql_query(m, "UPDATE orders SET state = 'charging' WHERE id = 42");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'm' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: transaction on 'm' begins here with 'mysql_autocommit'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'm' ends here
  mysql_commit(m);
}

void sleep_before_rollback(MYSQL *conn) {
  if (mysql_autocommit(conn, false))
    return;
  mysql_query(conn, "DELETE FROM reservations WHERE expired = 1");
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'conn' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: transaction on 'conn' begins here with 'mysql_autocommit'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'conn' ends here
  mysql_rollback(conn);
}

void http_inside_sql_text_transaction(MYSQL *m, httplib::Client &cli) {
  mysql_query(m, "START TRANSACTION");
  mysql_query(m, "UPDATE stock SET reserved = reserved + 1 WHERE sku = 'A1'");
  cli.Get("/warehouse/A1");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: slow http call 'httplib::Client::Get' while database transaction 'm' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: transaction on 'm' begins here with SQL 'START TRANSACTION'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'm' ends here
  mysql_query(m, "COMMIT");
}

void rollback_to_savepoint_keeps_it_open(MYSQL *m, CURL *h) {
  mysql_autocommit(m, 0);
  mysql_query(m, "SAVEPOINT before_charge");
  mysql_query(m, "UPDATE wallets SET balance = balance - 10 WHERE id = 1");
  mysql_query(m, "ROLLBACK TO SAVEPOINT before_charge");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'm' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-6]]:3: note: transaction on 'm' begins here with 'mysql_autocommit'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'm' ends here
  mysql_commit(m);
}

void non_blocking_api(MYSQL *m, CURL *h) {
  my_bool ret = 0;
  mysql_autocommit_start(&ret, m, 0);
  mysql_query(m, "UPDATE jobs SET claimed = 1 WHERE id = 9");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'm' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: transaction on 'm' begins here with 'mysql_autocommit_start'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'm' ends here
  mysql_commit_start(&ret, m);
}

// --- Near misses: no finding. ---

void autocommit_on_begins_nothing(MYSQL *m, CURL *h) {
  mysql_autocommit(m, 1);
  mysql_query(m, "UPDATE orders SET attempts = attempts + 1 WHERE id = 42");
  curl_easy_perform(h);
}

void autocommit_back_on_commits(MYSQL *m, CURL *h) {
  mysql_autocommit(m, 0);
  mysql_query(m, "UPDATE orders SET state = 'paid' WHERE id = 42");
  mysql_autocommit(m, 1); // commits the open transaction
  curl_easy_perform(h);
}

void committed_before_the_call(MYSQL *m, httplib::Client &cli) {
  mysql_autocommit(m, false);
  mysql_query(m, "UPDATE stock SET reserved = 0 WHERE sku = 'A1'");
  mysql_commit(m);
  cli.Get("/warehouse/A1");
}

void rolled_back_before_the_sleep(MYSQL *m) {
  mysql_autocommit(m, 0);
  mysql_query(m, "DELETE FROM carts WHERE stale = 1");
  mysql_rollback(m);
  std::this_thread::sleep_for(std::chrono::seconds(1));
}

void mode_not_known_here(MYSQL *m, CURL *h, my_bool mode) {
  // Not a constant: conncheck does not guess.
  mysql_autocommit(m, mode);
  curl_easy_perform(h);
}

void sql_text_committed(MYSQL *m, CURL *h) {
  mysql_query(m, "BEGIN");
  mysql_real_query(m, "UPDATE jobs SET done = 1", 24);
  mysql_real_query(m, "COMMIT", 6);
  curl_easy_perform(h);
}

void non_blocking_rollback(MYSQL *m, CURL *h) {
  my_bool ret = 0;
  mysql_autocommit_start(&ret, m, 0);
  mysql_query(m, "UPDATE jobs SET claimed = 0 WHERE id = 9");
  mysql_rollback_start(&ret, m);
  curl_easy_perform(h);
}

void other_connection_committed(MYSQL *orders, MYSQL *audit, CURL *h) {
  mysql_autocommit(orders, 0);
  mysql_query(orders, "UPDATE orders SET state = 'done' WHERE id = 1");
  mysql_commit(orders);
  mysql_autocommit(audit, 1);
  mysql_query(audit, "INSERT INTO audit(msg) VALUES ('done')");
  curl_easy_perform(h);
}
