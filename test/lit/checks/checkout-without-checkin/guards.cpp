// RUN: %check_conncheck %s --checks='-*,conncheck-checkout-without-checkin' -- %cxxflags
//
// A connection taken by hand and handed to a scope guard is given back on
// every path from the guard on: gsl::finally, absl::Cleanup, an in-house
// ScopeGuard template, Boost.ScopeExit, and an aggregate-initialised guard
// whose destructor releases it (real GSL, Abseil, Boost and libpq, SOCI
// headers). A path that leaves before the guard exists still leaks.

#include <absl/cleanup/cleanup.h>
#include <boost/scope_exit.hpp>
#include <gsl/util>
#include <postgresql/libpq-fe.h>
#include <soci/soci.h>
#include <cstddef>
#include <utility>

bool check(PGconn *conn) { return PQstatus(conn) == CONNECTION_OK; }

// --- gsl::finally ---

int gsl_finally(const char *conninfo, bool dry_run) {
  PGconn *conn = PQconnectdb(conninfo);
  auto close = gsl::finally([&] { PQfinish(conn); });
  if (dry_run)
    return 0;
  PQclear(PQexec(conn, "VACUUM"));
  return 1;
}

// --- absl::Cleanup ---

void absl_cleanup(soci::connection_pool &pool, bool dry_run) {
  std::size_t pos = pool.lease();
  absl::Cleanup give_back = [&] { pool.give_back(pos); };
  if (dry_run)
    return;
  pool.at(pos) << "DELETE FROM sessions WHERE expired";
}

// --- An in-house guard template. ---

template <typename F> class ScopeGuard {
public:
  explicit ScopeGuard(F f) : f_(std::move(f)) {}
  ~ScopeGuard() { f_(); }
  ScopeGuard(const ScopeGuard &) = delete;

private:
  F f_;
};
template <typename F> ScopeGuard<F> makeGuard(F f) { return ScopeGuard<F>(std::move(f)); }

void in_house_guard(soci::connection_pool &pool, bool dry_run) {
  std::size_t pos = pool.lease();
  auto guard = makeGuard([&pool, pos] { pool.give_back(pos); });
  if (dry_run)
    return;
  pool.at(pos) << "DELETE FROM sessions WHERE expired";
}

// --- Boost.ScopeExit ---

void boost_scope_exit(soci::connection_pool &pool, bool dry_run) {
  std::size_t pos = pool.lease();
  BOOST_SCOPE_EXIT(&pool, pos) { pool.give_back(pos); } BOOST_SCOPE_EXIT_END
  if (dry_run)
    return;
  pool.at(pos) << "DELETE FROM sessions WHERE expired";
}

// --- An aggregate guard: its destructor gives the lease back. ---

struct Releaser {
  soci::connection_pool &pool;
  std::size_t pos;
  ~Releaser() { pool.give_back(pos); }
};

void aggregate_guard(soci::connection_pool &pool, bool dry_run) {
  std::size_t pos = pool.lease();
  Releaser r{pool, pos};
  if (dry_run)
    return;
  pool.at(pos) << "DELETE FROM sessions WHERE expired";
}

// --- Still leaks: the early return comes before the guard. ---

int return_before_guard(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: connection 'conn' taken with 'PQconnectdb' is not given back on every path [conncheck-checkout-without-checkin]
  if (!check(conn))
    return -1;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'conn' is not given back on this return{{$}}
  auto close = gsl::finally([&] { PQfinish(conn); });
  return 0;
}

// --- Still leaks: the guard's lambda only logs the connection. ---

void log_lease(std::size_t pos) noexcept;

void guard_that_does_not_release(soci::connection_pool &pool, bool dry_run) {
  std::size_t pos = pool.lease();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: connection 'pos' taken with 'soci::connection_pool::lease' is not given back on every path [conncheck-checkout-without-checkin]
  auto log = gsl::finally([&] { log_lease(pos); });
  if (dry_run)
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'pos' is not given back on this return{{$}}
  pool.give_back(pos);
}
