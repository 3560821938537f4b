#include "ledger.h"

namespace ledger {

void beginOn(soci::session &s) { s.begin(); }
void commitOn(soci::session &s) { s.commit(); }
void runSql(PgConn &db, const char *sql) { db.exec(sql); }

} // namespace ledger

#include <deque>

namespace ledger {

void withRetry(const std::function<void()> &step) {
  for (int attempt = 0; attempt < 3; ++attempt)
    step();
}

static std::deque<std::function<void()>> queue;
void later(std::function<void()> step) { queue.push_back(std::move(step)); }

} // namespace ledger

namespace ledger {
void announce(Notifier &n, int order) { n.send(order); }
} // namespace ledger
