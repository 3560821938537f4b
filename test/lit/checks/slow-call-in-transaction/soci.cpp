// RUN: %check_conncheck %s -- %cxxflags
//
// SOCI 4.0 (Debian's real headers): soci::transaction begins a transaction
// on its session when constructed and rolls it back when destroyed unless
// commit() or rollback() ran first; soci::session::begin() opens one that
// the same session's commit() or rollback() ends.

#include <soci/soci.h>
#include <curl/curl.h>
#include <unistd.h>
#include <chrono>
#include <string>
#include <thread>

void sleep_in_transaction_object(soci::session &sql) {
  soci::transaction tr(sql);
  sql << "UPDATE jobs SET state = 'running' WHERE id = 1";
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'std::this_thread::sleep_for' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tr' ends here
  tr.commit();
}

void http_before_rollback(soci::session &sql, CURL *h) {
  soci::transaction tr(sql);
  int n = 0;
  sql << "SELECT count(*) FROM outbox", soci::into(n);
  if (curl_easy_perform(h) != CURLE_OK) {
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: slow http call 'curl_easy_perform' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-5]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:8: note: transaction 'tr' ends here
    tr.rollback();
    return;
  }
  tr.commit();
}

void begin_on_a_local_session(const std::string &dsn, CURL *h) {
  soci::session sql(dsn);
  sql.begin();
  sql << "INSERT INTO fetches(url) VALUES ('https://example.org')";
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'sql' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: transaction on 'sql' begins here with 'soci::session::begin'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:7: note: transaction on 'sql' ends here
  sql.commit();
}

void begin_on_a_reference_parameter(soci::session &db, int id) {
  db.begin();
  db << "UPDATE accounts SET locked = true WHERE id = :id", soci::use(id);
  usleep(500000);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow sleep call 'usleep' while database transaction 'db' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:6: note: transaction on 'db' begins here with 'soci::session::begin'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction on 'db' ends here
  db.rollback();
}

class OrderRepository {
public:
  explicit OrderRepository(const std::string &dsn) : sql_(dsn) {}

  void place(int order_id, CURL *payment) {
    sql_.begin();
    sql_ << "UPDATE orders SET state = 'placed' WHERE id = :id",
        soci::use(order_id);
    curl_easy_perform(payment);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow http call 'curl_easy_perform' while database transaction 'sql_' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-5]]:10: note: transaction on 'sql_' begins here with 'soci::session::begin'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:10: note: transaction on 'sql_' ends here
    sql_.commit();
  }

private:
  soci::session sql_;
};

void commit_on_another_session_leaves_this_one_open(soci::session &orders,
                                                    soci::session &audit,
                                                    CURL *h) {
  orders.begin();
  audit.begin();
  audit << "INSERT INTO log(msg) VALUES ('order placed')";
  audit.commit();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'orders' is open
  // CHECK-MESSAGES: :[[@LINE-6]]:10: note: transaction on 'orders' begins here with 'soci::session::begin'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:10: note: transaction on 'orders' ends here
  orders.commit();
}

void committed_on_one_branch_only(soci::session &sql, CURL *h, bool fast) {
  soci::transaction tr(sql);
  if (fast)
    tr.commit();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'tr' is open
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: transaction 'tr' (soci::transaction) begins here; it is still open on some paths to the call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction 'tr' ends here, where 'tr' goes out of scope
}

void per_row_http_call_inside_transaction(soci::session &sql, CURL *h) {
  soci::transaction tr(sql);
  soci::rowset<std::string> urls = (sql.prepare << "SELECT url FROM hooks");
  for (const std::string &url : urls) {
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_perform(h);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: slow http call 'curl_easy_perform' while database transaction 'tr' is open
    // CHECK-MESSAGES: :[[@LINE-6]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tr' ends here
  }
  tr.commit();
}

// --- Near misses: no finding. ---

void slow_call_after_commit(soci::session &sql, CURL *h) {
  soci::transaction tr(sql);
  sql << "UPDATE orders SET state = 'paid' WHERE id = 7";
  tr.commit();
  curl_easy_perform(h);
}

void retry_sleeps_after_rollback(soci::session &sql) {
  for (int attempt = 0; attempt < 3; ++attempt) {
    soci::transaction tr(sql);
    try {
      sql << "UPDATE counters SET n = n + 1 WHERE id = 1";
      tr.commit();
      return;
    } catch (const soci::soci_error &) {
      tr.rollback();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100 << attempt));
  }
}

void transaction_in_an_inner_block(soci::session &sql, CURL *h) {
  {
    soci::transaction tr(sql);
    sql << "DELETE FROM sessions WHERE expires < now()";
    tr.commit();
  }
  curl_easy_perform(h);
}

void transaction_destroyed_without_commit(soci::session &sql, CURL *h,
                                          bool dry_run) {
  {
    soci::transaction tr(sql);
    sql << "DELETE FROM carts WHERE abandoned";
    if (!dry_run)
      tr.commit();
  } // rolled back here when dry_run
  curl_easy_perform(h);
}

void begin_then_commit_on_the_same_session(soci::session &sql, CURL *h) {
  sql.begin();
  sql << "INSERT INTO outbox(payload) VALUES ('{}')";
  sql.commit();
  curl_easy_perform(h);
}

void session_rollback_in_catch_then_backoff(soci::session &sql) {
  sql.begin();
  try {
    sql << "UPDATE stock SET n = n - 1 WHERE sku = 'A'";
    sql.commit();
  } catch (const soci::soci_error &) {
    sql.rollback();
    sleep(1);
  }
}

void ended_on_every_branch(soci::session &sql, CURL *h, bool ok) {
  soci::transaction tr(sql);
  if (ok)
    tr.commit();
  else
    tr.rollback();
  curl_easy_perform(h);
}

void autocommit_statements_are_not_a_transaction(soci::session &sql, CURL *h) {
  std::string url;
  sql << "SELECT url FROM hooks WHERE id = 1", soci::into(url);
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_perform(h);
  sql << "UPDATE hooks SET last_sent = now() WHERE id = 1";
}

void lambda_created_in_the_transaction_runs_after_commit(soci::session &sql,
                                                         CURL *h) {
  soci::transaction tr(sql);
  sql << "UPDATE orders SET state = 'shipped' WHERE id = 9";
  auto notify = [h] { curl_easy_perform(h); };
  tr.commit();
  notify();
}

void reference_to_a_transaction_is_the_callers(soci::transaction &tr,
                                               CURL *h) {
  // The caller holds it; the finding belongs at the caller's call to us.
  curl_easy_perform(h);
}

static void save_result(soci::session &sql, int id) {
  soci::transaction tr(sql);
  sql << "UPDATE jobs SET state = 'done' WHERE id = :id", soci::use(id);
  tr.commit();
}

void helper_commits_before_returning(soci::session &sql, CURL *h) {
  save_result(sql, 3);
  curl_easy_perform(h);
}
