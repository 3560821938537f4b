// RUN: %check_conncheck %s --checks='-*,conncheck-nested-checkout' -- %cxxflags
//
// Poco::Data 1.11 (Debian's real headers): SessionPool::get() lends one of
// the pool's sessions; it goes back to the pool when the Session is closed
// (PooledSessionImpl::close() puts it back) or when its last copy is
// destroyed. Asking pool_ for a second session while holding one needs two
// of its sessions per thread: with every thread doing it, get() finds the
// pool exhausted.

#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>
#include <string>

using namespace Poco::Data::Keywords;

class OrderService {
public:
  OrderService(const std::string &connector, const std::string &dsn)
      : pool_(connector, dsn) {}

  void audit_in_a_second_session(int id) {
    Poco::Data::Session orders = pool_.get();
    orders << "UPDATE orders SET state = 'paid' WHERE id = ?", use(id), now;
    Poco::Data::Session audit = pool_.get();
    // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: second connection taken from 'pool_' while 'orders' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-4]]:40: note: connection 'orders' taken from 'pool_' here with 'Poco::Data::SessionPool::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:3: note: connection 'orders' is given back here, where 'orders' goes out of scope
    audit << "INSERT INTO audit(order_id) VALUES (?)", use(id), now;
  }

  void log_event(int id, std::string what) {
    Poco::Data::Session events = pool_.get();
    events << "INSERT INTO events(order_id, what) VALUES (?, ?)", use(id),
        use(what), now;
  }

  void pay(int id) {
    Poco::Data::Session orders = pool_.get();
    orders << "UPDATE orders SET state = 'paid' WHERE id = ?", use(id), now;
    log_event(id, "paid");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'OrderService::log_event' takes a second connection from 'pool_' ('Poco::Data::SessionPool::get') while 'orders' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-4]]:40: note: connection 'orders' taken from 'pool_' here with 'Poco::Data::SessionPool::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE-11]]:40: note: 'OrderService::log_event' takes a connection from 'pool_' with 'Poco::Data::SessionPool::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: connection 'orders' is given back here, where 'orders' goes out of scope
  }

  void record_settlement(int id) {
    log_event(id, "settled");
  }

  void settle(int id) {
    Poco::Data::Session orders = pool_.get();
    orders << "UPDATE orders SET state = 'settled' WHERE id = ?", use(id), now;
    record_settlement(id);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'OrderService::record_settlement' takes a second connection from 'pool_' ('Poco::Data::SessionPool::get') while 'orders' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-4]]:40: note: connection 'orders' taken from 'pool_' here with 'Poco::Data::SessionPool::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE-9]]:5: note: 'OrderService::record_settlement' calls 'OrderService::log_event'{{$}}
    // CHECK-MESSAGES: :[[@LINE-26]]:40: note: 'OrderService::log_event' takes a connection from 'pool_' with 'Poco::Data::SessionPool::get'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: connection 'orders' is given back here, where 'orders' goes out of scope
  }

  void closed_on_one_branch_only(int id, bool quick) {
    Poco::Data::Session orders = pool_.get();
    orders << "UPDATE orders SET state = 'paid' WHERE id = ?", use(id), now;
    if (quick)
      orders.close();
    Poco::Data::Session audit = pool_.get();
    // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: second connection taken from 'pool_' while 'orders' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-6]]:40: note: connection 'orders' taken from 'pool_' here with 'Poco::Data::SessionPool::get'; it is still held on some paths to the call{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:3: note: connection 'orders' is given back here, where 'orders' goes out of scope
    audit << "INSERT INTO audit(order_id) VALUES (?)", use(id), now;
  }

  // --- Near misses: no finding. ---

  void first_session_closed_before_the_second(int id) {
    Poco::Data::Session orders = pool_.get();
    orders << "UPDATE orders SET state = 'paid' WHERE id = ?", use(id), now;
    orders.close(); // back in the pool
    Poco::Data::Session audit = pool_.get();
    audit << "INSERT INTO audit(order_id) VALUES (?)", use(id), now;
  }

  void first_session_ended_in_an_inner_block(int id) {
    {
      Poco::Data::Session orders = pool_.get();
      orders << "UPDATE orders SET state = 'paid' WHERE id = ?", use(id), now;
    } // its only copy is destroyed: back in the pool
    Poco::Data::Session audit = pool_.get();
    audit << "INSERT INTO audit(order_id) VALUES (?)", use(id), now;
  }

  void temporary_sessions_one_after_the_other(int id) {
    // Each temporary Session is destroyed at the end of its statement.
    pool_.get() << "UPDATE orders SET state = 'paid' WHERE id = ?", use(id),
        now;
    pool_.get() << "INSERT INTO audit(order_id) VALUES (?)", use(id), now;
  }

  void helper_uses_the_callers_session(int id) {
    Poco::Data::Session orders = pool_.get();
    orders << "UPDATE orders SET state = 'paid' WHERE id = ?", use(id), now;
    write_audit(orders, id);
  }

private:
  static void write_audit(Poco::Data::Session &session, int id) {
    session << "INSERT INTO audit(order_id) VALUES (?)", use(id), now;
  }

  Poco::Data::SessionPool pool_;
};

class AuditedOrders {
public:
  AuditedOrders(const std::string &connector, const std::string &orders_dsn,
                const std::string &audit_dsn)
      : orders_pool_(connector, orders_dsn), audit_pool_(connector, audit_dsn) {}

  void two_pools_held_at_once(int id) {
    Poco::Data::Session orders = orders_pool_.get();
    Poco::Data::Session audit = audit_pool_.get();
    orders << "UPDATE orders SET state = 'paid' WHERE id = ?", use(id), now;
    audit << "INSERT INTO audit(order_id) VALUES (?)", use(id), now;
  }

  void helper_takes_from_another_pool(int id) {
    Poco::Data::Session orders = orders_pool_.get();
    orders << "UPDATE orders SET state = 'paid' WHERE id = ?", use(id), now;
    append_audit(id);
  }

private:
  void append_audit(int id) {
    Poco::Data::Session audit = audit_pool_.get();
    audit << "INSERT INTO audit(order_id) VALUES (?)", use(id), now;
  }

  Poco::Data::SessionPool orders_pool_;
  Poco::Data::SessionPool audit_pool_;
};
