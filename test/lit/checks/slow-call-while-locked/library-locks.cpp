// RUN: %check_conncheck %s -- %cxxflags -DBOOST_THREAD_VERSION=4 -I/usr/include/x86_64-linux-gnu/qt5 -I/usr/include/x86_64-linux-gnu/qt5/QtCore -fPIC
//
// The lock packs for Boost.Thread 1.74, Qt 5.15 Core and Poco Foundation
// 1.11, on Debian's real headers (libboost-thread-dev, qtbase5-dev,
// libpoco-dev).

#include <boost/thread/condition_variable.hpp>
#include <boost/thread/locks.hpp>
#include <boost/thread/mutex.hpp>
#include <boost/thread/thread.hpp>

#include <QMutex>
#include <QMutexLocker>
#include <QReadWriteLock>
#include <QThread>
#include <QWaitCondition>

#include <Poco/Condition.h>
#include <Poco/Mutex.h>
#include <Poco/RWLock.h>
#include <Poco/ScopedLock.h>
#include <Poco/Thread.h>

boost::mutex bm;
boost::condition_variable bcv;

void boost_lock_guard() {
  boost::lock_guard<boost::mutex> g(bm);
  boost::this_thread::sleep_for(boost::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'boost::this_thread::sleep_for' while lock 'g' (boost::lock_guard<boost::mutex>) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:35: note: lock 'g' (boost::lock_guard<boost::mutex>) on 'bm' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'g' (boost::lock_guard<boost::mutex>) is released here, where 'g' goes out of scope
}

void boost_unique_lock(boost::thread &worker) {
  boost::unique_lock<boost::mutex> lk(bm);
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow wait call 'boost::thread::join' while lock 'lk' (boost::unique_lock<boost::mutex>) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:36: note: lock 'lk' (boost::unique_lock<boost::mutex>) on 'bm' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'lk' (boost::unique_lock<boost::mutex>) is released here, where 'lk' goes out of scope
}

void boost_by_hand() {
  bm.lock();
  boost::this_thread::sleep_for(boost::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'boost::this_thread::sleep_for' while 'bm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: 'bm' locked here with 'boost::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: 'bm' is unlocked here
  bm.unlock();
}

void boost_consumer(bool &ready) {
  boost::unique_lock<boost::mutex> lk(bm);
  while (!ready)
    bcv.wait(lk); // gives up 'lk' while it waits
}

void boost_deferred() {
  boost::unique_lock<boost::mutex> lk(bm, boost::defer_lock);
  boost::this_thread::sleep_for(boost::chrono::seconds(1));
}

QMutex qm;
QReadWriteLock qrw;
QWaitCondition qcv;

void qt_locker() {
  QMutexLocker locker(&qm);
  QThread::msleep(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'QThread::msleep' while lock 'locker' (QMutexLocker) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:16: note: lock 'locker' (QMutexLocker) on 'qm' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'locker' (QMutexLocker) is released here, where 'locker' goes out of scope
}

void qt_unlock_then_sleep() {
  QMutexLocker locker(&qm);
  locker.unlock();
  QThread::msleep(100);
  locker.relock();
  QThread::msleep(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'QThread::msleep' while lock 'locker' (QMutexLocker) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:10: note: lock 'locker' (QMutexLocker) on 'qm' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'locker' (QMutexLocker) is released here, where 'locker' goes out of scope
}

void qt_try_lock() {
  if (!qm.tryLock())
    return;
  QThread::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'QThread::sleep' while 'qm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-4]]:11: note: 'qm' locked here with 'QMutex::tryLock'
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: 'qm' is unlocked here
  qm.unlock();
}

void qt_read_lock() {
  QReadLocker r(&qrw);
  QThread::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'QThread::sleep' while lock 'r' (QReadLocker) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:15: note: lock 'r' (QReadLocker) on 'qrw' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'r' (QReadLocker) is released here, where 'r' goes out of scope
}

void qt_consumer(bool &ready) {
  QMutexLocker locker(&qm);
  while (!ready)
    qcv.wait(&qm); // gives up 'qm' while it waits
}

Poco::Mutex pm;
Poco::FastMutex pfm;
Poco::Condition pcond;

void poco_scoped_lock() {
  Poco::Mutex::ScopedLock lock(pm);
  Poco::Thread::sleep(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'Poco::Thread::sleep' while lock 'lock' (Poco::Mutex::ScopedLock) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:27: note: lock 'lock' (Poco::Mutex::ScopedLock) on 'pm' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'lock' (Poco::Mutex::ScopedLock) is released here, where 'lock' goes out of scope
}

void poco_by_hand() {
  pfm.lock();
  Poco::Thread::sleep(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'Poco::Thread::sleep' while 'pfm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'pfm' locked here with 'Poco::FastMutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:7: note: 'pfm' is unlocked here
  pfm.unlock();
  Poco::Thread::sleep(100);
}

void poco_consumer(bool &ready) {
  Poco::Mutex::ScopedLock lock(pm);
  while (!ready)
    pcond.wait(pm); // gives up 'pm' while it waits
}

void poco_unlocked_early() {
  Poco::ScopedLockWithUnlock<Poco::Mutex> lock(pm);
  lock.unlock();
  Poco::Thread::sleep(100);
}
