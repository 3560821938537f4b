// RUN: %check_conncheck %s --checks='-*,conncheck-checkout-in-loop' -- %cxxflags
//
// A pooled connection taken and given back on every iteration of a loop
// over data, with nothing slow in between (SOCI; Poco::Data for a movable
// session).

#include <soci/soci.h>
#include <Poco/Data/SessionPool.h>
#include <curl/curl.h>
#include <string>
#include <vector>

struct Repo {
  soci::connection_pool &pool_;

  void save(int id) {
    soci::session sql(pool_);
    sql << "UPDATE items SET seen = true WHERE id = :id", soci::use(id);
  }

  void session_per_item(const std::vector<int> &ids) {
    for (int id : ids) {
      soci::session sql(pool_);
      // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: connection 'sql' is taken from 'pool_' and given back on every iteration; take one before the loop [conncheck-checkout-in-loop]
      // CHECK-MESSAGES: :[[@LINE-3]]:5: note: the loop is here
      sql << "DELETE FROM items WHERE id = :id", soci::use(id);
    }
  }

  void lease_per_index(int n) {
    for (int i = 0; i < n; ++i) {
      std::size_t pos = pool_.lease();
      // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: connection 'pos' is taken from 'pool_' on every iteration; take one before the loop [conncheck-checkout-in-loop]
      // CHECK-MESSAGES: :[[@LINE-3]]:5: note: the loop is here
      pool_.at(pos) << "UPDATE counters SET n = n + 1";
      pool_.give_back(pos);
    }
  }

  void helper_per_item(const std::vector<int> &ids) {
    for (int id : ids)
      save(id);
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: call to 'Repo::save' takes a pooled connection and gives it back on every iteration; take one before the loop and pass it in [conncheck-checkout-in-loop]
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: the loop is here
    // CHECK-MESSAGES: :[[@LINE-28]]:19: note: 'Repo::save' takes a connection with 'soci::session::session'
  }

  // --- Near misses: no finding. ---

  void one_lease_for_all_iterations(const std::vector<int> &ids) {
    soci::session sql(pool_);
    for (int id : ids)
      sql << "DELETE FROM items WHERE id = :id", soci::use(id);
  }

  void slow_work_between_checkouts(const std::vector<int> &ids, CURL *h) {
    for (int id : ids) {
      curl_easy_perform(h); // fetch with no connection held
      soci::session sql(pool_);
      sql << "UPDATE items SET fetched = true WHERE id = :id", soci::use(id);
    }
  }

  void helper_inside_a_held_lease(const std::vector<int> &ids) {
    soci::session outer(pool_);
    for (int id : ids)
      save(id); // nested checkout's business, not churn
  }

  void worker_loop(bool &running) {
    while (running) { // a loop per job, not over data
      soci::session sql(pool_);
      sql << "DELETE FROM jobs WHERE id = (SELECT min(id) FROM jobs)";
    }
  }

  void connect_string_sessions(const std::vector<std::string> &dsns) {
    for (const auto &dsn : dsns) {
      soci::session sql(dsn); // not from a pool
      sql << "SELECT 1";
    }
  }
};

void leases_kept_beyond_the_iteration(soci::connection_pool &pool, int n) {
  std::vector<std::size_t> held;
  for (int i = 0; i < n; ++i) {
    std::size_t pos = pool.lease(); // kept: given back after the loop
    held.push_back(pos);
  }
  for (std::size_t pos : held)
    pool.give_back(pos);
}

// (soci::session is not movable in SOCI 4.0; Poco's Session is.)
void sessions_moved_out_of_the_iteration(Poco::Data::SessionPool &pool, int n) {
  std::vector<Poco::Data::Session> open;
  for (int i = 0; i < n; ++i) {
    Poco::Data::Session session = pool.get();
    open.push_back(std::move(session));
  }
}

// A batch loop gives the connection back between batches on purpose, so
// that other requests get a turn while a large delete runs: it stops when
// a batch comes back empty. Not churn.
void purge_in_batches(soci::connection_pool &pool) {
  for (int batch = 0; batch < 1000; ++batch) {
    soci::session sql(pool);
    int deleted = 0;
    sql << "WITH d AS (DELETE FROM events WHERE id IN (SELECT id FROM events "
           "WHERE expired LIMIT 500) RETURNING 1) SELECT count(*) FROM d",
        soci::into(deleted);
    if (deleted == 0)
      break;
  }
}

// A connection taken inside the loop while one from the same pool is held
// is a nested checkout (its own check says so); "take one before the loop"
// would be the wrong advice.
void nested_in_loop(soci::connection_pool &pool, const std::vector<int> &ids) {
  soci::session outer(pool);
  for (int id : ids) {
    soci::session inner(pool);
    inner << "UPDATE items SET seen = true WHERE id = :id", soci::use(id);
  }
}
