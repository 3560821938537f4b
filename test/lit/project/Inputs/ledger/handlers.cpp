#include "ledger.h"

#include <chrono>
#include <curl/curl.h>
#include <thread>

using namespace ledger;

void postInvoice(UnitOfWork &uow, CURL *h) {
  uow.begin();
  curl_easy_perform(h);
  uow.commit();
  curl_easy_perform(h); // after the commit: free
}

void importRows(PgConn &db) {
  db.exec("BEGIN");
  db.exec("COPY rows FROM STDIN");
  std::this_thread::sleep_for(std::chrono::seconds(5));
  db.exec("COMMIT");
  std::this_thread::sleep_for(std::chrono::seconds(5)); // committed
}

void importThroughHelper(PgConn &db) {
  runSql(db, "BEGIN");
  std::this_thread::sleep_for(std::chrono::seconds(5));
  runSql(db, "COMMIT");
}

void settle(soci::session &s, CURL *h) {
  beginOn(s);
  curl_easy_perform(h);
  commitOn(s);
}

void reconcile(Leases &leases, bool stale) {
  std::size_t pos = leases.borrow();
  if (stale)
    return;
  leases.giveBack(pos);
}

// --- Near misses: no finding. ---

void settledFirst(soci::session &s, CURL *h) {
  beginOn(s);
  commitOn(s);
  curl_easy_perform(h);
}

void givenBackOnEveryPath(Leases &leases, bool stale) {
  std::size_t pos = leases.borrow();
  if (stale) {
    leases.giveBack(pos);
    return;
  }
  leases.giveBack(pos);
}

void plainStatements(PgConn &db) {
  runSql(db, "VACUUM ANALYZE rows");
  std::this_thread::sleep_for(std::chrono::seconds(1));
}

// --- Virtual calls and callables of other files. ---

void shipOrder(pqxx::connection &c, Notifier &n, int order) {
  pqxx::work tx(c);
  n.send(order);
  tx.commit();
}

void shipAndAnnounce(pqxx::connection &c, Notifier &n, int order) {
  pqxx::work tx(c);
  announce(n, order);
  tx.commit();
}

void chargeWithRetry(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  withRetry([&] { curl_easy_perform(h); });
  tx.commit();
}

// Near misses: the queued step runs later, on a worker; the notifier is
// called after the commit.
void chargeLater(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  later([h] { curl_easy_perform(h); });
  tx.commit();
}

void shipThenNotify(pqxx::connection &c, Notifier &n, int order) {
  {
    pqxx::work tx(c);
    tx.commit();
  }
  n.send(order);
}

// --- A second connection from the same pool, taken in another file. ---

void closeOrder(int order) {
  soci::session s(sharedPool);
  s << "UPDATE orders SET closed = 1 WHERE id = :o", soci::use(order);
  writeAudit(order);
}

// Near miss: the first connection is given back before.
void closeThenAudit(int order) {
  {
    soci::session s(sharedPool);
    s << "UPDATE orders SET closed = 1 WHERE id = :o", soci::use(order);
  }
  writeAudit(order);
}

// --- A connection per item, taken by a helper of another file. ---

void closeAll(const std::vector<int> &orders) {
  for (int order : orders)
    writeAudit(order);
}

// Near miss: the loop waits on the mail service between checkouts.
void closeAndAnnounce(const std::vector<int> &orders, Notifier &n) {
  for (int order : orders) {
    writeAudit(order);
    announce(n, order);
  }
}

// --- Workers that each take a connection in a helper of another file. ---

void nightlyAudit() {
  soci::connection_pool pool(2);
  std::vector<std::thread> workers;
  for (int shard = 0; shard < 4; ++shard)
    workers.emplace_back([&pool, shard] { auditShard(pool, shard); });
  for (auto &w : workers)
    w.join();
}

// Near miss: as many connections as workers.
void nightlyAuditSized() {
  soci::connection_pool pool(4);
  std::vector<std::thread> workers;
  for (int shard = 0; shard < 4; ++shard)
    workers.emplace_back([&pool, shard] { auditShard(pool, shard); });
  for (auto &w : workers)
    w.join();
}
