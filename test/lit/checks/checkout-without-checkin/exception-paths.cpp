// RUN: %check_conncheck %s --checks='-*,conncheck-checkout-without-checkin' -- %cxxflags
//
// A leak on an exception path is reported only where a throw is plausible:
// a throw; a function of the project that throws or calls one that does,
// outside a try block; a library call a pack describes as talking to the
// server (a SOCI statement). String and container operations, accessors,
// calls through std::function and functions declared but defined nowhere
// conncheck saw are not taken to throw. Where a normal path leaks too, the
// note names that path.

#include <postgresql/libpq-fe.h>
#include <soci/soci.h>
#include <cstddef>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

// --- Plausible throws: reported. ---

void explicit_throw(const char *dsn, int rows) {
  PGconn *conn = PQconnectdb(dsn);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: connection 'conn' taken with 'PQconnectdb' is not given back on every path [conncheck-checkout-without-checkin]
  if (rows < 0)
    throw std::invalid_argument("rows");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the exception thrown here leaves 'conn' checked out{{$}}
  PQfinish(conn);
}

static void validate(int rows) {
  if (rows > 1000)
    throw std::out_of_range("too many rows");
}
static void prepare_batch(int rows) { validate(rows); }

void throws_two_calls_down(const char *dsn, int rows) {
  PGconn *conn = PQconnectdb(dsn);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: connection 'conn' taken with 'PQconnectdb' is not given back on every path [conncheck-checkout-without-checkin]
  prepare_batch(rows);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: if 'prepare_batch' throws, 'conn' is never given back{{$}}
  PQfinish(conn);
}

void statement_may_throw(soci::connection_pool &pool) {
  std::size_t pos = pool.lease();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: connection 'pos' taken with 'soci::connection_pool::lease' is not given back on every path [conncheck-checkout-without-checkin]
  soci::session &sql = pool.at(pos);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: note: if 'soci::connection_pool::at' throws, 'pos' is never given back{{$}}
  sql << "UPDATE jobs SET state = 'done'";
  pool.give_back(pos);
}

// A handler that rethrows: the exception leaves with the lease out.
void rethrown(soci::connection_pool &pool, int rows) {
  std::size_t pos = pool.lease();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: connection 'pos' taken with 'soci::connection_pool::lease' is not given back on every path [conncheck-checkout-without-checkin]
  try {
    validate(rows);
  } catch (const std::exception &) {
    throw;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the exception thrown here leaves 'pos' checked out{{$}}
  }
  pool.give_back(pos);
}

// A normal path that leaks is what the note names, before any exception.
void early_return_and_throw(const char *dsn, int rows) {
  PGconn *conn = PQconnectdb(dsn);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: connection 'conn' taken with 'PQconnectdb' is not given back on every path [conncheck-checkout-without-checkin]
  validate(rows);
  if (PQstatus(conn) != CONNECTION_OK)
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'conn' is not given back on this return{{$}}
  PQfinish(conn);
}

// --- Not plausible: silent. ---

void string_and_container_operations(const char *dsn,
                                     std::map<std::string, int> &seen) {
  PGconn *conn = PQconnectdb(dsn);
  std::string msg = PQerrorMessage(conn);
  msg += '\n';
  msg = "connection: " + msg;
  std::vector<std::string> lines;
  lines.push_back(msg);
  seen[msg] = static_cast<int>(lines.size());
  PQfinish(conn);
}

struct Settings {
  int timeout() const { return timeout_; }
  const std::string &name() const { return name_; }
  int timeout_ = 5;
  std::string name_;
};

void accessors(const char *dsn, const Settings &s) {
  PGconn *conn = PQconnectdb(dsn);
  int t = s.timeout();
  std::string n = s.name();
  (void)t;
  PQfinish(conn);
}

void log_line(const std::string &line); // declared only: nothing says it throws

void declared_only(const char *dsn) {
  PGconn *conn = PQconnectdb(dsn);
  log_line("connected");
  PQfinish(conn);
}

void through_std_function(const char *dsn, const std::function<void()> &hook) {
  PGconn *conn = PQconnectdb(dsn);
  hook();
  PQfinish(conn);
}

static int count_rows(const std::vector<int> &rows) {
  return static_cast<int>(rows.size());
}

void project_function_that_does_not_throw(const char *dsn,
                                          const std::vector<int> &rows) {
  PGconn *conn = PQconnectdb(dsn);
  int n = count_rows(rows);
  (void)n;
  PQfinish(conn);
}

// Thrown and caught inside the callee: nothing leaves it.
static void validate_quietly(int rows) {
  try {
    validate(rows);
  } catch (const std::exception &) {
  }
}

void callee_catches_its_own(const char *dsn, int rows) {
  PGconn *conn = PQconnectdb(dsn);
  validate_quietly(rows);
  PQfinish(conn);
}
