// RUN: %check_conncheck %s -- %cxxflags -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -I/usr/include/x86_64-linux-gnu/qt5/QtSql -fPIC
//
// Qt SQL (Debian's real Qt 5 headers, qtbase5-dev): QSqlDatabase::transaction()
// begins a transaction on the connection, commit() and rollback() end it, and
// close() rolls it back; QSqlDriver::beginTransaction() and its
// commitTransaction()/rollbackTransaction() do the same one level down.
// A QSqlDatabase is a value handle: QSqlDatabase::database(name) returns a
// new handle on the same connection each time. A begin or an end made
// through a handle that is not a named variable (a temporary, the driver)
// concerns "a" transaction of the function: such an end closes every one.
// Qt has no connection pool: nothing here is a lease.
//
// The slow calls are libcurl's and std::this_thread::sleep_for.

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlQuery>
#include <QtCore/QVariant>
#include <curl/curl.h>
#include <chrono>
#include <thread>

static void post_invoice(CURL *h) { curl_easy_perform(h); }

void http_inside_a_transaction(CURL *h) {
  QSqlDatabase db = QSqlDatabase::database();
  db.transaction();
  QSqlQuery q(db);
  q.exec("UPDATE invoices SET state = 'sending' WHERE id = 7");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:6: note: transaction on 'db' begins here with 'QSqlDatabase::transaction'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction on 'db' ends here
  db.commit();
}

void sleep_through_a_temporary_handle() {
  QSqlDatabase::database("billing").transaction();
  QSqlQuery q(QSqlDatabase::database("billing"));
  q.exec("SELECT id FROM invoices WHERE state = 'due' FOR UPDATE");
  std::this_thread::sleep_for(std::chrono::seconds(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while a database transaction is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:37: note: transaction begins here with 'QSqlDatabase::transaction'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:37: note: the transaction ends here
  QSqlDatabase::database("billing").commit();
}

void rolled_back_on_one_branch_only(QSqlDatabase &db, CURL *h, bool dry_run) {
  db.transaction();
  QSqlQuery q(db);
  q.exec("DELETE FROM outbox WHERE sent = 1");
  if (dry_run)
    db.rollback();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:6: note: transaction on 'db' begins here with 'QSqlDatabase::transaction'; it is still open on some paths to the call{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: transaction on 'db' ends here
  if (!dry_run)
    db.commit();
}

void through_the_driver(QSqlDatabase &db, CURL *h) {
  db.driver()->beginTransaction();
  post_invoice(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'post_invoice' reaches a slow http call ('curl_easy_perform') while a database transaction is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: transaction begins here with 'QSqlDriver::beginTransaction'{{$}}
  // CHECK-MESSAGES: :[[@LINE-44]]:37: note: 'post_invoice' calls 'curl_easy_perform', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:16: note: the transaction ends here
  db.driver()->commitTransaction();
}

class InvoiceStore {
public:
  explicit InvoiceStore(CURL *h) : db_(QSqlDatabase::database("billing")), h_(h) {}

  void mark_sent(int id) {
    db_.transaction();
    QSqlQuery q(db_);
    q.prepare("UPDATE invoices SET state = 'sent' WHERE id = ?");
    q.addBindValue(id);
    q.exec();
    post_invoice(h_);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'post_invoice' reaches a slow http call ('curl_easy_perform') while database transaction 'db_' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-7]]:9: note: transaction on 'db_' begins here with 'QSqlDatabase::transaction'{{$}}
    // CHECK-MESSAGES: :[[@LINE-62]]:37: note: 'post_invoice' calls 'curl_easy_perform', a slow http call{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:9: note: transaction on 'db_' ends here
    db_.commit();
  }

  // Near misses (see below).
  void commit_then_post(int id);
  void rollback_then_wait();

private:
  QSqlDatabase db_;
  CURL *h_;
};

// --- Near misses: no finding. ---

void InvoiceStore::commit_then_post(int id) {
  db_.transaction();
  QSqlQuery q(db_);
  q.prepare("UPDATE invoices SET state = 'sending' WHERE id = ?");
  q.addBindValue(id);
  q.exec();
  db_.commit();
  post_invoice(h_);
}

void InvoiceStore::rollback_then_wait() {
  db_.transaction();
  QSqlQuery q(db_);
  if (!q.exec("UPDATE invoices SET locked = 1"))
    db_.rollback();
  else
    db_.commit();
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
}

void closed_connection_rolls_back(QSqlDatabase &db, CURL *h) {
  db.transaction();
  QSqlQuery q(db);
  q.exec("UPDATE invoices SET state = 'draft'");
  db.close(); // closing the connection rolls the transaction back
  curl_easy_perform(h);
}

void committed_through_a_new_handle(CURL *h) {
  QSqlDatabase db = QSqlDatabase::database("billing");
  db.transaction();
  QSqlQuery q(db);
  q.exec("UPDATE invoices SET state = 'queued'");
  // The same connection, through a handle of its own: it ends the one
  // transaction this function began.
  QSqlDatabase::database("billing").commit();
  curl_easy_perform(h);
}

void driver_rollback(QSqlDatabase &db) {
  db.driver()->beginTransaction();
  QSqlQuery q(db);
  q.exec("UPDATE invoices SET state = 'void'");
  db.driver()->rollbackTransaction();
  std::this_thread::sleep_for(std::chrono::seconds(1));
}

void autocommitted_statements_only(QSqlDatabase &db, CURL *h) {
  // No transaction(): every statement commits on its own.
  QSqlQuery q(db);
  q.exec("UPDATE invoices SET attempts = attempts + 1");
  curl_easy_perform(h);
  q.exec("UPDATE invoices SET state = 'sent'");
}

void begin_failed(QSqlDatabase &db, CURL *h) {
  // transaction() returned false: no transaction is open on this branch.
  if (!db.transaction()) {
    curl_easy_perform(h);
    return;
  }
  QSqlQuery q(db);
  q.exec("UPDATE invoices SET state = 'checked'");
  db.commit();
}

// SQL text run on the connection itself begins and ends a transaction too,
// the statement passed as a QString built from the literal.
void sql_text_on_the_connection(QSqlDatabase &db, CURL *h) {
  db.exec("BEGIN TRANSACTION READ ONLY");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: transaction on 'db' begins here with SQL 'BEGIN TRANSACTION READ ONLY'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction on 'db' ends here
  db.exec("COMMIT");
  curl_easy_perform(h); // committed
}

void other_sql_on_the_connection(QSqlDatabase &db, CURL *h) {
  db.exec("VACUUM");
  curl_easy_perform(h);
}
