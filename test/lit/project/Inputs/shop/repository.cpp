#include "shop.h"

#include <pqxx/pqxx>
#include <soci/soci.h>

// A transaction open while another file's function makes an HTTP call.
void saveInvoice(pqxx::connection &c, int order, const std::string &pdf) {
  pqxx::work tx(c);
  tx.exec0("UPDATE orders SET state = 'invoiced' WHERE id = " +
           std::to_string(order));
  std::string key = shop::uploadInvoice(pdf);
  tx.exec0("UPDATE orders SET invoice = " + tx.quote(key));
  tx.commit();
}

// Through an inline helper of a header, to a function of another file.
void shipOrder(pqxx::connection &c, int order) {
  pqxx::work tx(c);
  shop::auditOrder(order);
  tx.commit();
}

// Logging the lease does not give it back: the connection is still held.
void leaseKept(soci::connection_pool &pool, int order) {
  std::size_t pos = pool.lease();
  shop::logLease(pool, pos);
  shop::notifyWarehouse(order);
  pool.give_back(pos);
}

// An early return leaks the lease whatever other files do.
void earlyReturn(soci::connection_pool &pool, bool skip) {
  std::size_t pos = pool.lease();
  if (skip)
    return;
  shop::giveBack(pool, pos);
}

// --- Near misses: released in another file, or nothing slow there. ---

void leaseThenRelease(soci::connection_pool &pool, int order) {
  std::size_t pos = pool.lease();
  shop::giveBack(pool, pos);
  shop::notifyWarehouse(order);
}

void releasedTwoFilesAway(soci::connection_pool &pool, int order) {
  std::size_t pos = pool.lease();
  shop::finish(pool, pos);
  shop::notifyWarehouse(order);
}

void metricsInTransaction(pqxx::connection &c, int order) {
  pqxx::work tx(c);
  shop::recordMetrics(order);
  tx.commit();
}

void uploadAfterCommit(pqxx::connection &c, const std::string &pdf) {
  pqxx::work tx(c);
  tx.exec0("UPDATE orders SET state = 'invoiced'");
  tx.commit();
  shop::uploadInvoice(pdf);
}

// The transaction is committed in another file: the upload after it is free.
void commitThenUpload(pqxx::connection &c, const std::string &pdf) {
  pqxx::work tx(c);
  tx.exec0("UPDATE orders SET state = 'invoiced'");
  shop::commitOrder(tx);
  shop::uploadInvoice(pdf);
}

// noteLease (metrics.cpp) cannot throw: the lease goes back on every path.
void leaseNoted(soci::connection_pool &pool) {
  std::size_t pos = pool.lease();
  shop::noteLease(pos);
  pool.give_back(pos);
}

// settleAndCommit (pool.cpp) sleeps before it commits (inside the
// transaction) and calls the warehouse after (outside it).
void settle(pqxx::connection &c, int order) {
  pqxx::work tx(c);
  shop::settleAndCommit(tx, order);
}
