// RUN: %check_conncheck %s --checks='-*,conncheck-nested-checkout' -- %cxxflags
//
// drogon ORM 1.9 (stub): a DbClient is the pool. newTransaction() takes one
// of its connections for the transaction until the last shared_ptr to the
// Transaction dies (the destructor commits and returns the connection;
// rollback() returns it once the ROLLBACK has run); execSqlSync() on the
// client borrows another connection for one statement and blocks until it
// gets one. Statements run through the Transaction use its own connection.
//
// userver PostgreSQL 2.x (stub): Cluster::Begin() takes a connection for
// the returned Transaction until Commit(), Rollback() or its destruction;
// Cluster::Execute() borrows a second one for one statement.

#include <drogon/orm/DbClient.h>
#include <userver/storages/postgres/cluster.hpp>

#include <memory>
#include <string>
#include <utility>

namespace pg = userver::storages::postgres;

class OrderRepo {
public:
  explicit OrderRepo(drogon::orm::DbClientPtr client)
      : client_(std::move(client)) {}

  void statement_on_the_client_inside_a_transaction(int id) {
    auto trans = client_->newTransaction();
    trans->execSqlSync("UPDATE orders SET state = 'paid' WHERE id = $1", id);
    client_->execSqlSync("INSERT INTO audit(order_id) VALUES ($1)", id);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: second connection taken from 'client_' while 'trans' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-4]]:27: note: transaction on 'trans' begins here with 'drogon::orm::DbClient::newTransaction'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'trans' ends here, where 'trans' goes out of scope
  }

  void log_event(int id) {
    client_->execSqlSync("INSERT INTO events(order_id) VALUES ($1)", id);
  }

  void pay(int id) {
    auto trans = client_->newTransaction();
    trans->execSqlSync("UPDATE orders SET state = 'paid' WHERE id = $1", id);
    log_event(id);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'OrderRepo::log_event' takes a second connection from 'client_' ('drogon::orm::DbClient::execSqlSync') while 'trans' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-4]]:27: note: transaction on 'trans' begins here with 'drogon::orm::DbClient::newTransaction'{{$}}
    // CHECK-MESSAGES: :[[@LINE-9]]:14: note: 'OrderRepo::log_event' takes a connection from 'client_' with 'drogon::orm::DbClient::execSqlSync'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'trans' ends here, where 'trans' goes out of scope
  }

  void second_transaction_while_the_first_is_open(int id) {
    auto trans = client_->newTransaction();
    trans->execSqlSync("UPDATE orders SET state = 'paid' WHERE id = $1", id);
    auto audit = client_->newTransaction();
    // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: second connection taken from 'client_' while 'trans' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-4]]:27: note: transaction on 'trans' begins here with 'drogon::orm::DbClient::newTransaction'{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:3: note: transaction on 'trans' ends here, where 'trans' goes out of scope
    audit->execSqlSync("INSERT INTO audit(order_id) VALUES ($1)", id);
  }

private:
  drogon::orm::DbClientPtr client_;
};

class PaymentRepo {
public:
  explicit PaymentRepo(pg::ClusterPtr cluster) : cluster_(std::move(cluster)) {}

  void statement_on_the_cluster_inside_a_transaction(int id) {
    auto trx = cluster_->Begin(pg::ClusterHostType::kMaster, pg::Transaction::RW);
    trx.Execute("UPDATE payments SET state = 'captured' WHERE id = $1", id);
    cluster_->Execute(pg::ClusterHostType::kMaster,
                      "INSERT INTO audit(payment_id) VALUES ($1)", id);
    // CHECK-MESSAGES: :[[@LINE-2]]:15: warning: second connection taken from 'cluster_' while 'trx' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-5]]:26: note: transaction on 'trx' begins here with 'userver::storages::postgres::Cluster::Begin'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:9: note: transaction on 'trx' ends here
    trx.Commit();
  }

  void RecordAudit(int id) {
    cluster_->Execute(pg::ClusterHostType::kMaster,
                      "INSERT INTO audit(payment_id) VALUES ($1)", id);
  }

  void Capture(int id) {
    auto trx = cluster_->Begin(pg::ClusterHostType::kMaster, pg::Transaction::RW);
    trx.Execute("UPDATE payments SET state = 'captured' WHERE id = $1", id);
    RecordAudit(id);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'PaymentRepo::RecordAudit' takes a second connection from 'cluster_' ('userver::storages::postgres::Cluster::Execute') while 'trx' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-4]]:26: note: transaction on 'trx' begins here with 'userver::storages::postgres::Cluster::Begin'{{$}}
    // CHECK-MESSAGES: :[[@LINE-10]]:15: note: 'PaymentRepo::RecordAudit' takes a connection from 'cluster_' with 'userver::storages::postgres::Cluster::Execute'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:9: note: transaction on 'trx' ends here
    trx.Commit();
  }

  void second_transaction_while_the_first_is_open(int id) {
    auto trx = cluster_->Begin(pg::ClusterHostType::kMaster, pg::Transaction::RW);
    trx.Execute("UPDATE payments SET state = 'captured' WHERE id = $1", id);
    auto audit = cluster_->Begin(pg::ClusterHostType::kMaster,
                                 pg::Transaction::RW);
    // CHECK-MESSAGES: :[[@LINE-2]]:28: warning: second connection taken from 'cluster_' while 'trx' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-5]]:26: note: transaction on 'trx' begins here with 'userver::storages::postgres::Cluster::Begin'{{$}}
    // CHECK-MESSAGES: :[[@LINE+3]]:9: note: transaction on 'trx' ends here
    audit.Execute("INSERT INTO audit(payment_id) VALUES ($1)", id);
    audit.Commit();
    trx.Commit();
  }

private:
  pg::ClusterPtr cluster_;
};

// --- Near misses: no finding. ---

class OrderRepoNearMisses {
public:
  explicit OrderRepoNearMisses(drogon::orm::DbClientPtr client)
      : client_(std::move(client)) {}

  void statements_on_the_transaction_itself(int id) {
    auto trans = client_->newTransaction();
    trans->execSqlSync("UPDATE orders SET state = 'paid' WHERE id = $1", id);
    trans->execSqlSync("INSERT INTO audit(order_id) VALUES ($1)", id);
  }

  void transaction_released_by_its_only_owner(int id) {
    auto trans = client_->newTransaction();
    trans->execSqlSync("UPDATE orders SET state = 'paid' WHERE id = $1", id);
    trans.reset(); // last owner: ~TransactionImpl commits, returns the connection
    client_->execSqlSync("INSERT INTO audit(order_id) VALUES ($1)", id);
  }

  void transaction_rolled_back(int id) {
    auto trans = client_->newTransaction();
    trans->execSqlSync("UPDATE orders SET state = 'paid' WHERE id = $1", id);
    trans->rollback();
    client_->execSqlSync("INSERT INTO audit(order_id) VALUES ($1)", id);
  }

  void transaction_in_an_inner_block(int id) {
    {
      auto trans = client_->newTransaction();
      trans->execSqlSync("UPDATE orders SET state = 'paid' WHERE id = $1", id);
    } // last owner gone: committed, connection returned
    client_->execSqlSync("INSERT INTO audit(order_id) VALUES ($1)", id);
  }

private:
  drogon::orm::DbClientPtr client_;
};

class OrdersWithAuditDb {
public:
  OrdersWithAuditDb(drogon::orm::DbClientPtr orders, drogon::orm::DbClientPtr audit)
      : orders_db_(std::move(orders)), audit_db_(std::move(audit)) {}

  void two_clients_at_once(int id) {
    auto trans = orders_db_->newTransaction();
    trans->execSqlSync("UPDATE orders SET state = 'paid' WHERE id = $1", id);
    audit_db_->execSqlSync("INSERT INTO audit(order_id) VALUES ($1)", id);
  }

  void helper_uses_another_client(int id) {
    auto trans = orders_db_->newTransaction();
    trans->execSqlSync("UPDATE orders SET state = 'paid' WHERE id = $1", id);
    append_audit(id);
  }

private:
  void append_audit(int id) {
    audit_db_->execSqlSync("INSERT INTO audit(order_id) VALUES ($1)", id);
  }

  drogon::orm::DbClientPtr orders_db_;
  drogon::orm::DbClientPtr audit_db_;
};

class PaymentRepoNearMisses {
public:
  explicit PaymentRepoNearMisses(pg::ClusterPtr cluster)
      : cluster_(std::move(cluster)) {}

  void statements_on_the_transaction_itself(int id) {
    auto trx = cluster_->Begin(pg::ClusterHostType::kMaster, pg::Transaction::RW);
    trx.Execute("UPDATE payments SET state = 'captured' WHERE id = $1", id);
    trx.Execute("INSERT INTO audit(payment_id) VALUES ($1)", id);
    trx.Commit();
  }

  void cluster_statement_after_commit(int id) {
    auto trx = cluster_->Begin(pg::ClusterHostType::kMaster, pg::Transaction::RW);
    trx.Execute("UPDATE payments SET state = 'captured' WHERE id = $1", id);
    trx.Commit();
    cluster_->Execute(pg::ClusterHostType::kMaster,
                      "INSERT INTO audit(payment_id) VALUES ($1)", id);
  }

  void cluster_statement_after_rollback(int id) {
    auto trx = cluster_->Begin(pg::ClusterHostType::kMaster, pg::Transaction::RW);
    trx.Execute("UPDATE payments SET state = 'captured' WHERE id = $1", id);
    trx.Rollback();
    cluster_->Execute(pg::ClusterHostType::kMaster,
                      "INSERT INTO audit(payment_id) VALUES ($1)", id);
  }

  void transaction_in_an_inner_block(int id) {
    {
      auto trx = cluster_->Begin(pg::ClusterHostType::kMaster, pg::Transaction::RO);
      trx.Execute("SELECT state FROM payments WHERE id = $1", id);
    } // ~Transaction rolls back and returns the connection
    auto again = cluster_->Begin(pg::ClusterHostType::kMaster, pg::Transaction::RW);
    again.Execute("INSERT INTO audit(payment_id) VALUES ($1)", id);
    again.Commit();
  }

private:
  pg::ClusterPtr cluster_;
};

class PaymentsWithAuditCluster {
public:
  PaymentsWithAuditCluster(pg::ClusterPtr payments, pg::ClusterPtr audit)
      : payments_cluster_(std::move(payments)), audit_cluster_(std::move(audit)) {}

  void two_clusters_at_once(int id) {
    auto trx = payments_cluster_->Begin(pg::ClusterHostType::kMaster,
                                        pg::Transaction::RW);
    trx.Execute("UPDATE payments SET state = 'captured' WHERE id = $1", id);
    audit_cluster_->Execute(pg::ClusterHostType::kMaster,
                            "INSERT INTO audit(payment_id) VALUES ($1)", id);
    trx.Commit();
  }

private:
  pg::ClusterPtr payments_cluster_;
  pg::ClusterPtr audit_cluster_;
};
