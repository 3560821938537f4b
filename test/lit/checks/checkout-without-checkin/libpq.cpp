// RUN: %check_conncheck %s --checks='-*,conncheck-checkout-without-checkin' -- %cxxflags
//
// libpq (Debian's real header): a PGconn from PQconnectdb and friends must be
// closed with PQfinish, even when the connection attempt failed (libpq's
// manual: "call PQfinish to free the memory used by the PGconn object ...
// even if the server connection attempt fails"). libpq's functions are C
// functions: they do not throw.

#include <postgresql/libpq-fe.h>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

// A project function that throws on some path: a leak on its exception
// path is a real one.
std::string render_report(const PGresult *res) {
  if (PQresultStatus(res) != PGRES_TUPLES_OK)
    throw std::runtime_error("report query failed");
  return PQgetvalue(res, 0, 0);
}
void audit(const std::string &event);

static int column_count(const PGresult *res) noexcept {
  return PQnfields(res);
}

bool ping(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: connection 'conn' taken with 'PQconnectdb' is not given back on every path [conncheck-checkout-without-checkin]
  if (PQstatus(conn) != CONNECTION_OK)
    return false; // the failed PGconn still needs PQfinish
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'conn' is not given back on this return{{$}}
  PQfinish(conn);
  return true;
}

bool migrate(const char *const *keys, const char *const *values) {
  PGconn *conn = PQconnectdbParams(keys, values, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: connection 'conn' taken with 'PQconnectdbParams' is not given back on every path [conncheck-checkout-without-checkin]
  if (PQstatus(conn) != CONNECTION_OK) {
    PQfinish(conn);
    return false;
  }
  // PQexec and PQresultStatus are C functions: no exception path here.
  PGresult *res = PQexec(conn, "ALTER TABLE jobs ADD COLUMN note text");
  if (PQresultStatus(res) != PGRES_COMMAND_OK) {
    PQclear(res);
    return false;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'conn' is not given back on this return{{$}}
  }
  PQclear(res);
  PQfinish(conn);
  return true;
}

void report(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: connection 'conn' taken with 'PQconnectdb' is not given back on every path [conncheck-checkout-without-checkin]
  PGresult *res = PQexec(conn, "SELECT state, count(*) FROM jobs GROUP BY 1");
  std::string text = render_report(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: note: if 'render_report' throws, 'conn' is never given back{{$}}
  PQclear(res);
  PQfinish(conn);
}

PGconn *connect_or_throw(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: connection 'conn' taken with 'PQconnectdb' is not given back on every path [conncheck-checkout-without-checkin]
  if (PQstatus(conn) != CONNECTION_OK)
    throw std::runtime_error(PQerrorMessage(conn));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the exception thrown here leaves 'conn' checked out{{$}}
  return conn;
}

PGconn *first_reachable(const std::vector<std::string> &conninfos) {
  for (const std::string &info : conninfos) {
    PGconn *c = PQconnectdb(info.c_str());
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: connection 'c' taken with 'PQconnectdb' is not given back on every path [conncheck-checkout-without-checkin]
    if (PQstatus(c) != CONNECTION_OK)
      continue;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'c' is not given back on this continue{{$}}
    return c;
  }
  return nullptr;
}

void notify(const char *conninfo, bool enabled) {
  if (enabled) {
    PGconn *conn = PQsetdbLogin(conninfo, nullptr, nullptr, nullptr, "jobs",
                                "app", nullptr);
    // CHECK-MESSAGES: :[[@LINE-2]]:20: warning: connection 'conn' taken with 'PQsetdbLogin' is not given back on every path [conncheck-checkout-without-checkin]
    PQclear(PQexec(conn, "NOTIFY jobs_changed"));
  }
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'conn' goes out of scope here without being given back{{$}}
}

// --- Near misses: no finding. ---

bool ping_finishes_on_every_path(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  if (PQstatus(conn) != CONNECTION_OK) {
    PQfinish(conn);
    return false;
  }
  PQfinish(conn);
  return true;
}

int count_jobs_with_a_guard(const char *conninfo) {
  PGconn *c = PQconnectdb(conninfo);
  std::unique_ptr<PGconn, decltype(&PQfinish)> guard(c, &PQfinish);
  if (PQstatus(c) != CONNECTION_OK)
    return -1; // the guard finishes it
  PGresult *res = PQexec(c, "SELECT count(*) FROM jobs");
  std::string text = render_report(res); // may throw: the guard finishes it
  PQclear(res);
  return static_cast<int>(text.size());
}

void only_c_calls_between(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  PGresult *res = PQexec(conn, "SELECT id, state FROM jobs");
  int fields = column_count(res); // noexcept
  for (int row = 0; row < PQntuples(res); ++row)
    for (int f = 0; f < fields; ++f)
      PQgetvalue(res, row, f);
  PQclear(res);
  PQfinish(conn);
}

PGconn *connect_for_the_caller(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  if (PQstatus(conn) != CONNECTION_OK) {
    PQfinish(conn);
    return nullptr;
  }
  return conn; // the caller finishes it
}

void finished_in_a_rethrowing_handler(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  try {
    PGresult *res = PQexec(conn, "SELECT * FROM audit_log");
    audit(render_report(res));
    PQclear(res);
  } catch (...) {
    PQfinish(conn);
    throw;
  }
  PQfinish(conn);
}

class ConnectionCache {
public:
  void add(const char *conninfo) {
    PGconn *conn = PQconnectdb(conninfo);
    idle_.push_back(conn); // ~ConnectionCache finishes it
  }

  void set_primary(const char *conninfo) {
    PGconn *conn = PQconnectdb(conninfo);
    primary_ = conn; // ~ConnectionCache finishes it
  }

  ~ConnectionCache() {
    for (PGconn *c : idle_)
      PQfinish(c);
    PQfinish(primary_);
  }

private:
  std::vector<PGconn *> idle_;
  PGconn *primary_ = nullptr;
};

static void close_connection(PGconn *conn) {
  if (conn)
    PQfinish(conn);
}

void finished_by_a_helper(const char *conninfo) {
  PGconn *conn = PQconnectdb(conninfo);
  if (PQstatus(conn) != CONNECTION_OK) {
    close_connection(conn);
    return;
  }
  PQclear(PQexec(conn, "VACUUM jobs"));
  close_connection(conn);
}
