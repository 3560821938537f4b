// RUN: %check_conncheck %s -- %cxxflags
//
// An in-house connection class whose exec() hands the SQL it is given to
// libpq: its callers' exec("BEGIN") ... exec("COMMIT") open and close a
// transaction on that connection, as PQexec(conn, "BEGIN") would.

#include <postgresql/libpq-fe.h>
#include <chrono>
#include <memory>
#include <string>
#include <thread>

class PgConn {
public:
  explicit PgConn(const char *dsn) : conn_(PQconnectdb(dsn)) {}
  ~PgConn() { PQfinish(conn_); }
  void exec(const char *sql) { PQclear(PQexec(conn_, sql)); }
  void exec(const std::string &sql) { exec(sql.c_str()); }

private:
  PGconn *conn_;
};

// The connection owned by a smart pointer member: `conn_.get()` names it.
struct PgFinish {
  void operator()(PGconn *c) const noexcept { PQfinish(c); }
};
class OwnedConn {
public:
  void exec(const char *sql) const { PQclear(PQexec(conn_.get(), sql)); }

private:
  std::unique_ptr<PGconn, PgFinish> conn_;
};

void import_owned(const OwnedConn &db) {
  db.exec("BEGIN");
  std::this_thread::sleep_for(std::chrono::seconds(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: transaction on 'db' begins here with SQL 'BEGIN'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction on 'db' ends here
  db.exec("COMMIT");
}

// A free function taking the connection too.
void run(PGconn *conn, const char *sql) { PQclear(PQexec(conn, sql)); }

void import_with_retry(PgConn &db) {
  db.exec("BEGIN");
  db.exec("COPY nodes FROM STDIN");
  std::this_thread::sleep_for(std::chrono::seconds(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:6: note: transaction on 'db' begins here with SQL 'BEGIN'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction on 'db' ends here
  db.exec("COMMIT");
  std::this_thread::sleep_for(std::chrono::seconds(5)); // committed
}

void free_function(PGconn *conn) {
  run(conn, "BEGIN");
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'conn' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: transaction on 'conn' begins here with SQL 'BEGIN'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'conn' ends here
  run(conn, "COMMIT");
}

// --- Near miss: not transaction control. ---

void plain_statements(PgConn &db) {
  db.exec("VACUUM ANALYZE nodes");
  std::this_thread::sleep_for(std::chrono::seconds(1));
}
