// RUN: %check_conncheck %s -- %cxxflags
//
// An in-house class whose constructor begins a transaction on the
// connection it keeps (or takes a pooled connection into a member) holds
// it from the variable's declaration until a method ends it or the variable
// dies, as a transaction type of a pack does.

#include <postgresql/libpq-fe.h>
#include <soci/soci.h>
#include <curl/curl.h>

class SqlTx {
public:
  explicit SqlTx(PGconn *c) : c_(c) { PQclear(PQexec(c_, "BEGIN")); }
  ~SqlTx() { PQclear(PQexec(c_, "ROLLBACK")); }
  void commit() { PQclear(PQexec(c_, "COMMIT")); }

private:
  PGconn *c_;
};

// Takes a pooled connection for its lifetime.
class Lease {
public:
  explicit Lease(soci::connection_pool &pool) : pool_(pool), pos_(pool.lease()) {}
  ~Lease() { pool_.give_back(pos_); }

private:
  soci::connection_pool &pool_;
  std::size_t pos_;
};

void charge(PGconn *c, CURL *h) {
  SqlTx tx(c);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: transaction on 'tx' begins here with 'SqlTx::SqlTx'
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction on 'tx' ends here
  tx.commit();
}

void report(soci::connection_pool &pool, CURL *h) {
  Lease lease(pool);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'lease' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-3]]:9: note: {{.*}}'lease'{{.*}}'Lease::Lease'
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'lease' is given back here, where 'lease' goes out of scope
}

// --- Near misses: no finding. ---

void committed_first(PGconn *c, CURL *h) {
  SqlTx tx(c);
  tx.commit();
  curl_easy_perform(h);
}

void in_a_block(soci::connection_pool &pool, CURL *h) {
  {
    Lease lease(pool);
  }
  curl_easy_perform(h);
}

// A constructor that begins and commits leaves nothing open.
class Touch {
public:
  explicit Touch(PGconn *c) : c_(c) {
    PQclear(PQexec(c_, "BEGIN"));
    PQclear(PQexec(c_, "COMMIT"));
  }

private:
  PGconn *c_;
};

void touched(PGconn *c, CURL *h) {
  Touch t(c);
  curl_easy_perform(h);
}
