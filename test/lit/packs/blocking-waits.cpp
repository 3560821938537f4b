// RUN: %check_conncheck %s -- %cxxflags -std=c++20
//
// The std-posix pack's blocking waits (libstdc++ 12 and glibc, Debian's real
// headers): condition_variable(_any) wait/wait_for/wait_until (a zero
// wait_for only polls: the duration is argument 1, or argument 2 after a
// std::stop_token), thread/jthread join, C++20 latch, barrier and
// counting_semaphore (binary_semaphore is counting_semaphore<1>) waits, and
// POSIX pthread_join, pthread_cond_wait, sem_wait. condition_variable_any
// lives in libstdc++'s inline namespace std::_V2, which names leave out.
// Transactions are libpqxx 6.4's (Debian's real headers).

#include <pqxx/pqxx>

#include <barrier>
#include <chrono>
#include <condition_variable>
#include <latch>
#include <mutex>
#include <pthread.h>
#include <semaphore.h>
#include <semaphore>
#include <stop_token>
#include <thread>

using namespace std::chrono_literals;

struct Queue {
  std::mutex m;
  std::condition_variable cv;
  std::condition_variable_any cva;
  bool ready = false;
};

static void drain(Queue &q) {
  std::unique_lock<std::mutex> lock(q.m);
  q.cv.wait(lock);
}

void condition_waits_in_work(pqxx::connection &c, Queue &q,
                             std::stop_token stop) {
  pqxx::work tx(c);
  std::unique_lock<std::mutex> lock(q.m);
  q.cv.wait(lock, [&] { return q.ready; });
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow wait call 'std::condition_variable::wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+19]]:6: note: transaction 'tx' ends here
  q.cv.wait_for(lock, 50ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow wait call 'std::condition_variable::wait_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+15]]:6: note: transaction 'tx' ends here
  q.cva.wait_until(lock, std::chrono::steady_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow wait call 'std::condition_variable_any::wait_until' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-12]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+11]]:6: note: transaction 'tx' ends here
  q.cva.wait_for(lock, stop, 2s, [&] { return q.ready; });
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow wait call 'std::condition_variable_any::wait_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-16]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+7]]:6: note: transaction 'tx' ends here
  lock.unlock();
  drain(q);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'drain' reaches a slow wait call ('std::condition_variable::wait') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-21]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-27]]:8: note: 'drain' calls 'std::condition_variable::wait', a slow wait call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void joins_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  std::thread worker([] {});
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow wait call 'std::thread::join' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tx' ends here
  std::jthread helper([] {});
  helper.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow wait call 'std::jthread::join' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-9]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void cxx20_waits_in_work(pqxx::connection &c, std::latch &done,
                         std::barrier<> &phase,
                         std::counting_semaphore<8> &slots,
                         std::binary_semaphore &token) {
  pqxx::work tx(c);
  done.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow wait call 'std::latch::wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+18]]:6: note: transaction 'tx' ends here
  done.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow wait call 'std::latch::arrive_and_wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+14]]:6: note: transaction 'tx' ends here
  phase.arrive_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow wait call 'std::barrier::arrive_and_wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-11]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+10]]:6: note: transaction 'tx' ends here
  slots.acquire();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow wait call 'std::counting_semaphore::acquire' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-15]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tx' ends here
  if (token.try_acquire_for(10ms))
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: slow wait call 'std::counting_semaphore::try_acquire_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-19]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
    token.release();
  tx.commit();
}

void posix_waits_in_work(pqxx::connection &c, pthread_t worker,
                         pthread_mutex_t *m, pthread_cond_t *cv, sem_t *sem) {
  pqxx::work tx(c);
  pthread_join(worker, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow wait call 'pthread_join' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+11]]:6: note: transaction 'tx' ends here
  pthread_mutex_lock(m);
  pthread_cond_wait(cv, m);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow wait call 'pthread_cond_wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tx' ends here
  pthread_mutex_unlock(m);
  sem_wait(sem);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow wait call 'sem_wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-13]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Near misses: no finding. ---

// Locking a mutex and notifying are not waits; zero timeouts only poll.
void locks_notifies_and_polls(pqxx::connection &c, Queue &q,
                              std::stop_token stop) {
  pqxx::work tx(c);
  {
    std::lock_guard<std::mutex> guard(q.m);
    q.ready = true;
  }
  q.cv.notify_one();
  q.cva.notify_all();
  std::unique_lock<std::mutex> lock(q.m);
  if (q.cv.wait_for(lock, 0ms) == std::cv_status::timeout)
    tx.exec("UPDATE jobs SET idle = true");
  q.cv.wait_for(lock, std::chrono::seconds(0), [&] { return q.ready; });
  q.cva.wait_for(lock, stop, std::chrono::milliseconds::zero(),
                 [&] { return q.ready; });
  tx.commit();
}

void non_blocking_cxx20(pqxx::connection &c, std::latch &done,
                        std::barrier<> &phase,
                        std::counting_semaphore<8> &slots) {
  pqxx::work tx(c);
  done.count_down();
  if (done.try_wait())
    tx.exec("UPDATE jobs SET done = true");
  std::barrier<>::arrival_token arrived = phase.arrive();
  if (slots.try_acquire())
    slots.release();
  if (slots.try_acquire_for(0s))
    slots.release();
  tx.commit();
  phase.wait(std::move(arrived));
}

void non_blocking_posix(pqxx::connection &c, pthread_mutex_t *m, sem_t *sem) {
  pqxx::work tx(c);
  pthread_mutex_lock(m);
  pthread_mutex_unlock(m);
  if (sem_trywait(sem) == 0)
    sem_post(sem);
  tx.commit();
}

void joined_after_commit(pqxx::connection &c) {
  std::thread worker;
  {
    pqxx::work tx(c);
    worker = std::thread([] {});
    if (worker.joinable())
      tx.exec("UPDATE jobs SET started = true");
    tx.commit();
  }
  worker.join();
}
