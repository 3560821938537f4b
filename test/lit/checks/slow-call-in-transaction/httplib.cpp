// RUN: %check_conncheck %s -- %cxxflags -DCPPHTTPLIB_OPENSSL_SUPPORT
//
// cpp-httplib 0.11 (Debian's real header, /usr/include/httplib.h): every
// request method of httplib::Client and httplib::ClientImpl blocks until the
// response arrives. httplib::SSLClient (declared only with
// CPPHTTPLIB_OPENSSL_SUPPORT) derives from ClientImpl and inherits its
// request methods, so a call through it is known as 'httplib::ClientImpl::*'.
// Transactions are libpqxx 6.4's (Debian's real headers).

#include <pqxx/pqxx>
#include <httplib.h>

#include <chrono>
#include <string>

// A service wrapper as applications write them: the request is one call
// below the method the transaction code calls.
class LlmClient {
public:
  explicit LlmClient(const std::string &base) : http_(base) {
    http_.set_read_timeout(30, 0);
  }

  std::string complete(const std::string &prompt) {
    auto res = http_.Post("/v1/completions", prompt, "application/json");
    return res ? res->body : std::string();
  }

  // Two calls below: summarize -> complete -> Post.
  std::string summarize(const std::string &text) {
    return complete("Summarize: " + text);
  }

  // Configuration only: no request is made.
  void set_timeout(int seconds) { http_.set_read_timeout(seconds, 0); }

  bool configured() const { return http_.is_valid(); }

private:
  httplib::Client http_;
};

void get_in_work(pqxx::connection &c, httplib::Client &cli) {
  pqxx::work tx(c);
  tx.exec("UPDATE orders SET state = 'checking'");
  auto res = cli.Get("/inventory/42");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: slow http call 'httplib::Client::Get' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: transaction 'tx' ends here
  if (res && res->status == 200)
    tx.commit();
}

void post_put_delete_in_work(pqxx::connection &c, httplib::Client &cli) {
  pqxx::work tx(c);
  cli.Post("/audit", "{\"order\":42}", "application/json");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: slow http call 'httplib::Client::Post' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+9]]:6: note: transaction 'tx' ends here
  cli.Put("/orders/42", "{\"state\":\"paid\"}", "application/json");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: slow http call 'httplib::Client::Put' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
  cli.Delete("/carts/42");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: slow http call 'httplib::Client::Delete' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-11]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void client_made_and_used_inside(pqxx::connection &c) {
  pqxx::work tx(c);
  httplib::Client cli("http://pricing.internal:8080");
  auto res = cli.Get("/price/42");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: slow http call 'httplib::Client::Get' while database transaction 'tx' is open
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void ssl_client_in_work(pqxx::connection &c) {
  httplib::SSLClient cli("payments.example.com", 443);
  pqxx::work tx(c);
  cli.Post("/charges", "{\"amount\":100}", "application/json");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: slow http call 'httplib::ClientImpl::Post' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
  auto res = cli.Get("/charges/latest");
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: slow http call 'httplib::ClientImpl::Get' while database transaction 'tx' is open
  // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void client_impl_in_work(pqxx::connection &c, httplib::ClientImpl &cli) {
  pqxx::work tx(c);
  cli.Head("/health");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: slow http call 'httplib::ClientImpl::Head' while database transaction 'tx' is open
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void wrapper_in_work(pqxx::connection &c, LlmClient &llm) {
  pqxx::work tx(c);
  std::string answer = llm.complete("Classify ticket 42");
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: call to 'LlmClient::complete' reaches a slow http call ('httplib::Client::Post') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-84]]:22: note: 'LlmClient::complete' calls 'httplib::Client::Post', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE tickets SET label = " + tx.quote(answer));
  tx.commit();
}

void wrapper_two_levels_down(pqxx::connection &c, LlmClient &llm) {
  pqxx::read_transaction tx(c);
  llm.summarize("ticket text");
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: call to 'LlmClient::summarize' reaches a slow http call ('httplib::Client::Post') while database transaction 'tx' is open
  // CHECK-MESSAGES: :[[@LINE-3]]:26: note: transaction 'tx' (pqxx::read_transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-89]]:12: note: 'LlmClient::summarize' calls 'LlmClient::complete'{{$}}
  // CHECK-MESSAGES: :[[@LINE-96]]:22: note: 'LlmClient::complete' calls 'httplib::Client::Post', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: transaction 'tx' ends here, where 'tx' goes out of scope
}

// --- Near misses: no finding. ---

void client_made_inside_requests_after_commit(pqxx::connection &c) {
  pqxx::work tx(c);
  tx.exec("UPDATE orders SET state = 'notified'");
  httplib::Client cli("http://notify.internal:8080");
  cli.set_connection_timeout(2, 0);
  tx.commit();
  cli.Post("/notify", "{\"order\":42}", "application/json");
  cli.Get("/notify/status");
}

void timeouts_are_configuration(pqxx::connection &c, httplib::Client &cli) {
  pqxx::work tx(c);
  cli.set_connection_timeout(3, 0);
  cli.set_read_timeout(std::chrono::seconds(10));
  cli.set_write_timeout(5, 0);
  cli.set_keep_alive(true);
  tx.commit();
}

void ssl_client_configured_inside(pqxx::connection &c) {
  httplib::SSLClient cli("payments.example.com", 443);
  pqxx::work tx(c);
  cli.set_connection_timeout(std::chrono::milliseconds(500));
  cli.enable_server_certificate_verification(true);
  tx.commit();
  cli.Get("/charges/latest");
}

void wrapper_configuration_only(pqxx::connection &c, LlmClient &llm) {
  pqxx::work tx(c);
  llm.set_timeout(60);
  if (llm.configured())
    tx.exec("UPDATE settings SET llm = true");
  tx.commit();
  llm.complete("after the commit");
}

void server_routes_are_not_requests(pqxx::connection &c, httplib::Server &svr) {
  pqxx::work tx(c);
  // Server::Get/Post register handlers; they are not client requests.
  svr.Get("/hi", [](const httplib::Request &, httplib::Response &res) {
    res.set_content("hi", "text/plain");
  });
  svr.Post("/echo", [](const httplib::Request &req, httplib::Response &res) {
    res.set_content(req.body, "text/plain");
  });
  tx.commit();
}

void result_inspected_inside(pqxx::connection &c, httplib::Client &cli) {
  auto res = cli.Get("/config");
  pqxx::work tx(c);
  if (res && res->status == 200) {
    tx.exec("UPDATE config SET body = " + tx.quote(res->body));
    tx.commit();
  } else if (res.error() == httplib::Error::Connection) {
    tx.abort();
  }
}

void request_in_a_lambda_run_after_commit(pqxx::connection &c,
                                          httplib::Client &cli) {
  pqxx::work tx(c);
  auto notify = [&cli] { cli.Post("/notify", "{}", "application/json"); };
  tx.commit();
  notify();
}
