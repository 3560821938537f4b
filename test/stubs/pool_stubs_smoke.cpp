// conncheck test stubs: smoke test for the pooled-connection / transaction stubs.
// Only has to compile (never linked):
//   clang++-19 -fsyntax-only -std=c++17 \
//     -isystem test/stubs/sqlpp11 -isystem test/stubs/odb -isystem test/stubs/oatpp \
//     -isystem test/stubs/drogon -isystem test/stubs/userver test/stubs/pool_stubs_smoke.cpp
// and the same with -std=c++20 (the coroutine parts are only compiled under C++20).

// --- sqlpp11 ---------------------------------------------------------------
#include <sqlpp11/connection_pool.h>
#include <sqlpp11/postgresql/connection.h>
#include <sqlpp11/postgresql/connection_pool.h>
#include <sqlpp11/postgresql/postgresql.h>
#include <sqlpp11/transaction.h>

// --- ODB -------------------------------------------------------------------
#include <odb/connection.hxx>
#include <odb/database.hxx>
#include <odb/transaction.hxx>
#include <odb/pgsql/connection-factory.hxx>
#include <odb/pgsql/database.hxx>
#include <odb/pgsql/transaction.hxx>

// --- oatpp -----------------------------------------------------------------
#include "oatpp-postgresql/orm.hpp"
#include "oatpp/core/provider/Pool.hpp"
#include "oatpp/orm/DbClient.hpp"
#include "oatpp/orm/Transaction.hpp"

// --- drogon ----------------------------------------------------------------
#include <drogon/drogon.h>
#include <drogon/HttpClient.h>
#include <drogon/orm/DbClient.h>

// --- userver ---------------------------------------------------------------
#include <userver/clients/http/client.hpp>
#include <userver/clients/http/request.hpp>
#include <userver/engine/sleep.hpp>
#include <userver/storages/postgres/cluster.hpp>
#include <userver/storages/postgres/component.hpp>
#include <userver/storages/postgres/transaction.hpp>

#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <type_traits>
#include <utility>

// ===========================================================================
// sqlpp11
// ===========================================================================
namespace smoke_sqlpp11 {

static_assert(std::is_same_v<sqlpp::postgresql::connection_pool,
                             sqlpp::connection_pool<sqlpp::postgresql::connection_base>>);
static_assert(std::is_same_v<decltype(std::declval<sqlpp::postgresql::connection_pool&>().get()),
                             sqlpp::pooled_connection<sqlpp::postgresql::connection_base>>);

void PooledTransaction(sqlpp::postgresql::connection_pool& pool) {
  auto db = pool.get();                    // acquires (pooled_connection)
  auto tx = sqlpp::start_transaction(db);  // BEGIN
  db.execute("UPDATE t SET x = 1");
  tx.commit();                             // COMMIT
}                                          // ~pooled_connection: handle back to pool

void Direct() {
  auto config = std::make_shared<sqlpp::postgresql::connection_config>();
  config->dbname = "db";
  sqlpp::postgresql::connection_pool pool{config, 5};
  PooledTransaction(pool);

  sqlpp::postgresql::connection conn{config};
  conn.start_transaction(sqlpp::isolation_level::serializable);
  conn.rollback_transaction(false);
  auto tx = sqlpp::start_transaction(conn, sqlpp::isolation_level::read_committed);
  tx.rollback();

  auto pooled = pool.get(sqlpp::connection_check::ping);
  pooled.start_transaction();
  pooled.commit_transaction();
}

}  // namespace smoke_sqlpp11

// ===========================================================================
// ODB
// ===========================================================================
namespace smoke_odb {

static_assert(std::is_same_v<decltype(std::declval<odb::database&>().begin()), odb::transaction_impl*>);
static_assert(std::is_same_v<decltype(std::declval<odb::database&>().connection()), odb::connection_ptr>);
static_assert(std::is_same_v<decltype(std::declval<odb::pgsql::database&>().connection()),
                             odb::pgsql::connection_ptr>);

void Use() {
  std::unique_ptr<odb::pgsql::connection_factory> factory(
      new odb::pgsql::connection_pool_factory(20, 2));
  std::unique_ptr<odb::database> db(
      new odb::pgsql::database("user", "pass", "db", "localhost", 5432, "", std::move(factory)));

  {
    odb::transaction t(db->begin());  // connection taken from the pool in start()
    db->execute("UPDATE t SET x = 1");
    t.commit();  // COMMIT + connection released
  }

  odb::connection_ptr c(db->connection());  // explicit acquisition
  odb::transaction t2(c->begin());
  c->execute("SELECT 1");
  t2.rollback();

  odb::pgsql::database pdb("host=localhost dbname=db");
  odb::pgsql::transaction pt(pdb.begin());
  pt.commit();

  odb::pgsql::connection_pool_factory pool(10);
  odb::pgsql::connection_ptr pc = pool.connect();
  (void)pc;
}

}  // namespace smoke_odb

// ===========================================================================
// oatpp
// ===========================================================================
namespace smoke_oatpp {

static_assert(std::is_same_v<
              oatpp::postgresql::ConnectionPool,
              oatpp::provider::Pool<oatpp::provider::Provider<oatpp::postgresql::Connection>,
                                    oatpp::postgresql::Connection,
                                    oatpp::postgresql::ConnectionAcquisitionProxy>>);
static_assert(std::is_same_v<decltype(std::declval<oatpp::postgresql::ConnectionPool&>().get()),
                             oatpp::provider::ResourceHandle<oatpp::postgresql::Connection>>);

class MyDbClient : public oatpp::orm::DbClient {
 public:
  explicit MyDbClient(const std::shared_ptr<oatpp::orm::Executor>& executor)
      : oatpp::orm::DbClient(executor) {}
};

void Use() {
  auto provider = std::make_shared<oatpp::postgresql::ConnectionProvider>("postgresql://localhost/db");
  auto pool = oatpp::postgresql::ConnectionPool::createShared(provider, 10, std::chrono::seconds(5));
  auto pool2 = oatpp::postgresql::ConnectionPool::createShared(provider, 10, std::chrono::seconds(5),
                                                               std::chrono::seconds(1));
  oatpp::provider::ResourceHandle<oatpp::postgresql::Connection> raw = pool->get();

  auto executor = std::make_shared<oatpp::postgresql::Executor>(pool);
  MyDbClient db(executor);

  oatpp::orm::Transaction t = db.beginTransaction();  // BEGIN on a pooled connection
  auto r = db.executeQuery("UPDATE t SET x = 1", {}, t.getConnection());
  t.commit();

  auto conn = db.getConnection();
  auto t2 = db.beginTransaction(conn);
  t2.rollback();
  (void)pool2;
  (void)raw;
  (void)r;
}

}  // namespace smoke_oatpp

// ===========================================================================
// drogon
// ===========================================================================
namespace smoke_drogon {

static_assert(std::is_same_v<decltype(std::declval<drogon::orm::DbClient&>().newTransaction()),
                             std::shared_ptr<drogon::orm::Transaction>>);
static_assert(std::is_base_of_v<drogon::orm::DbClient, drogon::orm::Transaction>);
static_assert(std::is_same_v<decltype(std::declval<drogon::HttpClient&>().sendRequest(
                                 std::declval<const drogon::HttpRequestPtr&>(), 1.0)),
                             std::pair<drogon::ReqResult, drogon::HttpResponsePtr>>);

void Use() {
  drogon::orm::DbClientPtr db = drogon::app().getDbClient();
  auto trans = db->newTransaction();
  drogon::orm::Result r = trans->execSqlSync("UPDATE t SET x = $1", 1);
  trans->execSqlAsync(
      "SELECT 1", [](const drogon::orm::Result&) {}, [](const drogon::orm::DrogonDbException&) {});
  std::future<drogon::orm::Result> f = db->execSqlAsyncFuture("SELECT $1", std::string("a"));
  trans->setCommitCallback([](bool) {});

  auto client = drogon::HttpClient::newHttpClient("http://example.com");
  auto req = drogon::HttpRequest::newHttpRequest();
  req->setPath("/x");
  std::pair<drogon::ReqResult, drogon::HttpResponsePtr> res = client->sendRequest(req, 2.0);  // sync
  client->sendRequest(req, [](drogon::ReqResult, const drogon::HttpResponsePtr&) {});           // async
  trans->rollback();
  (void)r;
  (void)res;
}

#ifdef __cpp_impl_coroutine
drogon::Task<void> UseCoro(drogon::orm::DbClientPtr db, drogon::HttpClientPtr client) {
  std::shared_ptr<drogon::orm::Transaction> trans = co_await db->newTransactionCoro();
  drogon::orm::Result r = co_await trans->execSqlCoro("UPDATE t SET x = $1", 1);
  drogon::HttpResponsePtr resp = co_await client->sendRequestCoro(drogon::HttpRequest::newHttpRequest(), 5);
  (void)r;
  (void)resp;
}
#endif

}  // namespace smoke_drogon

// ===========================================================================
// userver
// ===========================================================================
namespace smoke_userver {

namespace pg = USERVER_NAMESPACE::storages::postgres;

static_assert(std::is_same_v<pg::ClusterPtr, std::shared_ptr<pg::Cluster>>);
static_assert(std::is_same_v<decltype(std::declval<pg::Cluster&>().Begin(pg::TransactionOptions{})),
                             pg::Transaction>);
static_assert(!std::is_copy_constructible_v<pg::Transaction>);
static_assert(std::is_nothrow_move_constructible_v<pg::Transaction>);

void Use(const USERVER_NAMESPACE::components::Postgres& component,
         USERVER_NAMESPACE::clients::http::Client& http) {
  pg::ClusterPtr cluster = component.GetCluster();

  pg::Transaction trx = cluster->Begin(pg::TransactionOptions{});
  trx.Execute("UPDATE t SET x = $1", 1);
  USERVER_NAMESPACE::engine::SleepFor(std::chrono::milliseconds(10));
  auto response = http.CreateRequest()
                      .post("http://example.com", "body")
                      .timeout(std::chrono::milliseconds(100))
                      .perform();
  trx.Commit();

  auto trx2 = cluster->Begin(pg::ClusterHostType::kMaster, pg::Transaction::RW);
  auto request = http.CreateRequest();
  request.url("http://example.com").timeout(100);
  auto future = request.async_perform();
  auto response2 = future.Get();
  trx2.Rollback();

  auto rs = cluster->Execute(pg::ClusterHostType::kSlave, "SELECT $1", 42);
  (void)response;
  (void)response2;
  (void)rs;
}

}  // namespace smoke_userver
