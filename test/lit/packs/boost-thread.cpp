// RUN: %check_conncheck %s -- %cxxflags -DBOOST_THREAD_VERSION=4
//
// Boost.Thread 1.74 (Debian's real headers, libboost-thread-dev):
// this_thread::sleep_for/sleep_until suspend the caller; thread::join,
// thread_group::join_all, condition_variable(_any)::wait*, future get/wait
// and barrier/latch waits block on other threads, unless a timed wait is
// given a zero duration. With BOOST_THREAD_VERSION 4 the future is
// boost::future; its wait and wait_for are declared in the base
// boost::detail::basic_future. Transactions are SOCI 4.0's (Debian's real
// headers).

#include <boost/thread.hpp>
#include <boost/thread/barrier.hpp>
#include <boost/thread/future.hpp>
#include <boost/thread/latch.hpp>
#include <soci/soci.h>

static void backoff() {
  boost::this_thread::sleep_for(boost::chrono::milliseconds(100));
}

void boost_sleeps_in_transaction(soci::session &sql) {
  soci::transaction tr(sql);
  boost::this_thread::sleep_for(boost::chrono::milliseconds(200));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'boost::this_thread::sleep_for' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tr' ends here
  backoff();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'backoff' reaches a slow sleep call ('boost::this_thread::sleep_for') while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-12]]:3: note: 'backoff' calls 'boost::this_thread::sleep_for', a slow sleep call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tr' ends here
  tr.commit();
}

void boost_waits_in_transaction(soci::session &sql, boost::thread &worker,
                                boost::thread_group &group,
                                boost::condition_variable &cv,
                                boost::mutex &m, boost::future<int> &score,
                                boost::barrier &phase, boost::latch &done) {
  soci::transaction tr(sql);
  worker.join();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow wait call 'boost::thread::join' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+36]]:6: note: transaction 'tr' ends here
  worker.try_join_for(boost::chrono::seconds(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow wait call 'boost::thread::try_join_for' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+32]]:6: note: transaction 'tr' ends here
  group.join_all();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow wait call 'boost::thread_group::join_all' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-11]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+28]]:6: note: transaction 'tr' ends here
  boost::unique_lock<boost::mutex> lock(m);
  cv.wait(lock);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow wait call 'boost::condition_variable::wait' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-16]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+23]]:6: note: transaction 'tr' ends here
  cv.wait_for(lock, boost::chrono::milliseconds(50));
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow wait call 'boost::condition_variable::wait_for' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-20]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+19]]:6: note: transaction 'tr' ends here
  lock.unlock();
  score.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow wait call 'boost::future::wait' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-25]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+14]]:6: note: transaction 'tr' ends here
  int s = score.get();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: slow wait call 'boost::future::get' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-29]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+10]]:6: note: transaction 'tr' ends here
  sql << "UPDATE users SET score = " << s;
  phase.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow wait call 'boost::barrier::wait' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-34]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tr' ends here
  done.count_down_and_wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow wait call 'boost::latch::count_down_and_wait' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-38]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tr' ends here
  tr.commit();
}

// --- Near misses: no finding. ---

// Zero durations only poll; is_ready, joinable, notify and locking do not
// wait.
void boost_polls_in_transaction(soci::session &sql, boost::thread &worker,
                                boost::condition_variable &cv,
                                boost::mutex &m, boost::future<int> &score,
                                boost::latch &done) {
  soci::transaction tr(sql);
  if (worker.joinable() && worker.try_join_for(boost::chrono::seconds(0)))
    sql << "UPDATE jobs SET joined = 1";
  {
    boost::unique_lock<boost::mutex> lock(m);
    cv.wait_for(lock, boost::chrono::milliseconds(0));
  }
  cv.notify_all();
  if (score.is_ready() ||
      score.wait_for(boost::chrono::seconds(0)) == boost::future_status::ready)
    sql << "UPDATE users SET scored = 1";
  done.count_down();
  if (done.try_wait())
    sql << "UPDATE jobs SET done = 1";
  boost::this_thread::yield();
  tr.commit();
}

void boost_sleep_after_commit(soci::session &sql, boost::thread &worker) {
  {
    soci::transaction tr(sql);
    sql << "UPDATE jobs SET state = 'waiting'";
    tr.commit();
  }
  boost::this_thread::sleep_for(boost::chrono::milliseconds(200));
  worker.join();
  backoff();
}
