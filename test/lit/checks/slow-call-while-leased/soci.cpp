// RUN: %check_conncheck %s -- %cxxflags
//
// SOCI 4.0 (Debian's real headers): a soci::session constructed from a
// soci::connection_pool leases one of the pool's sessions until it is
// closed or destroyed; pool.lease() and pool.try_lease(pos, timeout) hand
// out a position that pool.give_back(pos) returns. A slow call made while
// either is held, with no transaction open, keeps a pooled connection from
// every other request.
//
// The file runs with the default checks: inside a soci::transaction on a
// pooled session only conncheck-slow-call-in-transaction reports. The raw
// leases give the position back in a catch-and-rethrow handler too, so that
// conncheck-checkout-without-checkin has nothing to say.

#include <soci/soci.h>
#include <curl/curl.h>
#include <chrono>
#include <cstddef>
#include <string>
#include <thread>

// A slow call two helpers deep.
static void post_webhook(CURL *h) { curl_easy_perform(h); }
static void notify_subscribers(CURL *h) { post_webhook(h); }

class OrderService {
public:
  OrderService(std::size_t connections, CURL *h) : pool_(connections), h_(h) {
    for (std::size_t i = 0; i != connections; ++i)
      pool_.at(i).open("postgresql://dbname=shop");
  }

  void charge(int order_id) {
    soci::session sql(pool_);
    sql << "UPDATE orders SET state = 'charging' WHERE id = :id",
        soci::use(order_id);
    curl_easy_perform(h_);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow http call 'curl_easy_perform' while pooled connection 'sql' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-5]]:19: note: connection 'sql' (soci::session) taken from 'pool_' here{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: connection 'sql' is given back here, where 'sql' goes out of scope
  }

  void announce(int order_id) {
    soci::session sql(pool_);
    std::string state;
    sql << "SELECT state FROM orders WHERE id = :id", soci::use(order_id),
        soci::into(state);
    notify_subscribers(h_);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'notify_subscribers' reaches a slow http call ('curl_easy_perform') while pooled connection 'sql' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-6]]:19: note: connection 'sql' (soci::session) taken from 'pool_' here{{$}}
    // CHECK-MESSAGES: :[[@LINE-27]]:43: note: 'notify_subscribers' calls 'post_webhook'{{$}}
    // CHECK-MESSAGES: :[[@LINE-29]]:37: note: 'post_webhook' calls 'curl_easy_perform', a slow http call{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: connection 'sql' is given back here, where 'sql' goes out of scope
  }

  // Near miss (see below): the session's block ends before the call.
  void ship(int order_id);

private:
  soci::connection_pool pool_;
  CURL *h_;
};

void sync_inventory(soci::connection_pool &pool) {
  soci::session sql(pool);
  int pending = 0;
  sql << "SELECT count(*) FROM stock_moves WHERE synced = false",
      soci::into(pending);
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while pooled connection 'sql' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-6]]:17: note: connection 'sql' (soci::session) taken from 'pool' here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'sql' is given back here, where 'sql' goes out of scope
}

void export_with_a_raw_lease(soci::connection_pool &pool, CURL *h) {
  std::size_t pos = pool.lease();
  try {
    soci::session &sql = pool.at(pos);
    sql << "UPDATE exports SET started_at = now()";
    curl_easy_perform(h);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow http call 'curl_easy_perform' while pooled connection 'pos' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-6]]:26: note: connection 'pos' taken from 'pool' here with 'soci::connection_pool::lease'{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:10: note: connection 'pos' is given back here
  } catch (...) {
    pool.give_back(pos);
    throw;
  }
  pool.give_back(pos);
}

void refresh_with_try_lease(soci::connection_pool &pool, CURL *h) {
  std::size_t pos = 0;
  if (!pool.try_lease(pos, 500))
    return;
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'pos' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-4]]:13: note: connection 'pos' taken from 'pool' here with 'soci::connection_pool::try_lease'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:8: note: connection 'pos' is given back here
  pool.give_back(pos);
}

void commit_leaves_the_session_leased(soci::connection_pool &pool, CURL *h) {
  soci::session sql(pool);
  soci::transaction tr(sql);
  sql << "INSERT INTO outbox(payload) VALUES ('{}')";
  tr.commit();
  // The transaction is over; the pooled session is not.
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'sql' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-7]]:17: note: connection 'sql' (soci::session) taken from 'pool' here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'sql' is given back here, where 'sql' goes out of scope
}

void closed_on_one_branch_only(soci::connection_pool &pool, CURL *h,
                               bool cached) {
  soci::session sql(pool);
  sql << "UPDATE hits SET n = n + 1 WHERE page = 'home'";
  // SOCI 4.0: close() on a pooled session closes the backend but keeps the
  // pool slot; only the destructor gives it back. Still leased on both paths.
  if (cached)
    sql.close();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'sql' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-8]]:17: note: connection 'sql' (soci::session) taken from 'pool' here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'sql' is given back here, where 'sql' goes out of scope
}

void closed_is_still_leased(soci::connection_pool &pool, CURL *h) {
  soci::session sql(pool);
  sql << "UPDATE feeds SET fetching = true WHERE id = 1";
  sql.close(); // the pool slot stays taken until the destructor
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'sql' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-5]]:17: note: connection 'sql' (soci::session) taken from 'pool' here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'sql' is given back here, where 'sql' goes out of scope
}

void sleep_between_polls(soci::connection_pool &pool) {
  soci::session sql(pool);
  for (int attempt = 0; attempt < 5; ++attempt) {
    int ready = 0;
    sql << "SELECT count(*) FROM jobs WHERE state = 'ready'", soci::into(ready);
    if (ready > 0)
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'std::this_thread::sleep_for' while pooled connection 'sql' is held [conncheck-slow-call-while-leased]
    // CHECK-MESSAGES: :[[@LINE-8]]:17: note: connection 'sql' (soci::session) taken from 'pool' here{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:1: note: connection 'sql' is given back here, where 'sql' goes out of scope
  }
}

// --- Near misses: no finding. ---

void OrderService::ship(int order_id) {
  {
    soci::session sql(pool_);
    sql << "UPDATE orders SET state = 'shipped' WHERE id = :id",
        soci::use(order_id);
  } // the session goes back to the pool here
  curl_easy_perform(h_);
}

void destroyed_before_the_call(soci::connection_pool &pool, CURL *h) {
  {
    soci::session sql(pool);
    sql << "UPDATE feeds SET fetching = true WHERE id = 1";
  } // the destructor gives the slot back
  curl_easy_perform(h);
}

void given_back_before_the_call(soci::connection_pool &pool, CURL *h) {
  std::size_t pos = pool.lease();
  try {
    pool.at(pos) << "INSERT INTO jobs(state) VALUES ('queued')";
  } catch (...) {
    pool.give_back(pos);
    throw;
  }
  pool.give_back(pos);
  curl_easy_perform(h);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
}

void session_from_a_connect_string_is_not_pooled(CURL *h) {
  soci::session sql("postgresql://dbname=reports");
  sql << "UPDATE reports SET state = 'rendering' WHERE id = 1";
  curl_easy_perform(h);
}

void transaction_on_a_pooled_session(soci::connection_pool &pool, CURL *h) {
  soci::session sql(pool);
  soci::transaction tr(sql);
  sql << "UPDATE accounts SET locked = true WHERE id = 1";
  // Only the transaction check reports here, not the lease check.
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tr' ends here
  tr.commit();
}

static void record_attempt(soci::connection_pool &pool, int id) {
  soci::session sql(pool);
  sql << "UPDATE deliveries SET attempts = attempts + 1 WHERE id = :id",
      soci::use(id);
}

void helper_gives_its_session_back_before_returning(soci::connection_pool &pool,
                                                    CURL *h) {
  record_attempt(pool, 7);
  curl_easy_perform(h);
}

void back_off_when_no_connection_was_leased(soci::connection_pool &pool) {
  std::size_t pos = 0;
  if (!pool.try_lease(pos, 100)) {
    // try_lease failed: nothing is held while we wait.
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    return;
  }
  try {
    pool.at(pos) << "DELETE FROM locks WHERE expires_at < now()";
  } catch (...) {
    pool.give_back(pos);
    throw;
  }
  pool.give_back(pos);
}

void session_reference_is_the_callers(soci::session &sql, CURL *h) {
  // Whoever leased it holds it; the finding belongs at their call to us.
  sql << "UPDATE hooks SET last_sent = now() WHERE id = 1";
  curl_easy_perform(h);
}

void lambda_runs_after_the_release(
    soci::connection_pool &pool, CURL *h) {
  auto notify = [h] { curl_easy_perform(h); };
  {
    soci::session sql(pool);
    sql << "UPDATE orders SET state = 'paid' WHERE id = 9";
  }
  notify();
}
