// RUN: %check_conncheck %s -- %cxxflags
//
// Boost.Asio and Boost.Beast 1.74 (Debian's real headers): synchronous
// resolve, connect, read and write block on the network (category http);
// steady_timer::wait blocks for the timer (sleep); io_context::run blocks
// until the work runs out (wait). The async_* forms only schedule the
// operation and return at once. Transactions are libpqxx 6.4's (Debian's
// real headers).

#include <pqxx/pqxx>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

// A helper one call below the transaction code.
std::string fetch_price(beast::tcp_stream &stream, const std::string &item) {
  http::request<http::string_body> req{http::verb::get, "/price/" + item, 11};
  req.set(http::field::host, "pricing.internal");
  http::write(stream, req);
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(stream, buffer, res);
  return res.body();
}

void beast_request_in_work(pqxx::connection &c, net::io_context &ioc) {
  pqxx::work tx(c);
  tcp::resolver resolver(ioc);
  auto const results = resolver.resolve("pricing.internal", "80");
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: slow http call 'boost::asio::ip::basic_resolver::resolve' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+18]]:6: note: transaction 'tx' ends here
  beast::tcp_stream stream(ioc);
  stream.connect(results);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow http call 'boost::beast::basic_stream::connect' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-9]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+13]]:6: note: transaction 'tx' ends here
  http::request<http::empty_body> req{http::verb::get, "/price/42", 11};
  http::write(stream, req);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'boost::beast::http::write' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-14]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+8]]:6: note: transaction 'tx' ends here
  beast::flat_buffer buffer;
  http::response<http::string_body> res;
  http::read(stream, buffer, res);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'boost::beast::http::read' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-20]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE items SET price = " + tx.quote(res.body()) + " WHERE id = 42");
  tx.commit();
}

void raw_socket_io_in_work(pqxx::connection &c, tcp::socket &socket) {
  pqxx::work tx(c);
  std::string line = "PING\r\n";
  net::write(socket, net::buffer(line));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'boost::asio::write' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tx' ends here
  char reply[6];
  net::read(socket, net::buffer(reply));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'boost::asio::read' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-9]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void timer_wait_in_work(pqxx::connection &c, net::io_context &ioc) {
  pqxx::work tx(c);
  net::steady_timer timer(ioc, std::chrono::milliseconds(250));
  timer.wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow sleep call 'boost::asio::basic_waitable_timer::wait' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void io_context_run_in_work(pqxx::connection &c, net::io_context &ioc) {
  pqxx::work tx(c);
  tx.exec("UPDATE jobs SET state = 'dispatching'");
  ioc.run();
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: slow wait call 'boost::asio::io_context::run' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void helper_in_work(pqxx::connection &c, beast::tcp_stream &stream) {
  pqxx::work tx(c);
  std::string price = fetch_price(stream, "42");
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: call to 'fetch_price' reaches a slow http call ('boost::beast::http::write') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-74]]:3: note: 'fetch_price' calls 'boost::beast::http::write', a slow http call{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE items SET price = " + tx.quote(price) + " WHERE id = 42");
  tx.commit();
}

// --- Near misses: no finding. ---

void async_operations_only_schedule(pqxx::connection &c,
                                    beast::tcp_stream &stream,
                                    http::request<http::string_body> &req,
                                    http::response<http::string_body> &res,
                                    beast::flat_buffer &buffer) {
  pqxx::work tx(c);
  http::async_write(stream, req,
                    [](beast::error_code, std::size_t) {});
  http::async_read(stream, buffer, res,
                   [](beast::error_code, std::size_t) {});
  tx.commit();
}

void async_connect_and_wait_only_schedule(pqxx::connection &c,
                                          net::io_context &ioc,
                                          beast::tcp_stream &stream,
                                          tcp::resolver::results_type &results) {
  pqxx::work tx(c);
  stream.expires_after(std::chrono::seconds(30));
  stream.async_connect(results, [](beast::error_code,
                                   tcp::resolver::results_type::endpoint_type) {});
  net::steady_timer timer(ioc, std::chrono::seconds(1));
  timer.async_wait([](const boost::system::error_code &) {});
  tx.commit();
}

void async_socket_io_only_schedules(pqxx::connection &c, tcp::socket &socket,
                                    const std::string &out, std::string &in) {
  pqxx::work tx(c);
  net::async_write(socket, net::buffer(out),
                   [](const boost::system::error_code &, std::size_t) {});
  net::async_read(socket, net::dynamic_buffer(in),
                  [](const boost::system::error_code &, std::size_t) {});
  tx.commit();
}

void resolver_created_but_not_used(pqxx::connection &c, net::io_context &ioc) {
  pqxx::work tx(c);
  tcp::resolver resolver(ioc);
  tx.exec("UPDATE jobs SET state = 'resolving'");
  tx.commit();
  resolver.resolve("pricing.internal", "80");
}

void buffer_operations(pqxx::connection &c, beast::flat_buffer &buffer) {
  pqxx::work tx(c);
  std::string body = beast::buffers_to_string(buffer.data());
  buffer.consume(buffer.size());
  auto space = buffer.prepare(512);
  std::size_t copied = net::buffer_copy(space, net::buffer(body));
  buffer.commit(copied);
  tx.exec("UPDATE inbox SET body = " + tx.quote(body));
  tx.commit();
}

void io_context_polled_stopped_and_run_after_commit(pqxx::connection &c,
                                                   net::io_context &ioc) {
  pqxx::work tx(c);
  ioc.poll(); // runs ready handlers only; never waits
  ioc.stop();
  ioc.restart();
  tx.commit();
  ioc.run();
}
