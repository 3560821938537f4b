#include "shop.h"

#include <pqxx/pqxx>
#include <soci/soci.h>

#include <cstdio>
#include <stdexcept>

void shop::giveBack(soci::connection_pool &pool, std::size_t pos) {
  pool.give_back(pos);
}

// Throws on a position the pool never handed out: a caller that holds the
// lease loses it on that path.
void shop::logLease(soci::connection_pool &pool, std::size_t pos) {
  if (pos > 1000)
    throw std::out_of_range("lease position");
  std::printf("lease %zu\n", pos);
}

void shop::finish(soci::connection_pool &pool, std::size_t pos) {
  giveBack(pool, pos);
}

void shop::commitOrder(pqxx::transaction_base &tx) { tx.commit(); }

void shop::settleAndCommit(pqxx::transaction_base &tx, int order) {
  backoff();
  tx.commit();
  notifyWarehouse(order);
}
