// RUN: %check_conncheck %s --checks='-*,conncheck-nested-checkout' -- %cxxflags
//
// SOCI 4.0 (Debian's real headers): a soci::session constructed from a
// connection_pool leases one of the pool's sessions in its constructor
// (pool.lease(), which waits until one is free) and gives it back only in
// its destructor; pool.lease() / try_lease(pos, t) ... give_back(pos) do the
// same by hand. A thread that holds one of pool_'s sessions and asks pool_
// for another waits on itself once every session is lent out.

#include <soci/soci.h>
#include <cstddef>
#include <string>
#include <vector>

class OrderStore {
public:
  explicit OrderStore(soci::connection_pool &pool) : pool_(pool) {}

  void audit_in_a_second_session(int id) {
    soci::session sql(pool_);
    sql << "UPDATE orders SET state = 'paid' WHERE id = :id", soci::use(id);
    soci::session audit(pool_);
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: second connection taken from 'pool_' while 'sql' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-4]]:19: note: connection 'sql' (soci::session) taken from 'pool_' here{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:3: note: connection 'sql' is given back here, where 'sql' goes out of scope
    audit << "INSERT INTO audit(order_id) VALUES (:id)", soci::use(id);
  }

  void log_event(int id, const std::string &what) {
    soci::session events(pool_);
    events << "INSERT INTO events(order_id, what) VALUES (:id, :what)",
        soci::use(id), soci::use(what);
  }

  void pay(int id) {
    soci::session sql(pool_);
    sql << "UPDATE orders SET state = 'paid' WHERE id = :id", soci::use(id);
    log_event(id, "paid");
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'OrderStore::log_event' takes a second connection from 'pool_' ('soci::session::session') while 'sql' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-4]]:19: note: connection 'sql' (soci::session) taken from 'pool_' here{{$}}
    // CHECK-MESSAGES: :[[@LINE-11]]:19: note: 'OrderStore::log_event' takes a connection from 'pool_' with 'soci::session::session'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: connection 'sql' is given back here, where 'sql' goes out of scope
  }

  void record_settlement(int id) {
    log_event(id, "settled");
  }

  void settle(int id) {
    soci::session sql(pool_);
    sql << "UPDATE orders SET state = 'settled' WHERE id = :id", soci::use(id);
    record_settlement(id);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: call to 'OrderStore::record_settlement' takes a second connection from 'pool_' ('soci::session::session') while 'sql' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-4]]:19: note: connection 'sql' (soci::session) taken from 'pool_' here{{$}}
    // CHECK-MESSAGES: :[[@LINE-9]]:5: note: 'OrderStore::record_settlement' calls 'OrderStore::log_event'{{$}}
    // CHECK-MESSAGES: :[[@LINE-26]]:19: note: 'OrderStore::log_event' takes a connection from 'pool_' with 'soci::session::session'{{$}}
    // CHECK-MESSAGES: :[[@LINE+1]]:3: note: connection 'sql' is given back here, where 'sql' goes out of scope
  }

  void lease_while_a_session_is_held(int id) {
    soci::session sql(pool_);
    sql << "UPDATE orders SET state = 'shipped' WHERE id = :id", soci::use(id);
    std::size_t pos = pool_.lease();
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: second connection taken from 'pool_' while 'sql' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-4]]:19: note: connection 'sql' (soci::session) taken from 'pool_' here{{$}}
    // CHECK-MESSAGES: :[[@LINE+4]]:3: note: connection 'sql' is given back here, where 'sql' goes out of scope
    pool_.at(pos) << "INSERT INTO shipments(order_id) VALUES (:id)",
        soci::use(id);
    pool_.give_back(pos);
  }

  void session_while_a_lease_is_held(int id) {
    std::size_t pos = pool_.lease();
    pool_.at(pos) << "UPDATE orders SET state = 'packed' WHERE id = :id",
        soci::use(id);
    soci::session audit(pool_);
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: second connection taken from 'pool_' while 'pos' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-5]]:29: note: connection 'pos' taken from 'pool_' here with 'soci::connection_pool::lease'{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:11: note: connection 'pos' is given back here
    audit << "INSERT INTO audit(order_id) VALUES (:id)", soci::use(id);
    pool_.give_back(pos);
  }

  void try_lease_while_a_session_is_held(int id) {
    soci::session sql(pool_);
    std::size_t pos = 0;
    if (pool_.try_lease(pos, 100)) {
      // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: second connection taken from 'pool_' while 'sql' from the same pool is held [conncheck-nested-checkout]
      // CHECK-MESSAGES: :[[@LINE-4]]:19: note: connection 'sql' (soci::session) taken from 'pool_' here{{$}}
      // CHECK-MESSAGES: :[[@LINE+4]]:3: note: connection 'sql' is given back here, where 'sql' goes out of scope
      pool_.at(pos) << "DELETE FROM carts WHERE order_id = :id", soci::use(id);
      pool_.give_back(pos);
    }
  }

  // session::close() on a session taken from a pool closes the pooled
  // session's backend connection (pool.at(pos).close()) but does not give
  // the slot back: only ~session() calls give_back. 'sql' still occupies
  // its slot, and 'audit' waits for another one.
  void closed_session_still_occupies_its_slot(int id) {
    soci::session sql(pool_);
    sql << "UPDATE orders SET state = 'void' WHERE id = :id", soci::use(id);
    sql.close();
    soci::session audit(pool_);
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: second connection taken from 'pool_' while 'sql' from the same pool is held [conncheck-nested-checkout]
    // CHECK-MESSAGES: :[[@LINE-5]]:19: note: connection 'sql' (soci::session) taken from 'pool_' here{{$}}
    // CHECK-MESSAGES: :[[@LINE+2]]:3: note: connection 'sql' is given back here, where 'sql' goes out of scope
    audit << "INSERT INTO audit(order_id) VALUES (:id)", soci::use(id);
  }

  // --- Near misses: no finding. ---

  void first_session_ended_in_an_inner_block(int id) {
    {
      soci::session sql(pool_);
      sql << "UPDATE orders SET state = 'paid' WHERE id = :id", soci::use(id);
    } // ~session gives the slot back
    soci::session audit(pool_);
    audit << "INSERT INTO audit(order_id) VALUES (:id)", soci::use(id);
  }

  void given_back_before_the_second_lease(int id) {
    std::size_t pos = pool_.lease();
    pool_.at(pos) << "UPDATE orders SET state = 'paid' WHERE id = :id",
        soci::use(id);
    pool_.give_back(pos);
    std::size_t next = pool_.lease();
    pool_.at(next) << "INSERT INTO audit(order_id) VALUES (:id)",
        soci::use(id);
    pool_.give_back(next);
  }

  void one_session_per_iteration(const std::vector<int> &ids) {
    for (int id : ids) {
      soci::session sql(pool_);
      sql << "UPDATE orders SET state = 'paid' WHERE id = :id", soci::use(id);
    } // each iteration's session is destroyed before the next is taken
  }

  void helper_uses_the_callers_session(int id) {
    soci::session sql(pool_);
    sql << "UPDATE orders SET state = 'paid' WHERE id = :id", soci::use(id);
    write_audit(sql, id);
  }

private:
  static void write_audit(soci::session &sql, int id) {
    sql << "INSERT INTO audit(order_id) VALUES (:id)", soci::use(id);
  }

  soci::connection_pool &pool_;
};

class Ledger {
public:
  Ledger(soci::connection_pool &orders, soci::connection_pool &audit)
      : orders_pool_(orders), audit_pool_(audit) {}

  void two_pools_held_at_once(int id) {
    soci::session orders(orders_pool_);
    soci::session audit(audit_pool_);
    orders << "UPDATE orders SET state = 'paid' WHERE id = :id", soci::use(id);
    audit << "INSERT INTO audit(order_id) VALUES (:id)", soci::use(id);
  }

  void lease_from_the_other_pool(int id) {
    soci::session orders(orders_pool_);
    std::size_t pos = audit_pool_.lease();
    audit_pool_.at(pos) << "INSERT INTO audit(order_id) VALUES (:id)",
        soci::use(id);
    audit_pool_.give_back(pos);
  }

  void helper_takes_from_another_pool(int id) {
    soci::session orders(orders_pool_);
    orders << "UPDATE orders SET state = 'paid' WHERE id = :id", soci::use(id);
    append_audit(id);
  }

private:
  void append_audit(int id) {
    soci::session audit(audit_pool_);
    audit << "INSERT INTO audit(order_id) VALUES (:id)", soci::use(id);
  }

  soci::connection_pool &orders_pool_;
  soci::connection_pool &audit_pool_;
};
