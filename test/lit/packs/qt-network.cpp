// RUN: %check_conncheck %s -- %cxxflags -fPIC -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -I/usr/include/x86_64-linux-gnu/qt5/QtNetwork
//
// Qt 5 Network (Debian's real headers, qtbase5-dev). QNetworkAccessManager::
// get/post/... only start a request; waiting for its QNetworkReply with a
// local QEventLoop::exec() blocks the thread until the loop quits. The
// sockets' waitFor* calls block up to msecs (default 30000, -1 forever);
// msecs 0 only polls. QNetworkReply does not override QIODevice's
// waitForReadyRead, which returns false at once. Transactions are
// libpqxx 6.4's.

#include <QtCore/QByteArray>
#include <QtCore/QEventLoop>
#include <QtCore/QObject>
#include <QtCore/QUrl>
#include <QtNetwork/QLocalSocket>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <pqxx/pqxx>

#include <string>

void reply_waited_with_local_loop_in_work(pqxx::connection &c,
                                          QNetworkAccessManager &nam) {
  pqxx::work tx(c);
  QNetworkReply *reply = nam.get(QNetworkRequest(QUrl("http://rates.internal/eur")));
  QEventLoop loop;
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  loop.exec();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow wait call 'QEventLoop::exec' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-6]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE rates SET eur = " + tx.quote(reply->readAll().toStdString()));
  tx.commit();
  reply->deleteLater();
}

void socket_waits_in_work(pqxx::connection &c, QTcpSocket &socket) {
  pqxx::work tx(c);
  socket.connectToHost("ledger.internal", 7000);
  socket.waitForConnected();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow http call 'QAbstractSocket::waitForConnected' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+11]]:6: note: transaction 'tx' ends here
  socket.write("BALANCE 42\n");
  socket.waitForBytesWritten(1000);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow http call 'QAbstractSocket::waitForBytesWritten' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-9]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tx' ends here
  if (socket.waitForReadyRead(-1))
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: slow http call 'QAbstractSocket::waitForReadyRead' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-13]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
    tx.exec("UPDATE accounts SET balance = " + tx.quote(socket.readLine().toStdString()));
  tx.commit();
}

void tls_handshake_in_work(pqxx::connection &c, QSslSocket &socket) {
  pqxx::work tx(c);
  socket.connectToHostEncrypted("ledger.internal", 7443);
  socket.waitForEncrypted(5000);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow http call 'QSslSocket::waitForEncrypted' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void local_ipc_and_server_waits_in_work(pqxx::connection &c, QLocalSocket &ipc,
                                        QTcpServer &server) {
  pqxx::work tx(c);
  ipc.waitForReadyRead();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: slow wait call 'QLocalSocket::waitForReadyRead' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
  server.waitForNewConnection(3000);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow wait call 'QTcpServer::waitForNewConnection' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Near misses: no finding. ---

void request_only_started(pqxx::connection &c, QNetworkAccessManager &nam) {
  pqxx::work tx(c);
  tx.exec("UPDATE orders SET state = 'shipped'");
  QNetworkRequest req(QUrl("http://audit.internal/events"));
  req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
  QNetworkReply *posted = nam.post(req, QByteArray("{}"));
  QObject::connect(posted, &QNetworkReply::finished, posted,
                   &QObject::deleteLater);
  nam.get(QNetworkRequest(QUrl("http://cache.internal/warm")));
  nam.deleteResource(QNetworkRequest(QUrl("http://cache.internal/stale")));
  tx.commit();
}

void zero_timeouts_only_poll(pqxx::connection &c, QTcpSocket &socket,
                             QTcpServer &server) {
  pqxx::work tx(c);
  if (socket.waitForReadyRead(0))
    tx.exec("UPDATE accounts SET pending = true");
  socket.waitForBytesWritten(0);
  // waitForNewConnection's msec defaults to 0.
  server.waitForNewConnection();
  tx.commit();
}

void reply_wait_returns_at_once(pqxx::connection &c, QNetworkReply *reply) {
  pqxx::work tx(c);
  // QIODevice::waitForReadyRead, not overridden by QNetworkReply.
  if (reply->waitForReadyRead(5000))
    tx.exec("UPDATE rates SET fresh = true");
  tx.commit();
}

void loop_run_after_commit(pqxx::connection &c, QNetworkAccessManager &nam) {
  QNetworkReply *reply = nullptr;
  {
    pqxx::work tx(c);
    tx.exec("UPDATE rates SET fetching = true");
    reply = nam.get(QNetworkRequest(QUrl("http://rates.internal/eur")));
    tx.commit();
  }
  QEventLoop loop;
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  loop.exec();
}
