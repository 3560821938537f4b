// RUN: %check_conncheck %s -- %cxxflags -isystem %stubs/mysqlx
//
// MySQL Connector/C++ X DevAPI (stub mirroring mysql/mysql-connector-cpp
// include/mysqlx/xdevapi.h, 8.3.0; Debian 12 packages only the 1.1 JDBC-style
// API). A pooling mysqlx::Client hands out Sessions (Client::getSession(),
// or a Session constructed from the Client); the Session's destructor and
// close() give its connection back to the pool (common/session.cc,
// Pooled_session::release). A Session made from a URI or settings has a
// connection of its own: no pool, no lease. Session::startTransaction()
// begins a transaction; commit(), rollback() and close() end it;
// rollbackTo(savepoint) leaves it open.
//
// The slow calls are libcurl's, cpp-httplib's and std::this_thread::sleep_for.

#include <mysqlx/xdevapi.h>
#include <curl/curl.h>
#include <httplib.h>
#include <chrono>
#include <thread>
#include <utility>

void http_while_pooled_session_is_held(mysqlx::Client &client, CURL *h) {
  mysqlx::Session sess = client.getSession();
  sess.sql("UPDATE feeds SET fetching = 1 WHERE id = 1").execute();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'sess' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-4]]:33: note: connection 'sess' taken from 'client' here with 'mysqlx::Client::getSession'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'sess' is given back here, where 'sess' goes out of scope
}

void session_constructed_from_the_client(mysqlx::Client &pool) {
  mysqlx::Session sess(pool);
  sess.sql("SELECT COUNT(*) FROM jobs WHERE ready = 1").execute();
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while pooled connection 'sess' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-4]]:19: note: connection 'sess' (mysqlx::Session) taken from 'pool' here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'sess' is given back here, where 'sess' goes out of scope
}

void start_transaction_as_sql(mysqlx::Client &client, CURL *h) {
  mysqlx::Session sess = client.getSession();
  sess.sql("START TRANSACTION").execute();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'sess' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:8: note: transaction on 'sess' begins here with SQL 'START TRANSACTION'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:8: note: transaction on 'sess' ends here
  sess.commit();
}

void http_inside_a_transaction(mysqlx::Client &client, httplib::Client &cli) {
  mysqlx::Session sess = client.getSession();
  sess.startTransaction();
  sess.sql("UPDATE stock SET reserved = reserved + 1 WHERE sku = 'A1'").execute();
  cli.Post("/warehouse/A1/reserve");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: slow http call 'httplib::Client::Post' while database transaction 'sess' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:8: note: transaction on 'sess' begins here with 'mysqlx::Session::startTransaction'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:8: note: transaction on 'sess' ends here
  sess.commit();
}

void rollback_to_a_savepoint_keeps_it_open(mysqlx::Session &sess, CURL *h) {
  sess.startTransaction();
  sess.setSavepoint("before_charge");
  sess.sql("UPDATE wallets SET balance = balance - 10 WHERE id = 1").execute();
  sess.rollbackTo("before_charge");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'sess' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-6]]:8: note: transaction on 'sess' begins here with 'mysqlx::Session::startTransaction'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:8: note: transaction on 'sess' ends here
  sess.commit();
}

void closed_on_one_branch_only(mysqlx::Client &client, CURL *h, bool cached) {
  mysqlx::Session sess = client.getSession();
  sess.sql("UPDATE hits SET n = n + 1 WHERE page = 'home'").execute();
  if (cached)
    sess.close();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'sess' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-6]]:33: note: connection 'sess' taken from 'client' here with 'mysqlx::Client::getSession'; it is still held on some paths to the call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'sess' is given back here, where 'sess' goes out of scope
}

// --- Near misses: no finding. ---

void closed_before_the_call(mysqlx::Client &client, CURL *h) {
  mysqlx::Session sess = client.getSession();
  sess.sql("UPDATE feeds SET fetching = 1 WHERE id = 1").execute();
  sess.close(); // back to the pool
  curl_easy_perform(h);
}

void destroyed_before_the_call(mysqlx::Client &client, CURL *h) {
  {
    mysqlx::Session sess = client.getSession();
    sess.sql("UPDATE feeds SET fetching = 0 WHERE id = 1").execute();
  } // back to the pool
  curl_easy_perform(h);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

void session_of_its_own_is_not_pooled(CURL *h) {
  mysqlx::Session sess("mysqlx://app:secret@db:33060/shop");
  sess.sql("INSERT INTO audit(msg) VALUES ('fetching')").execute();
  curl_easy_perform(h);
  mysqlx::Session other = mysqlx::getSession("mysqlx://app:secret@db:33060/shop");
  other.sql("INSERT INTO audit(msg) VALUES ('fetched')").execute();
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

void committed_before_the_call(CURL *h) {
  mysqlx::Session sess("mysqlx://app:secret@db:33060/shop");
  sess.startTransaction();
  sess.sql("UPDATE orders SET state = 'paid' WHERE id = 42").execute();
  sess.commit();
  curl_easy_perform(h);
}

void rolled_back_before_the_sleep(mysqlx::Session &sess) {
  sess.startTransaction();
  sess.sql("DELETE FROM carts WHERE stale = 1").execute();
  sess.rollback();
  std::this_thread::sleep_for(std::chrono::seconds(1));
}

void session_reference_is_the_callers(mysqlx::Session &sess, CURL *h) {
  // Whoever took it from the pool holds it; the finding belongs at their
  // call to us.
  sess.sql("UPDATE hooks SET last_sent = 1").execute();
  curl_easy_perform(h);
}

static void archive(mysqlx::Session sess) {
  sess.sql("INSERT INTO archive SELECT * FROM rates").execute();
}

void session_moved_into_a_callee(mysqlx::Client &client, CURL *h) {
  mysqlx::Session sess = client.getSession();
  sess.sql("UPDATE rates SET archiving = 1").execute();
  archive(std::move(sess)); // the callee's Session goes back on return
  curl_easy_perform(h);
}

void closing_the_session_ends_the_transaction(mysqlx::Session &sess, CURL *h) {
  sess.startTransaction();
  sess.sql("UPDATE orders SET state = 'draft'").execute();
  sess.close(); // rolls back
  curl_easy_perform(h);
}
