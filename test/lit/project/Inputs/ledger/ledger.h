// A service whose in-house database wrappers (a unit of work, a connection
// that runs SQL text, a pool of leases, begin/commit helpers) are defined in
// other files than the code that uses them.
#pragma once
#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include <pqxx/pqxx>
#include <postgresql/libpq-fe.h>
#include <soci/soci.h>

namespace ledger {

// store.cpp: keeps a pqxx::work in a member between begin() and commit().
class UnitOfWork {
public:
  explicit UnitOfWork(pqxx::connection &c);
  void begin();
  void commit();

private:
  pqxx::connection &conn_;
  std::optional<pqxx::work> tx_;
};

// store.cpp: hands the SQL it is given to libpq.
class PgConn {
public:
  explicit PgConn(const char *dsn);
  void exec(const char *sql);

private:
  PGconn *conn_;
};

// store.cpp: leases from a soci pool, and gives them back.
class Leases {
public:
  explicit Leases(soci::connection_pool &pool);
  std::size_t borrow();
  void giveBack(std::size_t pos);

private:
  soci::connection_pool &pool_;
};

// helpers.cpp: begin and commit on the session they are handed.
void beginOn(soci::session &s);
void commitOn(soci::session &s);
// helpers.cpp: runs SQL through PgConn::exec (a wrapper of a wrapper).
void runSql(PgConn &db, const char *sql);

// notify.cpp: a mail notifier (HTTP to the mail service) and a counter.
class Notifier {
public:
  virtual ~Notifier() = default;
  virtual void send(int order) = 0;
};
Notifier &mailNotifier();
// helpers.cpp: sends through the interface.
void announce(Notifier &n, int order);

// audit.cpp: the process's one pool, and a helper that writes an audit row
// on a connection of its own from it.
extern soci::connection_pool sharedPool;
void writeAudit(int order);
// audit.cpp: audits one shard on a connection from the pool it is given.
void auditShard(soci::connection_pool &pool, int shard);

// helpers.cpp: runs the step before it returns, retrying it.
void withRetry(const std::function<void()> &step);
// helpers.cpp: queues the step for a worker thread.
void later(std::function<void()> step);

} // namespace ledger
