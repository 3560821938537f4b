// RUN: %check_conncheck %s -- %cxxflags
//
// Lock objects and the calls that lock again, ask whether they hold, or
// give the lock up while they wait. libstdc++ and glibc headers.

#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <pthread.h>
#include <shared_mutex>
#include <thread>
#include <unistd.h>

using namespace std::chrono_literals;

std::mutex mu;
std::condition_variable cv;
std::shared_mutex rw;
bool ready = false;

// std::try_to_lock holds only where owns_lock() (or the object tested as
// a bool) says so.
void try_to_lock() {
  std::unique_lock<std::mutex> lk(mu, std::try_to_lock);
  if (!lk.owns_lock()) {
    sleep(1); // not taken: retry later
    return;
  }
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while lock 'lk' (std::unique_lock<std::mutex>) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-7]]:32: note: lock 'lk' (std::unique_lock<std::mutex>) on 'mu' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'lk' (std::unique_lock<std::mutex>) is released here, where 'lk' goes out of scope
}

std::timed_mutex tm;
void timed_lock_tested_as_bool() {
  std::unique_lock<std::timed_mutex> lk(tm, 50ms);
  if (lk) {
    std::this_thread::sleep_for(1s);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'std::this_thread::sleep_for' while lock 'lk' (std::unique_lock<std::timed_mutex>) is held [conncheck-slow-call-while-locked]
    // CHECK-MESSAGES: :[[@LINE-4]]:38: note: lock 'lk' (std::unique_lock<std::timed_mutex>) on 'tm' taken here
    // CHECK-MESSAGES: :[[@LINE+4]]:1: note: lock 'lk' (std::unique_lock<std::timed_mutex>) is released here, where 'lk' goes out of scope
  } else {
    std::this_thread::sleep_for(1s); // timed out: nothing held
  }
}

// adopt_lock: the mutex was locked by hand, the object owns it now.
void adopted() {
  mu.lock();
  std::lock_guard<std::mutex> g(mu, std::adopt_lock);
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while lock 'g' (std::lock_guard<std::mutex>) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:31: note: lock 'g' (std::lock_guard<std::mutex>) on 'mu' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'g' (std::lock_guard<std::mutex>) is released here, where 'g' goes out of scope
}

// unlock() ends it, lock() takes it again.
void unlock_then_relock() {
  std::unique_lock<std::mutex> lk(mu);
  lk.unlock();
  sleep(1); // released around the slow call: the right shape
  lk.lock();
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while lock 'lk' (std::unique_lock<std::mutex>) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: lock 'lk' (std::unique_lock<std::mutex>) on 'mu' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'lk' (std::unique_lock<std::mutex>) is released here, where 'lk' goes out of scope
}

void try_relock() {
  std::unique_lock<std::mutex> lk(mu, std::defer_lock);
  if (!lk.try_lock())
    return;
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while lock 'lk' (std::unique_lock<std::mutex>) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-4]]:11: note: lock 'lk' (std::unique_lock<std::mutex>) on 'mu' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'lk' (std::unique_lock<std::mutex>) is released here, where 'lk' goes out of scope
}

void shared_lock_reads() {
  std::shared_lock<std::shared_mutex> lk(rw);
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while lock 'lk' (std::shared_lock<std::shared_mutex>) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:39: note: lock 'lk' (std::shared_lock<std::shared_mutex>) on 'rw' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'lk' (std::shared_lock<std::shared_mutex>) is released here, where 'lk' goes out of scope
}

// CTAD names the deduced type.
void deduced() {
  std::scoped_lock lk(mu);
  std::future<int> f = std::async([] { return 1; });
  f.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow wait call 'std::future::get' while lock 'lk' (std::scoped_lock<std::mutex>) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-4]]:20: note: lock 'lk' (std::scoped_lock<std::mutex>) on 'mu' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'lk' (std::scoped_lock<std::mutex>) is released here, where 'lk' goes out of scope
}

// A condition-variable wait gives up the lock it is handed while it
// waits: the canonical consumer is fine.
void consumer() {
  std::unique_lock<std::mutex> lk(mu);
  cv.wait(lk, [] { return ready; });
  cv.wait_for(lk, 1s);
}

// ... but not the other locks held around it.
std::mutex outer;
void waits_holding_another_lock() {
  std::lock_guard<std::mutex> g(outer);
  std::unique_lock<std::mutex> lk(mu);
  cv.wait(lk);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow wait call 'std::condition_variable::wait' while lock 'g' (std::lock_guard<std::mutex>) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-4]]:31: note: lock 'g' (std::lock_guard<std::mutex>) on 'outer' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'g' (std::lock_guard<std::mutex>) is released here, where 'g' goes out of scope
}

// A helper handed the caller's lock, which it waits on, gives it up too.
void wait_until_ready(std::unique_lock<std::mutex> &lk) {
  cv.wait(lk, [] { return ready; });
}
void consumer_with_helper() {
  std::unique_lock<std::mutex> lk(mu);
  wait_until_ready(lk);
}

// pthread_cond_wait gives up the mutex, its second argument.
pthread_mutex_t pm = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t pc = PTHREAD_COND_INITIALIZER;
void posix_consumer() {
  pthread_mutex_lock(&pm);
  while (!ready)
    pthread_cond_wait(&pc, &pm);
  pthread_mutex_unlock(&pm);
}

// A member mutex, locked through the object.
class Registry {
public:
  void refresh() {
    mu_.lock();
    sleep(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'sleep' while 'mu_' is locked [conncheck-slow-call-while-locked]
    // CHECK-MESSAGES: :[[@LINE-3]]:9: note: 'mu_' locked here with 'std::mutex::lock'
    // CHECK-MESSAGES: :[[@LINE+1]]:9: note: 'mu_' is unlocked here
    mu_.unlock();
  }
  // In-house lock wrappers need no pack: their callers hold the lock
  // between them.
  void lock() { mu_.lock(); }
  void unlock() { mu_.unlock(); }

private:
  std::mutex mu_;
};

void through_wrappers(Registry &r) {
  r.lock();
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'r' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'r' locked here with 'Registry::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'r' is unlocked here
  r.unlock();
  sleep(2);
}

// The result of a trylock kept in a variable.
void trylock_flag(pthread_mutex_t *m) {
  int rc = pthread_mutex_trylock(m);
  if (rc != 0)
    return; // busy
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-5]]:12: note: 'm' locked here with 'pthread_mutex_trylock'
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'm' is unlocked here
  pthread_mutex_unlock(m);
}

void try_lock_bool() {
  if (mu.try_lock()) {
    sleep(1);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'sleep' while 'mu' is locked [conncheck-slow-call-while-locked]
    // CHECK-MESSAGES: :[[@LINE-3]]:10: note: 'mu' locked here with 'std::mutex::try_lock'
    // CHECK-MESSAGES: :[[@LINE+1]]:8: note: 'mu' is unlocked here
    mu.unlock();
  } else {
    sleep(2); // busy: not taken
  }
}

// --- Near misses: no finding. ---

// The lock object's scope closes before the slow call.
void scoped_block() {
  {
    std::lock_guard<std::mutex> g(mu);
    ready = true;
  }
  cv.notify_all();
  sleep(1);
}

// Copy under the lock, wait outside it: the fix.
int value;
void copy_then_wait() {
  int copy;
  {
    std::lock_guard<std::mutex> g(mu);
    copy = value;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(copy));
}

// A zero timeout only polls.
void poll_future(std::future<int> &f) {
  std::lock_guard<std::mutex> g(mu);
  f.wait_for(0s);
}

// A default-constructed unique_lock holds nothing.
void empty_unique_lock() {
  std::unique_lock<std::mutex> lk;
  sleep(1);
}

// An optional mutex, locked and unlocked under the same test: where the
// pointer is null no call locked it, so after the second test nothing is
// held on any path.
void optional_mutex(std::mutex *m, bool verbose) {
  if (m)
    m->lock();
  if (verbose)
    sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'sleep' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-4]]:8: note: 'm' locked here with 'std::mutex::lock'; it is still held on some paths to the call
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: 'm' is unlocked here
  if (m)
    m->unlock();
  sleep(2);
}
