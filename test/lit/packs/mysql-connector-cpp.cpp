// RUN: %check_conncheck %s -- %cxxflags
//
// MySQL Connector/C++ 1.1, the JDBC-style API (Debian's real headers,
// libmysqlcppconn-dev): sql::Connection::setAutoCommit(false) begins a
// transaction, commit(), rollback() and close() end it, and so does
// setAutoCommit(true). The rules name sql::Connection's pure virtual methods:
// calls through the driver's own class (sql::mysql::MySQL_Connection) match
// by override. A connection from sql::Driver::connect is the caller's to
// delete and comes from no pool: no lease.
//
// The slow calls are libcurl's and std::this_thread::sleep_for.

#include <cppconn/connection.h>
#include <cppconn/driver.h>
#include <cppconn/statement.h>
#include <mysql_connection.h>
#include <mysql_driver.h>
#include <curl/curl.h>
#include <chrono>
#include <memory>
#include <thread>

static void notify_shipping(CURL *h) { curl_easy_perform(h); }

void http_with_autocommit_off(sql::Driver *driver, CURL *h) {
  std::unique_ptr<sql::Connection> con(
      driver->connect("tcp://127.0.0.1:3306", "shop", "secret"));
  con->setSchema("shop");
  con->setAutoCommit(false);
  std::unique_ptr<sql::Statement> stmt(con->createStatement());
  stmt->executeUpdate("UPDATE orders SET state = 'shipping' WHERE id = 42");
  notify_shipping(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'notify_shipping' reaches a slow http call ('curl_easy_perform') while database transaction 'con' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:8: note: transaction on 'con' begins here with 'sql::Connection::setAutoCommit'{{$}}
  // CHECK-MESSAGES: :[[@LINE-12]]:40: note: 'notify_shipping' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:8: note: transaction on 'con' ends here
  con->commit();
}

void sleep_before_rollback(sql::Connection *con) {
  con->setAutoCommit(false);
  std::unique_ptr<sql::Statement> stmt(con->createStatement());
  stmt->execute("DELETE FROM reservations WHERE expired = 1");
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'con' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:8: note: transaction on 'con' begins here with 'sql::Connection::setAutoCommit'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:8: note: transaction on 'con' ends here
  con->rollback();
}

void through_the_driver_class(sql::mysql::MySQL_Connection &con, CURL *h) {
  con.setAutoCommit(false);
  std::unique_ptr<sql::Statement> stmt(con.createStatement());
  stmt->executeUpdate("UPDATE stock SET reserved = 1 WHERE sku = 'A1'");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'con' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: transaction on 'con' begins here with 'sql::mysql::MySQL_Connection::setAutoCommit'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:7: note: transaction on 'con' ends here
  con.commit();
}

void committed_on_one_branch_only(sql::Connection &con, CURL *h, bool quick) {
  con.setAutoCommit(false);
  std::unique_ptr<sql::Statement> stmt(con.createStatement());
  stmt->executeUpdate("UPDATE carts SET checked_out = 1 WHERE id = 3");
  if (quick)
    con.commit();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'con' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:7: note: transaction on 'con' begins here with 'sql::Connection::setAutoCommit'; it is still open on some paths to the call{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:9: note: transaction on 'con' ends here
  if (!quick)
    con.commit();
}

// --- Near misses: no finding. ---

void autocommit_stays_on(sql::Connection *con, CURL *h) {
  con->setAutoCommit(true);
  std::unique_ptr<sql::Statement> stmt(con->createStatement());
  stmt->executeUpdate("UPDATE orders SET attempts = attempts + 1");
  curl_easy_perform(h);
}

void commit_then_notify(sql::Connection *con, CURL *h) {
  con->setAutoCommit(false);
  std::unique_ptr<sql::Statement> stmt(con->createStatement());
  stmt->executeUpdate("UPDATE orders SET state = 'shipped' WHERE id = 42");
  con->commit();
  notify_shipping(h);
}

void autocommit_back_on_commits(sql::Connection &con) {
  con.setAutoCommit(false);
  std::unique_ptr<sql::Statement> stmt(con.createStatement());
  stmt->executeUpdate("UPDATE orders SET state = 'paid' WHERE id = 42");
  con.setAutoCommit(true);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
}

void closed_connection_rolls_back(sql::Driver *driver, CURL *h) {
  std::unique_ptr<sql::Connection> con(
      driver->connect("tcp://127.0.0.1:3306", "shop", "secret"));
  con->setAutoCommit(false);
  std::unique_ptr<sql::Statement> stmt(con->createStatement());
  stmt->executeUpdate("UPDATE orders SET state = 'draft'");
  con->close();
  curl_easy_perform(h);
}

void mode_not_known_here(sql::Connection *con, CURL *h, bool autocommit) {
  // Not a constant: conncheck does not guess.
  con->setAutoCommit(autocommit);
  curl_easy_perform(h);
}

void rolled_back_in_the_handler(sql::Connection *con, CURL *h) {
  con->setAutoCommit(false);
  try {
    std::unique_ptr<sql::Statement> stmt(con->createStatement());
    stmt->executeUpdate("UPDATE ledger SET posted = 1");
    con->commit();
  } catch (const sql::SQLException &) {
    con->rollback();
  }
  curl_easy_perform(h);
}

// SQL run through a statement: the call does not name the statement's
// connection, so any end of a transaction ends what it began.
void start_transaction_through_a_statement(sql::Connection &con, CURL *h) {
  std::unique_ptr<sql::Statement> stmt(con.createStatement());
  stmt->execute("START TRANSACTION");
  stmt->executeUpdate("UPDATE orders SET state = 'paid' WHERE id = 7");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while a database transaction is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: transaction begins here with SQL 'START TRANSACTION'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:9: note: the transaction ends here
  stmt->execute("COMMIT");
  curl_easy_perform(h);
}

void statement_begins_connection_commits(sql::Connection &con, CURL *h) {
  std::unique_ptr<sql::Statement> stmt(con.createStatement());
  stmt->execute("START TRANSACTION");
  stmt->executeUpdate("UPDATE orders SET state = 'paid' WHERE id = 8");
  con.commit();
  curl_easy_perform(h);
}
