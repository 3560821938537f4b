// The service's own PostgreSQL connection pool: a fixed number of
// pqxx::connection objects shared by all request threads. What conncheck
// needs to know about it is in ../../conncheck-rules.json.
#pragma once

#include <pqxx/pqxx>

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace specservice {

class DbPool;

// A connection on loan: given back to the pool when destroyed.
class PooledConnection {
public:
  PooledConnection(DbPool &pool, pqxx::connection *conn) : pool_(&pool), conn_(conn) {}
  PooledConnection(PooledConnection &&other) noexcept
      : pool_(other.pool_), conn_(other.conn_) {
    other.conn_ = nullptr;
  }
  PooledConnection(const PooledConnection &) = delete;
  PooledConnection &operator=(const PooledConnection &) = delete;
  ~PooledConnection();

  pqxx::connection &operator*() const { return *conn_; }
  pqxx::connection *operator->() const { return conn_; }

private:
  DbPool *pool_;
  pqxx::connection *conn_;
};

class DbPool {
public:
  DbPool(const std::string &dsn, std::size_t size);

  // Blocks until a connection is free; the guard gives it back.
  PooledConnection acquire() { return PooledConnection(*this, checkout()); }

  // By hand: every checkout() needs its checkin(), on every path.
  pqxx::connection *checkout();
  void checkin(pqxx::connection *conn);

  // Runs fn with a connection held for its whole duration.
  template <typename Fn> auto with_connection(Fn &&fn) {
    PooledConnection conn = acquire();
    return fn(*conn);
  }

private:
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<pqxx::connection>> all_;
  std::vector<pqxx::connection *> idle_;
};

inline PooledConnection::~PooledConnection() {
  if (conn_)
    pool_->checkin(conn_);
}

} // namespace specservice
