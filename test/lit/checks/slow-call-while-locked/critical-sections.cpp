// RUN: %check_conncheck %s -- %cxxflags
//
// Every situation of the Clang Static Analyzer's unix.BlockInCriticalSection
// test (clang/test/Analysis/block-in-critical-section.cpp), written against
// the real headers: libstdc++'s <mutex>, glibc's <pthread.h>, C11
// <threads.h>, and blocking I/O from <stdio.h>, <unistd.h>,
// <sys/socket.h>. conncheck reports at the call in the function that holds
// the lock, names the innermost lock held, and tells a trylock's branches
// apart.

#include <mutex>
#include <pthread.h>
#include <stdio.h>
#include <sys/socket.h>
#include <threads.h>
#include <unistd.h>

FILE *stream;
char *str;
int fd;
void *buf;
size_t count;
int sockfd;
int flags;

void std_mutex() {
  std::mutex m;
  m.lock();
  sleep(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'm' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+17]]:5: note: 'm' is unlocked here
  getc(stream);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow io call 'getc' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-7]]:5: note: 'm' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+13]]:5: note: 'm' is unlocked here
  fgets(str, 10, stream);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow io call 'fgets' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-11]]:5: note: 'm' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+9]]:5: note: 'm' is unlocked here
  read(fd, buf, count);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow io call 'read' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-15]]:5: note: 'm' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+5]]:5: note: 'm' is unlocked here
  recv(sockfd, buf, count, flags);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow io call 'recv' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-19]]:5: note: 'm' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'm' is unlocked here
  m.unlock();
}

void pthread_mutex(pthread_mutex_t *mutex) {
  pthread_mutex_lock(mutex);
  sleep(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'mutex' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'mutex' locked here with 'pthread_mutex_lock'
  // CHECK-MESSAGES: :[[@LINE+5]]:3: note: 'mutex' is unlocked here
  read(fd, buf, count);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow io call 'read' while 'mutex' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-7]]:3: note: 'mutex' locked here with 'pthread_mutex_lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'mutex' is unlocked here
  pthread_mutex_unlock(mutex);
  sleep(1); // unlocked

  // A trylock whose result nobody looks at may have locked.
  pthread_mutex_trylock(mutex);
  recv(sockfd, buf, count, flags);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow io call 'recv' while 'mutex' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'mutex' locked here with 'pthread_mutex_trylock'
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'mutex' is unlocked here
  pthread_mutex_unlock(mutex);
}

void c11_locks(mtx_t *mutex) {
  mtx_lock(mutex);
  sleep(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'mutex' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'mutex' locked here with 'mtx_lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'mutex' is unlocked here
  mtx_unlock(mutex);

  mtx_timedlock(mutex, nullptr);
  fgets(str, 10, stream);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow io call 'fgets' while 'mutex' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'mutex' locked here with 'mtx_timedlock'
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'mutex' is unlocked here
  mtx_unlock(mutex);

  mtx_trylock(mutex);
  getc(stream);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow io call 'getc' while 'mutex' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'mutex' locked here with 'mtx_trylock'
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: 'mutex' is unlocked here
  mtx_unlock(mutex);
}

void multiple_blocking_calls() {
  std::mutex m;
  m.lock();
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'm' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'm' is unlocked here
  m.unlock();
  sleep(2); // unlocked
}

// The innermost lock still held is the one named.
void multiple_mutexes() {
  std::mutex m, n, k;
  m.lock();
  n.lock();
  k.lock();
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'k' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'k' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'k' is unlocked here
  k.unlock();
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'n' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-9]]:5: note: 'n' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'n' is unlocked here
  n.unlock();
  sleep(3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-15]]:5: note: 'm' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'm' is unlocked here
  m.unlock();
  sleep(4); // unlocked
}

// Locks are counted: the first unlock of two leaves it locked.
void recursive_acquisition() {
  std::recursive_mutex m;
  m.lock();
  m.lock();
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-4]]:5: note: 'm' locked here with 'std::recursive_mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+6]]:5: note: 'm' is unlocked here
  m.unlock();
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-9]]:5: note: 'm' locked here with 'std::recursive_mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'm' is unlocked here
  m.unlock();
  sleep(3); // unlocked
}

void recursive_acquisition_two_mutexes() {
  std::mutex m, n;
  m.lock();
  n.lock();
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'n' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'n' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+6]]:5: note: 'n' is unlocked here
  m.unlock();
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'n' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-8]]:5: note: 'n' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'n' is unlocked here
  n.unlock();
}

void non_overlapping() {
  std::mutex m;
  m.lock();
  m.unlock();
  sleep(1); // unlocked
  m.lock();
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'm' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'm' is unlocked here
  m.unlock();
}

void intermittent_unlock() {
  std::mutex m, n, k;
  m.lock();
  n.lock();
  n.unlock();
  k.lock();
  k.unlock();
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-7]]:5: note: 'm' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'm' is unlocked here
  m.unlock();
}

// Reported at the call in the function that holds the lock, with the way
// down to the sleep in the notes (the analyzer reports inside 'naps').
void naps() { sleep(1000); }

void interprocedural() {
  std::mutex m;
  m.lock();
  naps();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'naps' reaches a slow sleep call ('sleep') while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'm' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE-8]]:15: note: 'naps' calls 'sleep', a slow sleep call
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'm' is unlocked here
  m.unlock();
}

// An unlock of what this function never locked ends nothing.
void unknown_function_that_may_lock(std::mutex &);
void unexpected_unlock() {
  std::mutex m;
  unknown_function_that_may_lock(m);
  m.unlock();
  sleep(1); // unlocked
  m.lock();
  sleep(2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'm' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'm' is unlocked here
  m.unlock();
}

// A class that is not a lock, built from a mutex, holds nothing.
template <typename T> struct not_real_lock {
  explicit not_real_lock(T &) {}
};

void lock_guard() {
  std::mutex g_mutex;
  not_real_lock<std::mutex> not_real(g_mutex);
  sleep(1); // not locked

  std::lock_guard<std::mutex> lock(g_mutex);
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while lock 'lock' (std::lock_guard<std::mutex>) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:31: note: lock 'lock' (std::lock_guard<std::mutex>) on 'g_mutex' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'lock' (std::lock_guard<std::mutex>) is released here, where 'lock' goes out of scope
}

// The callee's lock died with its frame: nothing is held after the call.
void lock_guard_nested() {
  lock_guard();
  sleep(1);
}

void unique_lock() {
  std::mutex g_mutex;
  not_real_lock<std::mutex> not_real(g_mutex);
  sleep(1); // not locked

  std::unique_lock<std::mutex> lock(g_mutex);
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while lock 'lock' (std::unique_lock<std::mutex>) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:32: note: lock 'lock' (std::unique_lock<std::mutex>) on 'g_mutex' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'lock' (std::unique_lock<std::mutex>) is released here, where 'lock' goes out of scope
}

void unique_lock_nested() {
  unique_lock();
  sleep(1);
}

void scoped_lock() {
  std::mutex m1;
  std::mutex m2;
  std::scoped_lock<std::mutex, std::mutex> lock(m1, m2);
  sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while lock 'lock' (std::scoped_lock<std::mutex, std::mutex>) is held [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:44: note: lock 'lock' (std::scoped_lock<std::mutex, std::mutex>) on 'm1', 'm2' taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: lock 'lock' (std::scoped_lock<std::mutex, std::mutex>) is released here, where 'lock' goes out of scope
}

void scoped_lock_nested() {
  scoped_lock();
  sleep(1);
}

// The analyzer documents a false positive here (FIXME): it enters the
// critical section on both branches. Zero means the trylock locked, so
// only the first branch holds 'm'.
void trylock_branches(pthread_mutex_t *m) {
  if (pthread_mutex_trylock(m) == 0) {
    sleep(10);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'sleep' while 'm' is locked [conncheck-slow-call-while-locked]
    // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'm' locked here with 'pthread_mutex_trylock'
    // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'm' is unlocked here
    pthread_mutex_unlock(m);
  } else {
    sleep(10); // the lock was not taken
  }
}

void unique_lock_with_defer_lock() {
  std::mutex g_mutex;
  std::unique_lock<std::mutex> lock(g_mutex, std::defer_lock);
  sleep(1); // not locked yet
}
