// RUN: %check_conncheck %s -- %cxxflags
//
// The std-posix rule pack: sleeps (std::this_thread::sleep_for/sleep_until,
// POSIX sleep/usleep/nanosleep) and blocking waits on std::future and
// std::shared_future (get, wait, and wait_for/wait_until unless given a zero
// time, which only polls). libstdc++ 12 and glibc (Debian's real headers);
// wait and wait_for are declared in libstdc++'s std::__basic_future base, so
// they are called through std::future / std::shared_future. Transactions are
// libpqxx 6.4's (Debian's real headers).

#include <pqxx/pqxx>

#include <chrono>
#include <future>
#include <thread>
#include <time.h>
#include <unistd.h>

using namespace std::chrono_literals;

// Exponential back-off, one call below the transaction code.
void backoff(int attempt) {
  std::this_thread::sleep_for(std::chrono::milliseconds(50 << attempt));
}

int compute_score(int id) { return id * 7; }

void sleep_for_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  tx.exec("UPDATE jobs SET state = 'throttled'");
  std::this_thread::sleep_for(200ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void sleep_until_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  std::this_thread::sleep_until(std::chrono::steady_clock::now() + 1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_until' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void posix_sleeps_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  ::sleep(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'sleep' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+10]]:6: note: transaction 'tx' ends here
  ::usleep(50000);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'usleep' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tx' ends here
  struct timespec ts = {0, 250000000};
  ::nanosleep(&ts, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'nanosleep' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-12]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void future_get_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  std::future<int> score = std::async(std::launch::async, compute_score, 42);
  tx.exec("UPDATE users SET scoring = true WHERE id = 42");
  int s = score.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: slow wait call 'std::future::get' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE users SET score = " + std::to_string(s) + " WHERE id = 42");
  tx.commit();
}

void future_wait_in_work(pqxx::connection &c, std::future<void> &flushed) {
  pqxx::work tx(c);
  flushed.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow wait call 'std::future::wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void future_wait_for_nonzero_in_work(pqxx::connection &c,
                                     std::future<int> &pending) {
  pqxx::work tx(c);
  if (pending.wait_for(std::chrono::seconds(2)) == std::future_status::ready)
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: slow wait call 'std::future::wait_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tx' ends here
    tx.exec("UPDATE jobs SET done = true");
  pending.wait_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow wait call 'std::future::wait_for' while database transaction 'tx' is open
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void shared_future_get_in_work(pqxx::connection &c,
                               std::shared_future<int> config_version) {
  pqxx::work tx(c);
  int v = config_version.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: slow wait call 'std::shared_future::get' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE settings SET version = " + std::to_string(v));
  tx.commit();
}

void backoff_helper_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  for (int attempt = 0; attempt < 3; ++attempt) {
    if (!tx.exec("SELECT 1 FROM locks WHERE free").empty())
      break;
    backoff(attempt);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'backoff' reaches a slow sleep call ('std::this_thread::sleep_for') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-6]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE-97]]:3: note: 'backoff' calls 'std::this_thread::sleep_for', a slow sleep call{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  }
  tx.commit();
}

// --- Near misses: no finding. ---

void zero_timeouts_only_poll(pqxx::connection &c, std::future<int> &pending) {
  pqxx::work tx(c);
  if (pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    tx.exec("UPDATE jobs SET done = true");
  if (pending.wait_for(0ms) == std::future_status::ready)
    tx.exec("UPDATE jobs SET done = true");
  if (pending.wait_for(std::chrono::milliseconds::zero()) ==
      std::future_status::ready)
    tx.exec("UPDATE jobs SET done = true");
  tx.commit();
}

void shared_future_zero_poll(pqxx::connection &c,
                             std::shared_future<int> &version) {
  pqxx::work tx(c);
  if (version.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    tx.exec("UPDATE settings SET known = true");
  tx.commit();
}

void future_created_inside_waited_after_commit(pqxx::connection &c) {
  pqxx::work tx(c);
  tx.exec("UPDATE users SET scoring = true WHERE id = 42");
  std::future<int> score = std::async(std::launch::async, compute_score, 42);
  tx.commit();
  int s = score.get();
  (void)s;
}

void validity_and_yield_do_not_block(pqxx::connection &c,
                                     std::future<int> &pending) {
  pqxx::work tx(c);
  if (pending.valid())
    tx.exec("UPDATE jobs SET pending = true");
  std::this_thread::yield();
  tx.commit();
}

void promise_fulfilled_inside(pqxx::connection &c, std::promise<int> &done) {
  pqxx::work tx(c);
  tx.exec("UPDATE jobs SET done = true");
  done.set_value(1);
  tx.commit();
}

void sleep_after_the_transaction(pqxx::connection &c) {
  {
    pqxx::work tx(c);
    tx.exec("UPDATE jobs SET state = 'waiting'");
    tx.commit();
  }
  std::this_thread::sleep_for(1s);
  ::usleep(1000);
  backoff(2);
}
