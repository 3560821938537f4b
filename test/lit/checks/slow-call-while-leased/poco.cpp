// RUN: %check_conncheck %s -- %cxxflags
//
// Poco::Data 1.11 (Debian's real headers, libpoco-dev): SessionPool::get()
// and SessionPoolContainer::get(name) lend a pooled Session that goes back
// to its pool when the Session is closed or its last copy is destroyed.
// Session's own constructors (connector + connection string) open a
// connection of their own: no pool, no lease.
//
// No rule pack makes Poco::Thread::sleep a slow call, so the sleeps here are
// std::this_thread::sleep_for; the HTTP calls are libcurl's.

#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Data/SessionPoolContainer.h>
#include <curl/curl.h>
#include <chrono>
#include <string>
#include <thread>
#include <utility>

using Poco::Data::Keywords::into;
using Poco::Data::Keywords::now;
using Poco::Data::Keywords::use;

static void fetch_rates(CURL *h) { curl_easy_perform(h); }
static void refresh_rates(CURL *h) { fetch_rates(h); }

void http_while_session_is_held(Poco::Data::SessionPool &pool, CURL *h) {
  Poco::Data::Session session(pool.get());
  session << "UPDATE feeds SET fetching = true WHERE id = 1", now;
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-4]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
}

class RateStore {
public:
  RateStore(CURL *h) : pool_("SQLite", "rates.db", 1, 8), h_(h) {}

  void wait_for_publisher() {
    Poco::Data::Session session = pool_.get();
    int pending = 0;
    session << "SELECT count(*) FROM rates WHERE published = 0", into(pending),
        now;
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'std::this_thread::sleep_for' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-6]]:41: note: connection 'session' taken from 'pool_' here with 'Poco::Data::SessionPool::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: connection 'session' is given back here, where 'session' goes out of scope
  }

  void update_rates() {
    Poco::Data::Session session(pool_.get());
    session << "DELETE FROM rates WHERE stale = 1", now;
    refresh_rates(h_);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'refresh_rates' reaches a slow http call ('curl_easy_perform') while pooled connection 'session' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-4]]:39: note: connection 'session' taken from 'pool_' here with 'Poco::Data::SessionPool::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE-32]]:38: note: 'refresh_rates' calls 'fetch_rates'{{$}}
    // CHECK-MESSAGES: :[[@LINE-34]]:36: note: 'fetch_rates' calls 'curl_easy_perform', a slow http call{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: connection 'session' is given back here, where 'session' goes out of scope
  }

  // Near misses (see below).
  void close_then_publish();
  void publish_after_the_block();

private:
  Poco::Data::SessionPool pool_;
  CURL *h_;
};

void session_in_an_inner_block(Poco::Data::SessionPool &pool, CURL *h,
                               int id) {
  if (id > 0) {
    Poco::Data::Session session(pool.get());
    session << "UPDATE hooks SET sending = 1 WHERE id = ?", use(id), now;
    curl_easy_perform(h);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow http call 'curl_easy_perform' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-4]]:38: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: connection 'session' is given back here, where 'session' goes out of scope
  }
}

void closed_on_one_branch_only(Poco::Data::SessionPool &pool, CURL *h,
                               bool cached) {
  Poco::Data::Session session(pool.get());
  session << "UPDATE hits SET n = n + 1 WHERE page = 'home'", now;
  if (cached)
    session.close();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-6]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'; it is still held on some paths to the call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
}

void session_from_a_pool_container(Poco::Data::SessionPoolContainer &pools) {
  Poco::Data::Session session = pools.get("SQLite:///var/lib/app/jobs.db");
  for (int attempt = 0; attempt < 3; ++attempt) {
    int ready = 0;
    session << "SELECT count(*) FROM jobs WHERE ready = 1", into(ready), now;
    if (ready > 0)
      break;
    std::this_thread::sleep_for(std::chrono::seconds(1));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'std::this_thread::sleep_for' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-8]]:39: note: connection 'session' taken from 'pools' here with 'Poco::Data::SessionPoolContainer::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
  }
}

// --- Near misses: no finding. ---

void RateStore::close_then_publish() {
  Poco::Data::Session session(pool_.get());
  session << "UPDATE rates SET published = 1", now;
  session.close(); // back to the pool
  curl_easy_perform(h_);
}

void RateStore::publish_after_the_block() {
  {
    Poco::Data::Session session(pool_.get());
    session << "UPDATE rates SET published = 1", now;
  } // destroyed: back to the pool
  curl_easy_perform(h_);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

void session_of_its_own_is_not_pooled(CURL *h) {
  Poco::Data::Session session("SQLite", "audit.db");
  session << "INSERT INTO audit(msg) VALUES ('fetching')", now;
  curl_easy_perform(h);
}

void session_reference_is_the_callers(Poco::Data::Session &session, CURL *h) {
  // Whoever took it from the pool holds it; the finding belongs at their
  // call to us.
  session << "UPDATE hooks SET last_sent = 1", now;
  curl_easy_perform(h);
}

static void archive(Poco::Data::Session session) {
  session << "INSERT INTO archive SELECT * FROM rates", now;
}

void session_moved_into_a_callee(Poco::Data::SessionPool &pool, CURL *h) {
  Poco::Data::Session session(pool.get());
  session << "UPDATE rates SET archiving = 1", now;
  archive(std::move(session)); // the callee's copy goes back on return
  curl_easy_perform(h);
}

void retry_sleeps_with_nothing_held(Poco::Data::SessionPool &pool) {
  for (int attempt = 0; attempt < 3; ++attempt) {
    try {
      Poco::Data::Session session(pool.get());
      session << "UPDATE counters SET n = n + 1 WHERE id = 1", now;
      return;
    } catch (const Poco::Exception &) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100 << attempt));
  }
}
