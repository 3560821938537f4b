// RUN: %check_conncheck %s -- %cxxflags
//
// curlpp 0.8 (Debian's real headers, libcurlpp-dev): Easy::perform() runs
// curl_easy_perform and blocks; writing an Easy handle or a
// curlpp::options::Url to a std::ostream performs the request too (curlpp's
// Easy.cpp / Options.cpp). Multi::perform() is curl_multi_perform: it does
// what can be done without waiting and returns. Leases are SOCI 4.0 pooled
// sessions; transactions are libpqxx 6.4's.

#include <curlpp/Easy.hpp>
#include <curlpp/Multi.hpp>
#include <curlpp/Options.hpp>
#include <curlpp/cURLpp.hpp>
#include <pqxx/pqxx>
#include <soci/soci.h>

#include <sstream>
#include <string>

void perform_in_work(pqxx::connection &c, curlpp::Easy &request) {
  pqxx::work tx(c);
  request.setOpt(curlpp::options::Url("http://inventory.internal/items/42"));
  request.perform();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow http call 'curlpp::Easy::perform' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void perform_while_leased(soci::connection_pool &pool, curlpp::Easy &request) {
  soci::session sql(pool);
  request.perform();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow http call 'curlpp::Easy::perform' while pooled connection 'sql' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-3]]:17: note: connection 'sql' (soci::session) taken from 'pool' here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'sql' is given back here, where 'sql' goes out of scope
}

void streamed_handle_in_work(pqxx::connection &c, const curlpp::Easy &request) {
  pqxx::work tx(c);
  std::ostringstream body;
  body << request;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'operator<<' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE items SET body = " + tx.quote(body.str()));
  tx.commit();
}

void streamed_url_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  std::ostringstream body;
  body << curlpp::options::Url("http://inventory.internal/items/42");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'operator<<' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Near misses: no finding. ---

void multi_perform_does_not_block(pqxx::connection &c, curlpp::Multi &multi) {
  pqxx::work tx(c);
  int running = 0;
  multi.perform(&running);
  tx.exec("UPDATE jobs SET running = " + tx.quote(running));
  tx.commit();
}

void handle_configured_inside_performed_after(pqxx::connection &c,
                                              curlpp::Easy &request) {
  {
    pqxx::work tx(c);
    auto row = tx.exec1("SELECT url FROM endpoints LIMIT 1");
    request.setOpt(curlpp::options::Url(row[0].c_str()));
    request.setOpt(curlpp::options::Timeout(5));
    tx.commit();
  }
  request.perform();
}

void other_stream_output_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  std::ostringstream log;
  log << "items: " << 42 << std::string(" updated");
  tx.exec("UPDATE items SET note = " + tx.quote(log.str()));
  tx.commit();
}
