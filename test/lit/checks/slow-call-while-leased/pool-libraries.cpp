// RUN: %check_conncheck %s -- %cxxflags
//
// Pools of the libraries Debian does not package (stubs under test/stubs,
// mirroring the real headers):
// - sqlpp11 0.66: connection_pool<Base>::get() (sqlpp::postgresql::
//   connection_pool is an alias of connection_pool<connection_base>)
//   returns a pooled_connection whose destructor puts it back.
// - ODB 2.5: database::connection() lends a connection_ptr until its last
//   copy is destroyed. odb::pgsql::database, without a factory given,
//   creates a connection_pool_factory: its connection() is pooled too.
// - oatpp 1.3: oatpp::postgresql::ConnectionPool (a typedef of
//   provider::Pool<...>) get() lends a ResourceHandle until it is destroyed.
// - userver 2.x: Cluster::Execute borrows a connection for one statement
//   only; engine::SleepFor with nothing else held is not a lease at all.

#include <sqlpp11/postgresql/postgresql.h>
#include <sqlpp11/transaction.h>
#include <odb/database.hxx>
#include <odb/pgsql/database.hxx>
#include <oatpp-postgresql/orm.hpp>
#include <userver/engine/sleep.hpp>
#include <userver/storages/postgres/cluster.hpp>
#include <curl/curl.h>
#include <chrono>
#include <memory>
#include <thread>
#include <utility>

// A slow call two helpers deep.
static void pause_for_rate_limit() {
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
}
static void respect_rate_limit() { pause_for_rate_limit(); }

// --- sqlpp11 ---

void sqlpp_http_while_pooled(sqlpp::postgresql::connection_pool &pool,
                             CURL *h) {
  auto db = pool.get();
  db.execute("UPDATE feeds SET fetching = true WHERE id = 1");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'db' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: connection 'db' taken from 'pool' here with 'sqlpp::connection_pool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'db' is given back here, where 'db' goes out of scope
}

class FeedStore {
public:
  explicit FeedStore(
      const std::shared_ptr<const sqlpp::postgresql::connection_config> &config)
      : pool_(config, 4) {}

  void mark_stale_and_wait() {
    sqlpp::pooled_connection<sqlpp::postgresql::connection_base> db =
        pool_.get(sqlpp::connection_check::ping);
    db.execute("UPDATE feeds SET stale = true");
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'std::this_thread::sleep_for' while pooled connection 'db' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-4]]:15: note: connection 'db' taken from 'pool_' here with 'sqlpp::connection_pool::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: connection 'db' is given back here, where 'db' goes out of scope
  }

  void refresh_after_the_block(CURL *h);

private:
  sqlpp::connection_pool<sqlpp::postgresql::connection_base> pool_;
};

void sqlpp_commit_leaves_the_connection_pooled_out(
    sqlpp::postgresql::connection_pool &pool, CURL *h) {
  auto db = pool.get();
  auto tx = sqlpp::start_transaction(db);
  db.execute("INSERT INTO outbox(payload) VALUES ('{}')");
  tx.commit();
  // The transaction is over; the connection is still out of the pool.
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'db' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-7]]:18: note: connection 'db' taken from 'pool' here with 'sqlpp::connection_pool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'db' is given back here, where 'db' goes out of scope
}

// --- ODB ---

void odb_sleep_while_connected(odb::database &db) {
  odb::connection_ptr c = db.connection();
  c->execute("UPDATE jobs SET claimed = true WHERE id = 1");
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while pooled connection 'c' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-4]]:30: note: connection 'c' taken from 'db' here with 'odb::database::connection'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'c' is given back here, where 'c' goes out of scope
}

class JobRunner {
public:
  explicit JobRunner(std::unique_ptr<odb::database> db, CURL *h)
      : db_(std::move(db)), h_(h) {}

  void run_one() {
    odb::connection_ptr c(db_->connection());
    c->execute("UPDATE jobs SET state = 'running' WHERE id = 1");
    curl_easy_perform(h_);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow http call 'curl_easy_perform' while pooled connection 'c' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-4]]:32: note: connection 'c' taken from 'db_' here with 'odb::database::connection'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: connection 'c' is given back here, where 'c' goes out of scope
  }

  void run_after_the_block();

private:
  std::unique_ptr<odb::database> db_;
  CURL *h_;
};

void odb_pgsql_database_is_pooled_too(odb::pgsql::database &pdb, CURL *h) {
  odb::pgsql::connection_ptr c = pdb.connection();
  c->execute("UPDATE feeds SET fetching = true WHERE id = 2");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'c' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-4]]:38: note: connection 'c' taken from 'pdb' here with 'odb::pgsql::database::connection'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'c' is given back here, where 'c' goes out of scope
}

// --- oatpp ---

void oatpp_http_while_pooled(
    const std::shared_ptr<oatpp::postgresql::ConnectionPool> &pool, CURL *h) {
  auto conn = pool->get();
  PGconn *raw = conn.object->getHandle();
  (void)raw;
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'conn' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: connection 'conn' taken from 'pool' here with 'oatpp::provider::Pool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'conn' is given back here, where 'conn' goes out of scope
}

class Crawler {
public:
  explicit Crawler(std::shared_ptr<oatpp::postgresql::ConnectionPool> pool)
      : pool_(std::move(pool)) {}

  void crawl_politely() {
    oatpp::provider::ResourceHandle<oatpp::postgresql::Connection> conn =
        pool_->get();
    conn.object->setPrepared("next_url");
    respect_rate_limit();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'respect_rate_limit' reaches a slow sleep call ('std::this_thread::sleep_for') while pooled connection 'conn' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-4]]:16: note: connection 'conn' taken from 'pool_' here with 'oatpp::provider::Pool::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE-115]]:36: note: 'respect_rate_limit' calls 'pause_for_rate_limit'{{$}}
    // CHECK-MESSAGES: :[[@LINE-118]]:3: note: 'pause_for_rate_limit' calls 'std::this_thread::sleep_for', a slow sleep call{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: connection 'conn' is given back here, where 'conn' goes out of scope
  }

  void crawl_after_the_block(CURL *h);

private:
  std::shared_ptr<oatpp::postgresql::ConnectionPool> pool_;
};

// --- Near misses: no finding. ---

void FeedStore::refresh_after_the_block(CURL *h) {
  {
    auto db = pool_.get();
    db.execute("UPDATE feeds SET refreshing = true");
  } // ~pooled_connection: back to the pool
  curl_easy_perform(h);
}

static void finish_import(sqlpp::postgresql::pooled_connection db) {
  db.execute("UPDATE imports SET done = true");
}

void sqlpp_connection_moved_into_a_callee(
    sqlpp::postgresql::connection_pool &pool, CURL *h) {
  auto db = pool.get();
  db.execute("UPDATE imports SET started = true");
  finish_import(std::move(db)); // the callee's parameter puts it back
  curl_easy_perform(h);
}

void JobRunner::run_after_the_block() {
  {
    odb::connection_ptr c = db_->connection();
    c->execute("UPDATE jobs SET state = 'sending' WHERE id = 2");
  } // last copy destroyed: back to the pool
  curl_easy_perform(h_);
}

void odb_connection_reference_is_the_callers(odb::connection_ptr &c,
                                             CURL *h) {
  c->execute("UPDATE jobs SET notified = true WHERE id = 3");
  curl_easy_perform(h);
}

void Crawler::crawl_after_the_block(CURL *h) {
  {
    auto conn = pool_->get();
    conn.object->setPrepared("mark_visited");
  } // handle destroyed: back to the pool
  curl_easy_perform(h);
  respect_rate_limit();
}

void userver_execute_does_not_keep_a_connection(
    userver::storages::postgres::Cluster &cluster) {
  for (int attempt = 0; attempt < 3; ++attempt) {
    auto rows = cluster.Execute(
        userver::storages::postgres::ClusterHostType::kMaster,
        "UPDATE counters SET n = n + 1 WHERE id = 1");
    if (rows.RowsAffected() > 0)
      return;
    userver::engine::SleepFor(std::chrono::milliseconds(100));
  }
}

void userver_sleep_with_nothing_held(
    const userver::storages::postgres::ClusterPtr &cluster) {
  cluster->Execute(userver::storages::postgres::ClusterHostType::kMaster,
                   "DELETE FROM sessions WHERE expired");
  userver::engine::SleepFor(std::chrono::seconds(1));
}
