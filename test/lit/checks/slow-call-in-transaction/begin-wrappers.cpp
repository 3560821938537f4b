// RUN: %check_conncheck %s -- %cxxflags -I/usr/include/x86_64-linux-gnu/qt5 -fPIC
//
// A free function that begins (or ends) a transaction on the connection it
// is handed is recognised from its body, as a member wrapper is: Qt SQL's
// QSqlDatabase::transaction() behind `beginTx(db)`, with its "did it
// begin" result passed through.

#include <QtCore/QThread>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

static bool beginTx(QSqlDatabase &db) { return db.transaction(); }
static void commitTx(QSqlDatabase &db) { db.commit(); }

void store_message(QSqlDatabase db) {
  if (!beginTx(db))
    return;
  QSqlQuery query(db);
  query.exec("INSERT INTO backlog VALUES (1)");
  QThread::msleep(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'QThread::msleep' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-6]]:8: note: transaction on 'db' begins here with 'beginTx'{{$}}
  commitTx(db);
  QThread::msleep(100); // committed by the helper
}

// Where the begin failed, nothing is open.
void failed_begin(QSqlDatabase db) {
  if (!beginTx(db)) {
    QThread::msleep(100);
    return;
  }
  commitTx(db);
}
