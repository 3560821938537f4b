// RUN: %check_conncheck %s -- %cxxflags
//
// Mail: mailio (stub mirroring include/mailio/{smtp,imap,message}.hpp; the
// smtp/smtps/imap constructors connect and read the server's greeting,
// authenticate/submit/fetch are dialogs with it) and VMime 0.9 (Debian's
// real headers: vmime::net::service::connect/disconnect,
// transport::send). Transactions are libpqxx 6.4's (Debian's real headers).

#include <mailio/imap.hpp>
#include <mailio/message.hpp>
#include <mailio/smtp.hpp>
#include <pqxx/pqxx>
#include <vmime/vmime.hpp>

#include <string>

static void notify(mailio::message const &msg) {
  mailio::smtp relay("relay.internal", 25);
  relay.submit(msg);
}

void mailio_send_in_work(pqxx::connection &c, mailio::message const &receipt) {
  pqxx::work tx(c);
  tx.exec("UPDATE orders SET receipt_sent = true WHERE id = 9");
  mailio::smtps conn("smtp.example.com", 587);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: slow mail call 'mailio::smtps::smtps' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+9]]:6: note: transaction 'tx' ends here
  conn.authenticate("shop", "secret", mailio::smtps::auth_method_t::START_TLS);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow mail call 'mailio::smtps::authenticate' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
  conn.submit(receipt);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow mail call 'mailio::smtp::submit' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-12]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void mailio_helper_in_work(pqxx::connection &c, mailio::message const &msg) {
  pqxx::work tx(c);
  notify(msg);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'notify' reaches a slow mail call ('mailio::smtp::smtp') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-27]]:16: note: 'notify' calls 'mailio::smtp::smtp', a slow mail call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void mailio_imap_in_work(pqxx::connection &c) {
  pqxx::work tx(c);
  mailio::imap inbox("imap.example.com", 993);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: slow mail call 'mailio::imap::imap' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+7]]:6: note: transaction 'tx' ends here
  mailio::message bounce;
  inbox.fetch("INBOX", 1, false, bounce);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow mail call 'mailio::imap::fetch' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE orders SET bounced = true WHERE id = 9");
  tx.commit();
}

void vmime_send_in_work(pqxx::connection &c,
                        vmime::shared_ptr<vmime::net::session> session,
                        vmime::shared_ptr<vmime::message> receipt) {
  pqxx::work tx(c);
  vmime::shared_ptr<vmime::net::transport> transport =
      session->getTransport(vmime::utility::url("smtp://smtp.example.com"));
  transport->connect();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: slow mail call 'vmime::net::service::connect' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+9]]:6: note: transaction 'tx' ends here
  transport->send(receipt);
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: slow mail call 'vmime::net::transport::send' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-9]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
  transport->disconnect();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: slow mail call 'vmime::net::service::disconnect' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-13]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Near misses: no finding. ---

// Building a message, and getting a transport from a session, are local.
void compose_in_work_send_after(pqxx::connection &c,
                                vmime::shared_ptr<vmime::net::session> session) {
  mailio::message receipt;
  vmime::shared_ptr<vmime::net::transport> transport;
  {
    pqxx::work tx(c);
    pqxx::result row = tx.exec("SELECT email FROM orders WHERE id = 9");
    receipt.from(mailio::mail_address("Shop", "shop@example.com"));
    receipt.add_recipient(mailio::mail_address("", row[0][0].c_str()));
    receipt.subject("Your receipt");
    receipt.content("Thank you.");
    transport =
        session->getTransport(vmime::utility::url("smtp://smtp.example.com"));
    if (!transport->isConnected())
      tx.exec("UPDATE orders SET receipt_queued = true WHERE id = 9");
    tx.commit();
  }
  mailio::smtps conn("smtp.example.com", 587);
  conn.submit(receipt);
  notify(receipt);
  transport->connect();
}
