// RUN: %check_conncheck %s --checks='-*,conncheck-pool-smaller-than-threads' -- %cxxflags
//
// Fan-outs to N workers that each take a connection from a SOCI pool of M.

#include <soci/soci.h>
#include <boost/asio/post.hpp>
#include <boost/asio/thread_pool.hpp>
#include <thread>
#include <vector>

constexpr int kWorkers = 8;

void import_batch(soci::connection_pool &pool, int shard) {
  soci::session sql(pool);
  sql << "UPDATE shards SET imported = true WHERE id = :id", soci::use(shard);
}

void threads_in_a_loop() {
  soci::connection_pool pool(5);
  std::vector<std::thread> workers;
  for (int i = 0; i < kWorkers; ++i)
    workers.emplace_back([&pool, i] { import_batch(pool, i); });
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 8 worker threads each need a connection from 'pool', which has 5; size it to at least 8 [conncheck-pool-smaller-than-threads]
  // CHECK-MESSAGES: :[[@LINE-5]]:25: note: 'pool' is created here with 5 connections
  // CHECK-MESSAGES: :[[@LINE-3]]:39: note: 'lambda' calls 'import_batch'
  // CHECK-MESSAGES: :14:17: note: each worker takes a connection here with 'soci::session::session'
  for (auto &w : workers)
    w.join();
}

void asio_thread_pool() {
  soci::connection_pool pool(4);
  boost::asio::thread_pool workers(6);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 6 worker threads each need a connection from 'pool', which has 4; size it to at least 6 [conncheck-pool-smaller-than-threads]
  // CHECK-MESSAGES: :[[@LINE-3]]:25: note: 'pool' is created here with 4 connections
  for (int shard = 0; shard < 100; ++shard)
    boost::asio::post(workers, [&pool, shard] {
      soci::session sql(pool);
      // CHECK-MESSAGES: :[[@LINE-1]]:21: note: each worker takes a connection here with 'soci::session::session'
      sql << "DELETE FROM staging WHERE shard = :s", soci::use(shard);
    });
  workers.join();
}

void holder_leaves_one_fewer() {
  soci::connection_pool pool(8);
  soci::session coordinator(pool);
  std::vector<std::thread> workers;
  for (int i = 0; i < 8; ++i)
    workers.emplace_back([&pool, i] { import_batch(pool, i); });
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 8 worker threads each need a connection from 'pool', which has 8 with one held by this thread; size it to at least 9 [conncheck-pool-smaller-than-threads]
  // CHECK-MESSAGES: :[[@LINE-6]]:25: note: 'pool' is created here with 8 connections
  // CHECK-MESSAGES: :[[@LINE-6]]:17: note: connection 'coordinator' (soci::session) taken from 'pool' here
  // CHECK-MESSAGES: :[[@LINE-4]]:39: note: 'lambda' calls 'import_batch'
  // CHECK-MESSAGES: :14:17: note: each worker takes a connection here with 'soci::session::session'
  for (auto &w : workers)
    w.join();
}

// --- Near misses: no finding. ---

void pool_equal_to_workers() {
  soci::connection_pool pool(8);
  std::vector<std::thread> workers;
  for (int i = 0; i < 8; ++i)
    workers.emplace_back([&pool, i] { import_batch(pool, i); });
  for (auto &w : workers)
    w.join();
}

void pool_sized_from_the_same_constant() {
  soci::connection_pool pool(kWorkers);
  std::vector<std::thread> workers;
  for (int i = 0; i < kWorkers; ++i)
    workers.emplace_back([&pool, i] { import_batch(pool, i); });
  for (auto &w : workers)
    w.join();
}

void workers_do_not_touch_the_pool() {
  soci::connection_pool pool(2);
  std::vector<std::thread> workers;
  for (int i = 0; i < 16; ++i)
    workers.emplace_back([i] { std::this_thread::yield(); });
  for (auto &w : workers)
    w.join();
}

void run_time_worker_count(int n) {
  soci::connection_pool pool(2);
  std::vector<std::thread> workers;
  for (int i = 0; i < n; ++i) // not a constant: nothing to compare
    workers.emplace_back([&pool, i] { import_batch(pool, i); });
  for (auto &w : workers)
    w.join();
}

void holder_released_before_the_fan_out() {
  soci::connection_pool pool(8);
  {
    soci::session coordinator(pool);
  }
  std::vector<std::thread> workers;
  for (int i = 0; i < 8; ++i)
    workers.emplace_back([&pool, i] { import_batch(pool, i); });
  for (auto &w : workers)
    w.join();
}
