// RUN: %check_conncheck %s --rules %S/Inputs/restart.json -- %cxxflags
//
// An end that begins the next transaction at once: SQL's COMMIT AND CHAIN
// (and ROLLBACK AND CHAIN), and an in-house commit whose argument asks for
// a restart ("restart-arg"). After it a transaction is still open, begun
// there; after a plain end, none is.

#include <curl/curl.h>
#include <postgresql/libpq-fe.h>

namespace acme {
class Db {
public:
  void begin();
  void commit(bool restart = false);
  void rollback(bool restart = false);
  void exec(const char *sql);
};
} // namespace acme

void chained(PGconn *c, CURL *h) {
  PQexec(c, "BEGIN");
  PQexec(c, "UPDATE jobs SET state = 1");
  PQexec(c, "COMMIT AND CHAIN");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'c' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:3: note: transaction on 'c' begins here with SQL 'COMMIT AND CHAIN'
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'c' ends here
  PQexec(c, "COMMIT AND NO CHAIN");
  curl_easy_perform(h);
}

void restarted(acme::Db &db, CURL *h) {
  db.begin();
  db.exec("UPDATE jobs SET state = 1");
  db.commit(/*restart=*/true);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: transaction on 'db' begins here with 'acme::Db::commit'
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction on 'db' ends here
  db.rollback();
  curl_easy_perform(h);
}

// --- Near misses: no finding. ---

void not_restarted(acme::Db &db, CURL *h) {
  db.begin();
  db.commit(false);
  curl_easy_perform(h);
}

void restart_not_known(acme::Db &db, CURL *h, bool again) {
  // Not a constant: the end ends, and nothing is taken to begin.
  db.begin();
  db.commit(again);
  curl_easy_perform(h);
}
