// RUN: %check_conncheck %s -- %cxxflags -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -fPIC
//
// Qt 5.15 Core threads (Debian's real headers, qtbase5-dev): the static
// QThread::sleep/msleep/usleep suspend the caller; QThread::wait,
// QWaitCondition::wait, QSemaphore::acquire, QThreadPool::waitForDone and
// QFuture::waitForFinished/result block on other threads, unless a timed wait
// is given 0. Transactions are libpqxx 6.4's (Debian's real headers).

#include <QFuture>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>
#include <pqxx/pqxx>

void qt_sleeps_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  QThread::msleep(200);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'QThread::msleep' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+9]]:6: note: transaction 'tx' ends here
  QThread::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'QThread::sleep' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
  QThread::usleep(500);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'QThread::usleep' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-11]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void qt_waits_in_work(pqxx::connection &c, QThread *worker,
                      QWaitCondition &ready, QMutex &m, QSemaphore &permits,
                      QFuture<int> score) {
  pqxx::work tx(c);
  worker->wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow wait call 'QThread::wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+24]]:6: note: transaction 'tx' ends here
  worker->wait(5000);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow wait call 'QThread::wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+20]]:6: note: transaction 'tx' ends here
  m.lock();
  ready.wait(&m);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow wait call 'QWaitCondition::wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-12]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+15]]:6: note: transaction 'tx' ends here
  m.unlock();
  permits.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow wait call 'QSemaphore::acquire' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-17]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+10]]:6: note: transaction 'tx' ends here
  QThreadPool::globalInstance()->waitForDone();
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: slow wait call 'QThreadPool::waitForDone' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-21]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tx' ends here
  int s = score.result();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: slow wait call 'QFuture::result' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-25]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE users SET score = " + std::to_string(s));
  tx.commit();
}

// --- Near misses: no finding. ---

// Zero timeouts only poll; tryAcquire() and locking do not wait.
void qt_polls_in_work(pqxx::connection &c, QThread *worker,
                      QWaitCondition &ready, QMutex &m, QSemaphore &permits,
                      QFuture<int> score) {
  pqxx::work tx(c);
  if (worker->wait(0))
    tx.exec("UPDATE jobs SET finished = true");
  if (worker->isFinished() || worker->isRunning())
    tx.exec("UPDATE jobs SET known = true");
  m.lock();
  ready.wait(&m, 0UL);
  m.unlock();
  ready.wakeAll();
  if (permits.tryAcquire())
    permits.release();
  QThreadPool::globalInstance()->waitForDone(0);
  if (score.isFinished())
    tx.exec("UPDATE users SET scored = true");
  QThread::yieldCurrentThread();
  tx.commit();
}

void qt_sleep_after_commit(pqxx::connection &c, QThread *worker) {
  {
    pqxx::work tx(c);
    tx.exec("UPDATE jobs SET state = 'waiting'");
    tx.commit();
  }
  QThread::msleep(200);
  worker->wait();
}
