// RUN: %check_conncheck %s -- %cxxflags
//
// libpqxx 6.4 (Debian's real headers): pqxx::work and the other
// dbtransaction types are open from construction to commit/abort or
// destruction.

#include <pqxx/pqxx>
#include <curl/curl.h>
#include <chrono>
#include <future>
#include <thread>

void sleep_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  tx.exec("UPDATE jobs SET state = 'running'");
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void http_in_read_transaction(pqxx::connection &c, CURL *h) {
  pqxx::read_transaction tx(c);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: transaction 'tx' (pqxx::read_transaction) begins here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction 'tx' ends here, where 'tx' goes out of scope
}

void robust(pqxx::connection &c, CURL *h) {
  pqxx::robusttransaction<> tx(c);
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open
  // CHECK-MESSAGES: :[[@LINE-3]]:29: note: transaction 'tx' (pqxx::robusttransaction<>) begins here
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void subtransaction(pqxx::connection &c, CURL *h) {
  pqxx::work outer(c);
  {
    pqxx::subtransaction inner(outer, "step");
    inner.commit();
  }
  // The savepoint is released, the outer transaction is still open.
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'outer' is open
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'outer' (pqxx::work) begins here
  // CHECK-MESSAGES: :[[@LINE+1]]:9: note: transaction 'outer' ends here
  outer.commit();
}

void committed_on_one_branch_only(pqxx::connection &c, CURL *h, bool fast) {
  pqxx::work tx(c);
  if (fast)
    tx.commit();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here; it is still open on some paths to the call
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction 'tx' ends here, where 'tx' goes out of scope
}

void sleep_in_loop_inside_transaction(pqxx::connection &c) {
  pqxx::work tx(c);
  for (int attempt = 0; attempt < 3; ++attempt) {
    std::this_thread::sleep_for(std::chrono::seconds(1));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tx' is open
    // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  }
  tx.commit();
}

// --- Near misses: no finding. ---

void committed_before_the_call(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  tx.exec("UPDATE t SET x = 1");
  tx.commit();
  curl_easy_perform(h);
}

void aborted_before_the_call(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  tx.abort();
  curl_easy_perform(h);
}

void transaction_in_an_inner_block(pqxx::connection &c, CURL *h) {
  {
    pqxx::work tx(c);
    tx.exec("SELECT 1");
  } // destroyed: rolled back
  curl_easy_perform(h);
}

void ended_on_every_branch(pqxx::connection &c, CURL *h, bool ok) {
  pqxx::work tx(c);
  if (ok)
    tx.commit();
  else
    tx.abort();
  curl_easy_perform(h);
}

void retry_loop_sleeps_outside_the_transaction(pqxx::connection &c) {
  for (int attempt = 0; attempt < 3; ++attempt) {
    try {
      pqxx::work tx(c);
      tx.exec("UPDATE t SET x = 1");
      tx.commit();
      return;
    } catch (const pqxx::broken_connection &) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100 << attempt));
  }
}

void early_return_before_the_call(pqxx::connection &c, CURL *h, bool done) {
  {
    pqxx::work tx(c);
    if (done) {
      tx.commit();
      return;
    }
    tx.commit();
  }
  curl_easy_perform(h);
}

void nontransaction_is_not_a_transaction(pqxx::connection &c, CURL *h) {
  pqxx::nontransaction n(c);
  n.exec("SELECT 1");
  curl_easy_perform(h);
}

void reference_to_a_transaction_is_the_callers(pqxx::work &tx, CURL *h) {
  // The caller holds it; the finding belongs at the caller's call to us.
  curl_easy_perform(h);
}

void lambda_created_but_not_run_in_the_transaction(pqxx::connection &c,
                                                   CURL *h) {
  pqxx::work tx(c);
  auto later = [h] { curl_easy_perform(h); };
  tx.commit();
  later();
}

void zero_timeout_only_polls(pqxx::connection &c,
                             std::future<int> &pending) {
  pqxx::work tx(c);
  if (pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    tx.exec("UPDATE t SET done = true");
  tx.commit();
}
