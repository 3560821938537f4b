// RUN: %check_conncheck %s -- %cxxflags
//
// libcurl 7.88 (Debian's real headers, <curl/curl.h>): curl_easy_perform
// blocks until the transfer is done (category http); curl_multi_poll and
// curl_multi_wait block until there is activity or the timeout expires
// (category wait); curl_multi_perform does not block. Setting options,
// creating and freeing handles is not I/O. Transactions are libpqxx 6.4's
// (Debian's real headers).

#include <pqxx/pqxx>
#include <curl/curl.h>

#include <string>

static size_t append_to_string(char *data, size_t size, size_t n, void *out) {
  static_cast<std::string *>(out)->append(data, size * n);
  return size * n;
}

// A helper one call below the transaction code.
CURLcode download_to_string(CURL *h, const char *url, std::string &out) {
  curl_easy_setopt(h, CURLOPT_URL, url);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, append_to_string);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &out);
  return curl_easy_perform(h);
}

void easy_perform_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  CURL *h = curl_easy_init();
  curl_easy_setopt(h, CURLOPT_URL, "https://rates.example.com/eur");
  curl_easy_setopt(h, CURLOPT_TIMEOUT, 5L);
  CURLcode rc = curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-6]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+3]]:8: note: transaction 'tx' ends here
  curl_easy_cleanup(h);
  if (rc == CURLE_OK)
    tx.commit();
}

void multi_loop_polls_in_work(pqxx::connection &c, CURLM *m) {
  pqxx::work tx(c);
  int running = 0;
  do {
    curl_multi_perform(m, &running);
    if (running)
      curl_multi_poll(m, nullptr, 0, 1000, nullptr);
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: slow wait call 'curl_multi_poll' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  } while (running);
  tx.commit();
}

void multi_wait_in_read_transaction(pqxx::connection &c, CURLM *m) {
  pqxx::read_transaction tx(c);
  int numfds = 0;
  CURLMcode mc = curl_multi_wait(m, nullptr, 0, 500, &numfds);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: slow wait call 'curl_multi_wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:26: note: transaction 'tx' (pqxx::read_transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:1: note: transaction 'tx' ends here, where 'tx' goes out of scope
  (void)mc;
}

void helper_in_work(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  std::string body;
  if (download_to_string(h, "https://rates.example.com/usd", body) == CURLE_OK)
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: call to 'download_to_string' reaches a slow http call ('curl_easy_perform') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE-47]]:10: note: 'download_to_string' calls 'curl_easy_perform', a slow http call{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
    tx.exec("UPDATE rates SET usd = " + tx.quote(body));
  tx.commit();
}

void easy_perform_on_some_paths(pqxx::connection &c, CURL *h, bool quick) {
  pqxx::work tx(c);
  if (quick)
    tx.commit();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here; it is still open on some paths to the call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction 'tx' ends here, where 'tx' goes out of scope
}

// --- Near misses: no finding. ---

void multi_perform_does_not_block(pqxx::connection &c, CURLM *m) {
  pqxx::work tx(c);
  int running = 0;
  curl_multi_perform(m, &running);
  tx.exec("UPDATE transfers SET running = " + std::to_string(running));
  tx.commit();
}

void options_only(pqxx::connection &c, CURL *h) {
  pqxx::work tx(c);
  auto row = tx.exec1("SELECT url FROM endpoints LIMIT 1");
  curl_easy_setopt(h, CURLOPT_URL, row[0].c_str());
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 2L);
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
  tx.commit();
  curl_easy_perform(h);
}

void handles_made_and_freed_inside(pqxx::connection &c) {
  pqxx::work tx(c);
  CURL *h = curl_easy_init();
  CURLM *m = curl_multi_init();
  curl_multi_add_handle(m, h);
  curl_multi_remove_handle(m, h);
  curl_easy_cleanup(h);
  curl_multi_cleanup(m);
  tx.commit();
}

void results_read_inside(pqxx::connection &c, CURL *h, CURLM *m) {
  int left = 0;
  pqxx::work tx(c);
  while (CURLMsg *msg = curl_multi_info_read(m, &left)) {
    long status = 0;
    curl_easy_getinfo(msg->easy_handle, CURLINFO_RESPONSE_CODE, &status);
    tx.exec("INSERT INTO statuses VALUES (" + std::to_string(status) + ")");
  }
  tx.commit();
}

void poll_after_commit(pqxx::connection &c, CURLM *m) {
  {
    pqxx::work tx(c);
    tx.exec("UPDATE transfers SET state = 'started'");
    tx.commit();
  }
  int running = 0;
  do {
    curl_multi_perform(m, &running);
    curl_multi_poll(m, nullptr, 0, 1000, nullptr);
  } while (running);
}

void multi_wait_with_zero_timeout_only_polls(pqxx::connection &conn,
                                             CURLM *multi) {
  pqxx::work tx(conn);
  int numfds = 0;
  curl_multi_wait(multi, nullptr, 0, 0, &numfds);
  curl_multi_poll(multi, nullptr, 0, 0, &numfds);
  tx.commit();
}
