// RUN: %check_conncheck %s -- -std=c++17
//
// The situations of the analyzer's block-in-critical-section-inheritance
// and -nested-namespace tests: a standard library whose std::mutex takes
// lock() from an implementation base class (in a nested namespace, or
// not). The method is matched as the mutex's, through the class it is
// called on, and its unlock() ends the same lock. No real <mutex> here: the
// point is that other library's shape.

unsigned int sleep(unsigned int seconds);

namespace std {
namespace __detail {
class __mutex_base {
public:
  void lock();
};
} // namespace __detail
class __timed_base {
public:
  void lock();
};
class mutex : public __detail::__mutex_base {
public:
  void unlock();
  bool try_lock();
};
class timed_mutex : public __timed_base {
public:
  void unlock();
};
} // namespace std

void lock_from_a_base_in_a_nested_namespace() {
  std::mutex m;
  m.lock();
  sleep(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'm' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'm' is unlocked here
  m.unlock();
}

void lock_from_a_base() {
  std::timed_mutex m;
  m.lock();
  sleep(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'm' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'm' locked here with 'std::timed_mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:5: note: 'm' is unlocked here
  m.unlock();
}

// The unlock matches the lock although the two are declared in different
// classes.
void unlock_matches_the_lock() {
  std::mutex m;
  m.lock();
  m.unlock();
  sleep(10);
}

struct TwoMutexes {
  std::mutex m1;
  std::mutex m2;
};

// The analyzer keeps one critical section per object here and misses this
// (its documented false negative). Each member is its own lock here:
// unlocking m2 leaves m1 locked.
void two_mutexes(TwoMutexes &tm) {
  tm.m1.lock();
  tm.m2.unlock();
  sleep(10);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while 'm1' is locked [conncheck-slow-call-while-locked]
  // CHECK-MESSAGES: :[[@LINE-4]]:9: note: 'm1' locked here with 'std::mutex::lock'
  // CHECK-MESSAGES: :[[@LINE+1]]:9: note: 'm1' is unlocked here
  tm.m1.unlock();
}
