// RUN: %check_conncheck %s --checks='-*,conncheck-checkout-without-checkin' -- %cxxflags
//
// SOCI 4.0 (Debian's real headers): soci::connection_pool::lease() and
// try_lease(pos, timeout) take a session out of the pool by hand; it stays
// out until give_back(pos). A path that loses 'pos' before then loses the
// connection for good: the pool is one session smaller until the process
// restarts.

#include <soci/soci.h>
#include <cstddef>
#include <stdexcept>
#include <vector>

// Throws on some path: a leak on its exception path is a real one.
void record_failure(int job_id) {
  if (job_id < 0)
    throw std::invalid_argument("job id");
}

static void log_position(std::size_t pos) noexcept { (void)pos; }

void early_return(soci::connection_pool &pool, bool dry_run) {
  std::size_t pos = pool.lease();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: connection 'pos' taken with 'soci::connection_pool::lease' is not given back on every path [conncheck-checkout-without-checkin]
  if (dry_run)
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'pos' is not given back on this return{{$}}
  pool.give_back(pos);
}

void break_out_of_the_loop(soci::connection_pool &pool, int jobs) {
  for (int i = 0; i < jobs; ++i) {
    std::size_t pos = pool.lease();
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: connection 'pos' taken with 'soci::connection_pool::lease' is not given back on every path [conncheck-checkout-without-checkin]
    if (i > 100)
      break;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'pos' is not given back on this break{{$}}
    pool.give_back(pos);
  }
}

void continue_in_the_loop(soci::connection_pool &pool, int jobs) {
  for (int i = 0; i < jobs; ++i) {
    std::size_t pos = pool.lease();
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: connection 'pos' taken with 'soci::connection_pool::lease' is not given back on every path [conncheck-checkout-without-checkin]
    if (i % 2 == 0)
      continue;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: note: 'pos' is not given back on this continue{{$}}
    pool.give_back(pos);
  }
}

void query_may_throw(soci::connection_pool &pool) {
  std::size_t pos = pool.lease();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: connection 'pos' taken with 'soci::connection_pool::lease' is not given back on every path [conncheck-checkout-without-checkin]
  pool.at(pos) << "UPDATE jobs SET state = 'done' WHERE state = 'running'";
  // CHECK-MESSAGES: :[[@LINE-1]]:8: note: if 'soci::connection_pool::at' throws, 'pos' is never given back{{$}}
  pool.give_back(pos);
}

void helper_may_throw(soci::connection_pool &pool, int id) {
  std::size_t pos = pool.lease();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: connection 'pos' taken with 'soci::connection_pool::lease' is not given back on every path [conncheck-checkout-without-checkin]
  record_failure(id);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: note: if 'record_failure' throws, 'pos' is never given back{{$}}
  pool.give_back(pos);
}

void throw_while_leased(soci::connection_pool &pool, bool cancelled) {
  std::size_t pos = pool.lease();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: connection 'pos' taken with 'soci::connection_pool::lease' is not given back on every path [conncheck-checkout-without-checkin]
  if (cancelled)
    throw std::runtime_error("job cancelled");
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: the exception thrown here leaves 'pos' checked out{{$}}
  pool.give_back(pos);
}

void try_lease_success_path_leaks(soci::connection_pool &pool, bool skip) {
  std::size_t pos;
  if (!pool.try_lease(pos, 100))
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: connection 'pos' taken with 'soci::connection_pool::try_lease' is not given back on every path [conncheck-checkout-without-checkin]
    return; // nothing was leased: not a leak
  if (skip)
    return;
  // CHECK-MESSAGES: :[[@LINE-1]]:5: note: 'pos' is not given back on this return{{$}}
  pool.give_back(pos);
}

void handed_to_a_helper_that_keeps_nothing(soci::connection_pool &pool) {
  std::size_t pos = pool.lease();
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: connection 'pos' taken with 'soci::connection_pool::lease' is not given back on every path [conncheck-checkout-without-checkin]
  log_position(pos);
}
// CHECK-MESSAGES: :[[@LINE-1]]:1: note: 'pos' goes out of scope here without being given back{{$}}

// --- Near misses: no finding. ---

void given_back_on_every_path(soci::connection_pool &pool, bool dry_run) {
  std::size_t pos = pool.lease();
  if (dry_run) {
    pool.give_back(pos);
    return;
  }
  pool.give_back(pos);
}

void loop_gives_back_before_break_and_continue(soci::connection_pool &pool,
                                               int jobs) {
  for (int i = 0; i < jobs; ++i) {
    std::size_t pos = pool.lease();
    if (i % 2 == 0) {
      pool.give_back(pos);
      continue;
    }
    if (i > 100) {
      pool.give_back(pos);
      break;
    }
    pool.give_back(pos);
  }
}

void try_lease_failure_returns_early(soci::connection_pool &pool) {
  std::size_t pos;
  if (!pool.try_lease(pos, 100))
    return; // nothing was leased
  log_position(pos); // noexcept: cannot throw
  pool.give_back(pos);
}

void try_lease_result_in_a_flag(soci::connection_pool &pool) {
  std::size_t pos;
  bool leased = pool.try_lease(pos, 50);
  if (!leased)
    return;
  pool.give_back(pos);
}

void try_lease_success_branch(soci::connection_pool &pool) {
  std::size_t pos;
  if (pool.try_lease(pos, 10)) {
    pool.give_back(pos);
  }
}

void given_back_in_a_rethrowing_handler(soci::connection_pool &pool, int id) {
  std::size_t pos = pool.lease();
  try {
    pool.at(pos) << "UPDATE jobs SET state = 'done' WHERE id = :id",
        soci::use(id);
    record_failure(id);
  } catch (...) {
    pool.give_back(pos);
    throw;
  }
  pool.give_back(pos);
}

std::size_t lease_for_the_caller(soci::connection_pool &pool) {
  std::size_t pos;
  if (!pool.try_lease(pos, 10))
    throw std::runtime_error("pool exhausted"); // nothing leased here
  return pos; // the caller gives it back
}

class Worker {
public:
  explicit Worker(soci::connection_pool &pool) : pool_(pool) {}

  void start() {
    std::size_t pos = pool_.lease();
    pos_ = pos; // stop() gives it back
  }

  void stop() { pool_.give_back(pos_); }

private:
  soci::connection_pool &pool_;
  std::size_t pos_ = 0;
};

class Batch {
public:
  explicit Batch(soci::connection_pool &pool) : pool_(pool) {}

  void grab() {
    std::size_t pos = pool_.lease();
    leased_.push_back(pos); // release_all() gives it back
  }

  void release_all() {
    for (std::size_t pos : leased_)
      pool_.give_back(pos);
    leased_.clear();
  }

private:
  soci::connection_pool &pool_;
  std::vector<std::size_t> leased_;
};

void leases_collected_in_a_local_container(soci::connection_pool &pool,
                                           int n) {
  std::vector<std::size_t> held;
  for (int i = 0; i < n; ++i) {
    std::size_t pos = pool.lease(); // its variable dies, the handle lives on
    held.push_back(pos);
  }
  for (std::size_t pos : held)
    pool.give_back(pos);
}

static void finish_job(soci::connection_pool &pool, std::size_t pos) {
  pool.give_back(pos);
}

void handed_to_a_helper_that_gives_back(soci::connection_pool &pool,
                                        bool dry_run) {
  std::size_t pos = pool.lease();
  if (dry_run) {
    finish_job(pool, pos);
    return;
  }
  finish_job(pool, pos);
}

void leased_in_an_inner_block(soci::connection_pool &pool) {
  {
    std::size_t pos = pool.lease();
    log_position(pos); // noexcept: cannot throw
    pool.give_back(pos);
  }
  record_failure(0);
}
