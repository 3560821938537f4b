#include "shop.h"

#include <soci/soci.h>

#include <cstdio>

void shop::giveBack(soci::connection_pool &pool, std::size_t pos) {
  pool.give_back(pos);
}

void shop::logLease(soci::connection_pool &pool, std::size_t pos) {
  std::printf("lease %zu\n", pos);
}

void shop::finish(soci::connection_pool &pool, std::size_t pos) {
  giveBack(pool, pos);
}
