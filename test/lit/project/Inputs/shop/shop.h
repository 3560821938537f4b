// A small service whose slow calls and releases live in other files than
// the transactions and leases that wait on them.
#pragma once
#include <cstddef>
#include <string>

namespace soci {
class connection_pool;
}
namespace pqxx {
class transaction_base;
}

namespace shop {
// uploader.cpp: HTTP PUTs through libcurl.
std::string uploadInvoice(const std::string &pdf);
void notifyWarehouse(int order);
// pool.cpp: gives the lease back / only logs it.
void giveBack(soci::connection_pool &pool, std::size_t pos);
void logLease(soci::connection_pool &pool, std::size_t pos);
// pool.cpp: hands the lease on to giveBack.
void finish(soci::connection_pool &pool, std::size_t pos);
// metrics.cpp: counters in memory, nothing slow, nothing that throws.
void recordMetrics(int order);
void noteLease(std::size_t pos);
// pool.cpp: commits the transaction it is handed (the second after a
// back-off, before a warehouse call).
void commitOrder(pqxx::transaction_base &tx);
void settleAndCommit(pqxx::transaction_base &tx, int order);
// metrics.cpp: sleeps a little.
void backoff();

// Inline here, its callee defined in uploader.cpp.
inline void auditOrder(int order) { notifyWarehouse(order); }
} // namespace shop
