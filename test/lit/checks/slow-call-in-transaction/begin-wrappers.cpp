// RUN: %check_conncheck %s -- %cxxflags -I/usr/include/x86_64-linux-gnu/qt5 -fPIC
//
// A function that begins (or ends) a transaction on the connection it is
// handed -- a free function, or a method of a storage class -- is
// recognised from its body, as a member wrapper is: Qt SQL's
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
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'db' ends here
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

// A method of a storage class that begins on the connection it is handed.
class Storage {
public:
  bool beginTransaction(QSqlDatabase &db) { return db.transaction(); }
  static bool beginStatic(QSqlDatabase &db) { return db.transaction(); }

  void markRead(QSqlDatabase db) {
    if (!beginTransaction(db))
      return;
    QThread::msleep(10);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'QThread::msleep' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-4]]:10: note: transaction on 'db' begins here with 'Storage::beginTransaction'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:8: note: transaction on 'db' ends here
    db.commit();
  }

  void markReadStatic(QSqlDatabase db) {
    if (!beginStatic(db))
      return;
    QThread::msleep(10);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'QThread::msleep' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-4]]:10: note: transaction on 'db' begins here with 'Storage::beginStatic'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:8: note: transaction on 'db' ends here
    db.commit();
  }

  // Near miss: it did not begin on this path.
  void markReadChecked(QSqlDatabase db) {
    if (!beginTransaction(db)) {
      QThread::msleep(10);
      return;
    }
    db.commit();
  }
};
