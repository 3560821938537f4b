// RUN: %check_conncheck %s -- %cxxflags
//
// Control-flow shapes around a libpqxx 6.4 transaction (Debian's real
// headers): switch, goto, do/while, range-for, nested transactions on two
// connections, try/catch, throw, the conditional operator, slow calls in
// conditions, and continue/break. A transaction is open from its declaration
// to commit()/abort() or the end of its scope, along every path the
// statement shapes allow.

#include <pqxx/pqxx>
#include <curl/curl.h>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace std::chrono_literals;

// --- switch: a sleep in one case. ---

void switch_sleeps_in_one_case(pqxx::connection &c, int state) {
  pqxx::work tx(c);
  switch (state) {
  case 0:
    tx.exec("UPDATE jobs SET state = 'new'");
    break;
  case 1:
    std::this_thread::sleep_for(100ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
    break;
  default:
    break;
  }
  tx.commit();
}

// Falling through from a case that commits into one that sleeps: the
// transaction is open when the sleep is reached straight from `case 2`.
void switch_fallthrough_from_a_commit(pqxx::connection &c, int state) {
  pqxx::work tx(c);
  switch (state) {
  case 1:
    tx.commit();
    [[fallthrough]];
  case 2:
    std::this_thread::sleep_for(1s);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here; it is still open on some paths to the call{{$}}
    // CHECK-MESSAGES: :[[@LINE+3]]:1: note: transaction 'tx' ends here, where 'tx' goes out of scope
    break;
  }
}

// --- goto: a jump past the commit. ---

void goto_skips_the_commit(pqxx::connection &c, CURL *h, bool conflict) {
  pqxx::work tx(c);
  tx.exec("UPDATE stock SET n = n - 1");
  if (conflict)
    goto report;
  tx.commit();
  return;
report:
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-9]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction 'tx' ends here, where 'tx' goes out of scope
}

// A backward goto: a retry loop built from a label inside the transaction.
void goto_retry_loop(pqxx::connection &c, int attempts) {
  pqxx::work tx(c);
again:
  tx.exec("SELECT pg_try_advisory_xact_lock(42)");
  if (--attempts > 0) {
    std::this_thread::sleep_for(50ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-6]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+3]]:6: note: transaction 'tx' ends here
    goto again;
  }
  tx.commit();
}

// --- do/while. ---

static bool ready(pqxx::work &tx) {
  return !tx.exec("SELECT 1 FROM jobs WHERE done").empty();
}

void do_while_polls_with_a_sleep(pqxx::connection &c) {
  pqxx::work tx(c);
  do {
    std::this_thread::sleep_for(200ms);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  } while (!ready(tx));
  tx.commit();
}

// --- range-for. ---

void range_for_posts_each_row(pqxx::connection &c, CURL *h,
                              const std::vector<std::string> &ids) {
  pqxx::work tx(c);
  for (const std::string &id : ids) {
    tx.exec("UPDATE orders SET sent = true WHERE id = " + tx.quote(id));
    curl_easy_perform(h);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  }
  tx.commit();
}

// --- Nested transactions on two connections: the finding names the most
// recently opened one that is still open. ---

void nested_names_the_innermost(pqxx::connection &audit_db,
                                pqxx::connection &orders_db, CURL *h) {
  pqxx::work audit(audit_db);
  {
    pqxx::work orders(orders_db);
    orders.exec("UPDATE orders SET paid = true");
    curl_easy_perform(h);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow http call 'curl_easy_perform' while database transaction 'orders' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-4]]:16: note: transaction 'orders' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:12: note: transaction 'orders' ends here
    orders.commit();
  }
  // Only the outer one is left.
  std::this_thread::sleep_for(1s);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'audit' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-13]]:14: note: transaction 'audit' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:9: note: transaction 'audit' ends here
  audit.commit();
}

// Declared side by side in one block: the second is the innermost.
void nested_side_by_side(pqxx::connection &a, pqxx::connection &b) {
  pqxx::work first(a);
  pqxx::work second(b);
  std::this_thread::sleep_for(10ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'second' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'second' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: transaction 'second' ends here
  second.commit();
  first.commit();
}

// --- try/catch: the transaction outlives the try. ---

// The catch is reached when exec() or commit() throws, with the transaction
// still alive (it is declared outside the try) and not committed. Whether
// the begin note adds "still open on some paths" depends on how a throw from
// commit() itself is modelled, so the check does not pin it down.
void commit_in_try_sleep_in_catch(pqxx::connection &c) {
  pqxx::work tx(c);
  try {
    tx.exec("UPDATE jobs SET state = 'done'");
    tx.commit();
  } catch (const pqxx::sql_error &) {
    std::this_thread::sleep_for(1s);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here
    // CHECK-MESSAGES: :[[@LINE+2]]:1: note: transaction 'tx' ends here, where 'tx' goes out of scope
  }
}

// Nothing in the try ends the transaction: it is open on every path into
// the handler, which sleeps before the commit that follows the try.
void sleep_in_catch_then_commit(pqxx::connection &c) {
  pqxx::work tx(c);
  try {
    tx.exec("INSERT INTO audit VALUES (1)");
  } catch (const pqxx::sql_error &) {
    std::this_thread::sleep_for(1s);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-6]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  }
  tx.commit();
}

// A throw on some paths only does not hide the call on the others.
void throw_on_one_path_only(pqxx::connection &c, CURL *h, bool bad) {
  pqxx::work tx(c);
  if (bad)
    throw std::runtime_error("bad input");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- The conditional operator. ---

void ternary_picks_the_slow_call(pqxx::connection &c, CURL *h, bool cached) {
  pqxx::work tx(c);
  CURLcode rc = cached ? CURLE_OK : curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE cache SET rc = " + std::to_string(rc));
  tx.commit();
}

// One arm commits, so the slow call after it is reached with the
// transaction open on the other arm's path only.
void ternary_commits_on_one_arm(pqxx::connection &c, CURL *h, bool ok) {
  pqxx::work tx(c);
  ok ? tx.commit() : (void)tx.exec0("SELECT 1");
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here; it is still open on some paths to the call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction 'tx' ends here, where 'tx' goes out of scope
}

// --- A slow call in the condition of an if. ---

void slow_call_in_if_condition(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  if (curl_easy_perform(h) != CURLE_OK)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:8: note: transaction 'tx' ends here
    tx.abort();
  else
    tx.commit();
}

// --- break/continue that leave the transaction open. ---

// The transaction is declared outside the loop, so breaking out of the loop
// does not end it.
void break_keeps_an_outer_transaction(pqxx::connection &c, CURL *h,
                                      const std::vector<int> &ids) {
  pqxx::work tx(c);
  for (int id : ids) {
    if (id < 0)
      break;
    tx.exec("DELETE FROM t WHERE id = " + std::to_string(id));
  }
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// `continue` skips the commit of this iteration, but a sleep placed before
// the `continue` still runs inside the transaction.
void sleep_before_continue(pqxx::connection &c, const std::vector<int> &ids) {
  for (int id : ids) {
    pqxx::work tx(c);
    if (id % 2) {
      std::this_thread::sleep_for(5ms);
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
      // CHECK-MESSAGES: :[[@LINE-4]]:16: note: transaction 'tx' (pqxx::work) begins here{{$}}
      // CHECK-MESSAGES: :[[@LINE+1]]:7: note: transaction 'tx' ends here, where 'tx' goes out of scope
      continue;
    }
    tx.commit();
  }
}

// --- Near misses: no finding. ---

void switch_ends_the_transaction_in_every_case(pqxx::connection &c, int state) {
  pqxx::work tx(c);
  switch (state) {
  case 0:
    tx.commit();
    break;
  case 1:
    tx.abort();
    break;
  default:
    tx.commit();
    break;
  }
  std::this_thread::sleep_for(1s);
}

void switch_sleeps_after_commit_in_its_case(pqxx::connection &c, int state) {
  pqxx::work tx(c);
  switch (state) {
  case 1:
    tx.commit();
    std::this_thread::sleep_for(1s);
    break;
  default:
    tx.abort();
    break;
  }
}

void goto_out_of_the_transaction_block(pqxx::connection &c, CURL *h,
                                       bool conflict) {
  {
    pqxx::work tx(c);
    tx.exec("UPDATE stock SET n = n - 1");
    if (conflict)
      goto report; // leaves the block: tx is destroyed (rolled back)
    tx.commit();
  }
  return;
report:
  curl_easy_perform(h);
}

void do_while_with_a_transaction_per_iteration(pqxx::connection &c,
                                               int attempts) {
  do {
    pqxx::work tx(c);
    tx.exec("UPDATE counters SET n = n + 1");
    tx.commit();
  } while (--attempts > 0 && (std::this_thread::sleep_for(10ms), true));
}

void range_for_transaction_per_element(pqxx::connection &c, CURL *h,
                                       const std::vector<std::string> &ids) {
  for (const std::string &id : ids) {
    curl_easy_perform(h); // the previous element's tx ended with its body
    pqxx::work tx(c);
    tx.exec("UPDATE orders SET sent = true WHERE id = " + tx.quote(id));
    tx.commit();
  }
}

void nested_both_ended(pqxx::connection &a, pqxx::connection &b, CURL *h) {
  pqxx::work outer(a);
  {
    pqxx::work inner(b);
    inner.commit();
  }
  outer.commit();
  curl_easy_perform(h);
}

void transaction_inside_try_sleep_in_catch(pqxx::connection &c) {
  try {
    pqxx::work tx(c);
    tx.exec("UPDATE jobs SET state = 'done'");
    tx.commit();
  } catch (const pqxx::sql_error &) {
    std::this_thread::sleep_for(1s); // tx was destroyed by the unwinding
  }
}

void throw_before_the_call_on_every_path(pqxx::connection &c, CURL *h,
                                         bool bad) {
  pqxx::work tx(c);
  if (bad)
    throw std::runtime_error("bad input");
  else
    throw std::logic_error("not implemented");
  curl_easy_perform(h); // unreachable
}

[[noreturn]] void fail(const char *why) { throw std::runtime_error(why); }

void noreturn_call_before_the_sleep(pqxx::connection &c) {
  pqxx::work tx(c);
  fail("giving up");
  std::this_thread::sleep_for(1s); // unreachable
}

void ternary_ends_the_transaction_on_both_arms(pqxx::connection &c, CURL *h,
                                               bool ok) {
  pqxx::work tx(c);
  ok ? tx.commit() : tx.abort();
  curl_easy_perform(h);
}

void slow_call_in_if_condition_after_commit(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  tx.exec("UPDATE t SET x = 1");
  tx.commit();
  if (curl_easy_perform(h) != CURLE_OK)
    std::this_thread::sleep_for(1s);
}

void continue_and_break_end_the_loop_body_transaction(
    pqxx::connection &c, CURL *h, const std::vector<int> &ids) {
  for (int id : ids) {
    std::this_thread::sleep_for(5ms); // the last iteration's tx is gone
    pqxx::work tx(c);
    if (id == 0)
      continue; // destroys tx
    if (id < 0)
      break; // destroys tx
    tx.exec("DELETE FROM t WHERE id = " + std::to_string(id));
    tx.commit();
  }
  curl_easy_perform(h);
}
