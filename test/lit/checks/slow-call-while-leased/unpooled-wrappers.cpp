// RUN: %check_conncheck %s --checks='-*,conncheck-slow-call-while-leased' -- %cxxflags
//
// In-house wrappers that open a connection into a member keep what their
// library's pack says of it: a libpq or SQLite connection opened by hand
// is not from a pool ("pooled": false), so a slow call while it is open
// starves no pool; a lease taken from a SOCI pool into a member does.

#include <postgresql/libpq-fe.h>
#include <soci/soci.h>
#include <sqlite3.h>
#include <curl/curl.h>
#include <cstddef>

class Store {
public:
  void openHelper(const char *dsn) { conn_ = PQconnectdb(dsn); }
  void closeHelper() {
    PQfinish(conn_);
    conn_ = nullptr;
  }

private:
  PGconn *conn_ = nullptr;
};

class LocalCache {
public:
  bool openHelper(const char *path) {
    return sqlite3_open(path, &db_) == SQLITE_OK;
  }
  void closeHelper() {
    sqlite3_close(db_);
    db_ = nullptr;
  }

private:
  sqlite3 *db_ = nullptr;
};

void not_pooled_libpq(Store &store, CURL *h, const char *dsn) {
  store.openHelper(dsn);
  curl_easy_perform(h);
  store.closeHelper();
}

void not_pooled_sqlite(LocalCache &cache, CURL *h, const char *path) {
  cache.openHelper(path);
  curl_easy_perform(h);
  cache.closeHelper();
}

// --- A lease from a pool, kept in a member: holding it starves the pool. ---

class Db {
public:
  explicit Db(soci::connection_pool &pool) : pool_(pool) {}
  void open() { pos_ = pool_.lease(); }
  void close() { pool_.give_back(pos_); }

private:
  soci::connection_pool &pool_;
  std::size_t pos_ = 0;
};

void pooled_member(Db &db, CURL *h) {
  db.open();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'db' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-3]]:6: note: connection 'db' taken here with 'Db::open'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: connection 'db' is given back here
  db.close();
}
