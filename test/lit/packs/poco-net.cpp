// RUN: %check_conncheck %s -- %cxxflags
//
// Poco::Net 1.11 (Debian's real headers, libpoco-dev). HTTPClientSession
// connects and sends in sendRequest and waits for the server in
// receiveResponse / peekResponse; HTTPSClientSession inherits them.
// URIStreamOpener::open fetches the resource. SMTPClientSession talks to the
// mail server in its host:port constructor (it connects), open, login,
// sendMessage and close. The held scopes are Poco::Data pooled sessions and
// libpqxx 6.4 transactions.

#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/SMTPClientSession.h>
#include <Poco/Net/SecureSMTPClientSession.h>
#include <Poco/URIStreamOpener.h>
#include <pqxx/pqxx>

#include <istream>
#include <memory>
#include <string>

using Poco::Data::Keywords::now;
using Poco::Net::HTTPRequest;
using Poco::Net::HTTPResponse;

void http_round_trip_while_leased(Poco::Data::SessionPool &pool,
                                  Poco::Net::HTTPClientSession &http) {
  Poco::Data::Session session(pool.get());
  HTTPRequest req(HTTPRequest::HTTP_GET, "/rates/eur");
  http.sendRequest(req);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow http call 'Poco::Net::HTTPClientSession::sendRequest' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-4]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+9]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
  HTTPResponse resp;
  std::istream &body = http.receiveResponse(resp);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: slow http call 'Poco::Net::HTTPClientSession::receiveResponse' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-9]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+4]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
  std::string rate;
  body >> rate;
  session << "UPDATE rates SET eur = 1", now;
}

void https_session_in_work(pqxx::connection &c,
                           Poco::Net::HTTPSClientSession &https) {
  pqxx::work tx(c);
  HTTPRequest req(HTTPRequest::HTTP_POST, "/hooks/orders");
  https.sendRequest(req) << "{\"order\":42}";
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow http call 'Poco::Net::HTTPClientSession::sendRequest' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tx' ends here
  HTTPResponse resp;
  https.peekResponse(resp);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow http call 'Poco::Net::HTTPClientSession::peekResponse' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-9]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void uri_opened_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  std::unique_ptr<std::istream> in(
      Poco::URIStreamOpener::defaultOpener().open("http://rates.internal/eur"));
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: slow http call 'Poco::URIStreamOpener::open' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void mail_sent_in_work(pqxx::connection &c,
                       const Poco::Net::MailMessage &message) {
  pqxx::work tx(c);
  tx.exec("UPDATE orders SET notified = true WHERE id = 42");
  Poco::Net::SMTPClientSession smtp("mail.internal", 25);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: slow mail call 'Poco::Net::SMTPClientSession::SMTPClientSession' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+13]]:6: note: transaction 'tx' ends here
  smtp.login();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow mail call 'Poco::Net::SMTPClientSession::login' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+9]]:6: note: transaction 'tx' ends here
  smtp.sendMessage(message);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow mail call 'Poco::Net::SMTPClientSession::sendMessage' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-12]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
  smtp.close();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow mail call 'Poco::Net::SMTPClientSession::close' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-16]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void secure_mail_while_leased(Poco::Data::SessionPool &pool,
                              Poco::Net::SecureSMTPClientSession &smtp) {
  Poco::Data::Session session(pool.get());
  smtp.open();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow mail call 'Poco::Net::SMTPClientSession::open' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-3]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
  smtp.startTLS();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow mail call 'Poco::Net::SecureSMTPClientSession::startTLS' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-7]]:36: note: connection 'session' taken from 'pool' here with 'Poco::Data::SessionPool::get'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'session' is given back here, where 'session' goes out of scope
}

// --- Near misses: no finding. ---

void session_configured_inside(pqxx::connection &c,
                               Poco::Net::HTTPClientSession &http) {
  pqxx::work tx(c);
  auto row = tx.exec1("SELECT host, port FROM endpoints LIMIT 1");
  http.setHost(row[0].c_str());
  http.setPort(static_cast<Poco::UInt16>(row[1].as<int>()));
  http.setKeepAlive(true);
  HTTPRequest req(HTTPRequest::HTTP_GET, "/rates/eur");
  req.setContentType("application/json");
  tx.commit();
  http.sendRequest(req);
}

void smtp_on_a_connected_socket_is_not_a_connect(
    pqxx::connection &c, const Poco::Net::StreamSocket &socket,
    Poco::Net::MailMessage &message) {
  pqxx::work tx(c);
  Poco::Net::SMTPClientSession smtp(socket);
  smtp.setTimeout(Poco::Timespan(10, 0));
  message.setSubject("Order shipped");
  message.addRecipient(Poco::Net::MailRecipient(
      Poco::Net::MailRecipient::PRIMARY_RECIPIENT, "ops@example.com"));
  tx.commit();
}

void mail_after_the_session_is_back(Poco::Data::SessionPool &pool,
                                    const Poco::Net::MailMessage &message) {
  {
    Poco::Data::Session session(pool.get());
    session << "UPDATE orders SET notified = true WHERE id = 42", now;
  }
  Poco::Net::SMTPClientSession smtp("mail.internal");
  smtp.login();
  smtp.sendMessage(message);
  smtp.close();
}
