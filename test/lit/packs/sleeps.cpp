// RUN: %check_conncheck %s -- %cxxflags
//
// Sleeps and thread waits of Poco Foundation 1.11 (Debian's real headers):
// Thread::sleep/trySleep suspend the caller; Thread::join, Event::wait,
// Semaphore::wait, Condition::wait and ThreadPool::joinAll block on other
// threads, unless a timed variant is given 0 (it only polls). Also SQLite's
// sqlite3_sleep (libsqlite3-dev). The held connections are pooled Poco::Data
// sessions and SQLite transactions (sqlite3_exec with BEGIN).

#include <Poco/Condition.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Event.h>
#include <Poco/Mutex.h>
#include <Poco/Semaphore.h>
#include <Poco/Thread.h>
#include <Poco/ThreadPool.h>
#include <sqlite3.h>

using Poco::Data::Keywords::now;

void poco_sleeps_while_session_is_held(Poco::Data::SessionPool &pool) {
  Poco::Data::Session session(pool.get());
  session << "UPDATE feeds SET state = 'throttled' WHERE id = 1", now;
  Poco::Thread::sleep(250);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'Poco::Thread::sleep' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-4]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
  Poco::Thread::trySleep(1000);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'Poco::Thread::trySleep' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-8]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
}

void poco_waits_while_session_is_held(Poco::Data::SessionPool &pool,
                                      Poco::Thread &worker, Poco::Event &done,
                                      Poco::Semaphore &slots,
                                      Poco::ThreadPool &threads) {
  Poco::Data::Session session(pool.get());
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow wait call 'Poco::Thread::join' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-3]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+18]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
  if (worker.tryJoin(5000))
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: slow wait call 'Poco::Thread::tryJoin' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-7]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE+14]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
    session << "UPDATE feeds SET joined = true", now;
  done.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow wait call 'Poco::Event::wait' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-12]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+9]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
  slots.wait(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow wait call 'Poco::Semaphore::wait' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-16]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
  threads.joinAll();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow wait call 'Poco::ThreadPool::joinAll' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-20]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
}

void poco_condition_while_session_is_held(Poco::Data::SessionPool &pool,
                                          Poco::Condition &ready,
                                          Poco::Mutex &m) {
  Poco::Data::Session session(pool.get());
  Poco::Mutex::ScopedLock lock(m);
  ready.wait(m);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow wait call 'Poco::Condition::wait' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-4]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
}

void sqlite_sleep_in_transaction(sqlite3 *db) {
  sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
  sqlite3_sleep(100);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sqlite3_sleep' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: transaction on 'db' begins here with SQL 'BEGIN IMMEDIATE'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'db' ends here
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
}

// --- Near misses: no finding. ---

// Timed waits given 0 only poll; yield, set and locking do not wait.
void poco_polls_while_session_is_held(Poco::Data::SessionPool &pool,
                                      Poco::Thread &worker, Poco::Event &done,
                                      Poco::Semaphore &slots,
                                      Poco::Condition &ready, Poco::Mutex &m) {
  Poco::Data::Session session(pool.get());
  if (worker.tryJoin(0))
    session << "UPDATE feeds SET joined = true", now;
  if (done.tryWait(0))
    session << "UPDATE feeds SET done = true", now;
  if (slots.tryWait(0))
    slots.set();
  Poco::Mutex::ScopedLock lock(m);
  ready.tryWait(m, 0);
  done.set();
  Poco::Thread::yield();
  if (worker.isRunning())
    session << "UPDATE feeds SET running = true", now;
}

void poco_sleep_after_close(Poco::Data::SessionPool &pool,
                            Poco::Thread &worker) {
  Poco::Data::Session session(pool.get());
  session << "UPDATE feeds SET state = 'waiting' WHERE id = 1", now;
  session.close();
  Poco::Thread::sleep(250);
  worker.join();
}

void sqlite_sleep_after_commit(sqlite3 *db) {
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  sqlite3_exec(db, "UPDATE jobs SET state = 'waiting'", nullptr, nullptr,
               nullptr);
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_sleep(100);
}
