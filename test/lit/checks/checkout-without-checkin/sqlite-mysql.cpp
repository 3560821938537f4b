// RUN: %check_conncheck %s --checks='-*,conncheck-checkout-without-checkin' -- %cxxflags -I/usr/include/mariadb
//
// SQLite 3 and the MariaDB C API (Debian's real headers). A handle from
// sqlite3_open* must be closed with sqlite3_close even when the open failed
// (SQLite's manual: "Whether or not an error occurs when it is opened,
// resources associated with the database connection handle should be
// released by passing it to sqlite3_close()"). A handle from mysql_init
// must be closed with mysql_close, whether mysql_real_connect succeeded or
// not. Both are C APIs: their functions do not throw.

#include <sqlite3.h>
#include <mysql.h>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

// Declared only: C++ functions without noexcept, so they may throw.
// Throws on bad input: a leak on its exception path is a real one.
void import_rows(sqlite3 *db, const std::string &csv) {
  if (csv.empty())
    throw std::invalid_argument("empty CSV");
  sqlite3_exec(db, csv.c_str(), nullptr, nullptr, nullptr);
}

static bool is_blank(const char *s) noexcept { return !s || !*s; }

// --- SQLite ---

bool open_and_return_on_failure(const char *path) {
  sqlite3 *db = nullptr;
  if (sqlite3_open(path, &db) != SQLITE_OK)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: connection 'db' taken with 'sqlite3_open' is not given back on every path [conncheck-checkout-without-checkin]
    return false; // a failed open still allocated 'db'
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'db' is not given back on this return{{$}}
  sqlite3_exec(db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  return true;
}

void import_may_throw(const char *path, const std::string &csv) {
  sqlite3 *db = nullptr;
  sqlite3_open(path, &db);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: connection 'db' taken with 'sqlite3_open' is not given back on every path [conncheck-checkout-without-checkin]
  import_rows(db, csv);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: if 'import_rows' throws, 'db' is never given back{{$}}
  sqlite3_close(db);
}

int count_readable(const std::vector<std::string> &paths) {
  int n = 0;
  for (const std::string &p : paths) {
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(p.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: connection 'db' taken with 'sqlite3_open_v2' is not given back on every path [conncheck-checkout-without-checkin]
    if (rc != SQLITE_OK)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'db' is not given back on this break{{$}}
    ++n;
    sqlite3_close(db);
  }
  return n;
}

// --- MySQL / MariaDB ---

bool connect_and_return_on_failure(const char *host) {
  MYSQL *m = mysql_init(nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: connection 'm' taken with 'mysql_init' is not given back on every path [conncheck-checkout-without-checkin]
  if (!mysql_real_connect(m, host, "app", "secret", "jobs", 0, nullptr, 0))
    return false; // mysql_init's handle needs mysql_close all the same
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'm' is not given back on this return{{$}}
  mysql_close(m);
  return true;
}

void apply_schema(const char *host, const std::string &name) {
  MYSQL *m = mysql_init(nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: connection 'm' taken with 'mysql_init' is not given back on every path [conncheck-checkout-without-checkin]
  if (!mysql_real_connect(m, host, "app", "secret", "jobs", 0, nullptr, 0))
    throw std::runtime_error(mysql_error(m));
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the exception thrown here leaves 'm' checked out{{$}}
  mysql_close(m);
}

void ping_shards(const std::vector<std::string> &hosts) {
  for (const std::string &host : hosts) {
    MYSQL *m = mysql_init(nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: connection 'm' taken with 'mysql_init' is not given back on every path [conncheck-checkout-without-checkin]
    if (!mysql_real_connect(m, host.c_str(), "app", "secret", nullptr, 0,
                            nullptr, 0))
      continue;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'm' is not given back on this continue{{$}}
    mysql_ping(m);
    mysql_close(m);
  }
}

void touch_heartbeat(const char *host, bool enabled) {
  if (enabled) {
    MYSQL *m = mysql_init(nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: connection 'm' taken with 'mysql_init' is not given back on every path [conncheck-checkout-without-checkin]
    if (mysql_real_connect(m, host, "app", "secret", "jobs", 0, nullptr, 0))
      mysql_query(m, "UPDATE heartbeat SET at = NOW()");
  }
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: 'm' goes out of scope here without being given back{{$}}
}

// --- Near misses: no finding. ---

bool open_closes_on_every_path(const char *path) {
  sqlite3 *db = nullptr;
  if (sqlite3_open(path, &db) != SQLITE_OK) {
    sqlite3_close(db);
    return false;
  }
  // sqlite3_exec and sqlite3_errmsg are C functions: no exception path.
  if (sqlite3_exec(db, "CREATE TABLE IF NOT EXISTS t(x)", nullptr, nullptr,
                   nullptr) != SQLITE_OK &&
      is_blank(sqlite3_errmsg(db))) {
    sqlite3_close_v2(db);
    return false;
  }
  sqlite3_close(db);
  return true;
}

void sqlite_handle_adopted_by_a_guard(const char *path,
                                      const std::string &csv) {
  sqlite3 *db = nullptr;
  sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                  nullptr);
  std::unique_ptr<sqlite3, decltype(&sqlite3_close)> guard(db, &sqlite3_close);
  import_rows(db, csv); // may throw: the guard closes it
}

bool open_for_the_caller(const char *path, sqlite3 **out) {
  sqlite3 *db = nullptr;
  if (sqlite3_open(path, &db) != SQLITE_OK) {
    sqlite3_close(db);
    return false;
  }
  *out = db; // the caller closes it
  return true;
}

void closed_in_a_rethrowing_handler(const char *path, const std::string &csv) {
  sqlite3 *db = nullptr;
  sqlite3_open(path, &db);
  try {
    import_rows(db, csv);
  } catch (...) {
    sqlite3_close(db);
    throw;
  }
  sqlite3_close(db);
}

bool mysql_init_failure_allocates_nothing(const char *host) {
  MYSQL *m = mysql_init(nullptr);
  if (!m)
    return false; // out of memory: there is no handle to close
  bool ok = mysql_real_connect(m, host, "app", "secret", "jobs", 0, nullptr,
                               0) != nullptr;
  mysql_close(m);
  return ok;
}

bool mysql_closes_on_every_path(const char *host, const std::string &name) {
  MYSQL *m = mysql_init(nullptr);
  if (!mysql_real_connect(m, host, "app", "secret", "jobs", 0, nullptr, 0)) {
    mysql_close(m);
    return false;
  }
  // C functions and a noexcept function between: no exception path.
  if (mysql_query(m, "SELECT 1") != 0 || is_blank(mysql_error(m))) {
    mysql_close(m);
    return false;
  }
  mysql_close(m);
  return !name.empty();
}

class ShardSet {
public:
  void add(const char *host) {
    MYSQL *m = mysql_init(nullptr);
    mysql_real_connect(m, host, "app", "secret", "jobs", 0, nullptr, 0);
    shards_.push_back(m); // ~ShardSet closes it
  }

  ~ShardSet() {
    for (MYSQL *m : shards_)
      mysql_close(m);
  }

private:
  std::vector<MYSQL *> shards_;
};

static void disconnect(MYSQL *m) { mysql_close(m); }

void closed_by_a_helper(const char *host, const std::string &name) {
  MYSQL *m = mysql_init(nullptr);
  if (!mysql_real_connect(m, host, "app", "secret", "jobs", 0, nullptr, 0)) {
    disconnect(m);
    return;
  }
  if (!name.empty())
    mysql_select_db(m, name.c_str());
  disconnect(m);
}

// mysql_init(&member_) initialises the caller's object and returns its
// address: no new handle is made, so there is nothing to close here. Only
// mysql_init(NULL) allocates one.
class MysqlClient {
public:
  bool connect(const char *host) {
    MYSQL *m = mysql_init(&mysql_);
    if (!mysql_real_connect(m, host, "app", nullptr, "app", 0, nullptr, 0))
      return false;
    return true;
  }

private:
  MYSQL mysql_;
};

bool allocated_by_init(const char *host) {
  MYSQL *m = mysql_init(nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: connection 'm' taken with 'mysql_init' is not given back on every path [conncheck-checkout-without-checkin]
  if (!mysql_real_connect(m, host, "app", nullptr, "app", 0, nullptr, 0))
    return false;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'm' is not given back on this return{{$}}
  mysql_close(m);
  return true;
}
