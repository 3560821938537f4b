// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/orm/Transaction.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48); unchanged in 1.3.1 except "override" on the dtor.
// Verbatim API; members declared only (Transaction.cpp).
// Semantics (real): ctor calls executor->begin(connection) (acquires a pooled connection when
// 'connection' is nullptr, sends BEGIN) and stores res->getConnection() in m_connection; throws
// std::runtime_error on failure. commit()/rollback() send COMMIT/ROLLBACK (throw if already closed)
// but DO NOT drop m_connection: the connection goes back to the pool only when the Transaction (and
// every copy of its ResourceHandle / every QueryResult that ran on it) is destroyed.
// ~Transaction() rolls back if neither commit() nor rollback() was called.
#ifndef oatpp_orm_Transaction_hpp
#define oatpp_orm_Transaction_hpp

#include "Executor.hpp"

#include "oatpp/core/base/ObjectHandle.hpp"

namespace oatpp { namespace orm {

/**
 * Database transaction.
 */
class Transaction {
private:
  base::ObjectHandle<Executor> m_executor;
  bool m_open;
private:
  provider::ResourceHandle<Connection> m_connection;
public:

  Transaction(const base::ObjectHandle<Executor>& executor, const provider::ResourceHandle<Connection>& connection = nullptr);

  Transaction(const Transaction& other) = delete;

  Transaction(Transaction&& other);

  /**
   * Virtual destructor. <br>
   * Will automatically call &l:Transaction::rollback (); if there was no prior call to &l:Transaction::commit (); method.
   */
  virtual ~Transaction();

  Transaction& operator=(const Transaction& other) = delete;
  Transaction& operator=(Transaction&& other);

  /**
   * Get the database connection associated with the transaction. <br>
   * **Note:** all database queries within the transaction MUST be called on this connection.
   */
  provider::ResourceHandle<Connection> getConnection() const;

  std::shared_ptr<QueryResult> commit();

  std::shared_ptr<QueryResult> rollback();

};

}}

#endif // oatpp_orm_Transaction_hpp
