// conncheck test stub.
// Mirrors: userver-framework/userver  postgresql/include/userver/storages/postgres/transaction.hpp @ tag v2.4 (commit a23d316f9793be631eccec22752eb4ce7a9c90bf); same signatures in v2.0 .. v2.4.
// Kept with the real signatures: RW/RO/Deferrable constants, kDefaultRowsInChunk, the explicit
// ConnectionPtr&& ctor, SetName, move-only special members, ~Transaction, Execute (4 overloads),
// ExecuteBulk / ExecuteDecomposeBulk (declared only), SetParameter, Commit, Rollback.
// Omitted: MakePortal (Portal not stubbed), the *Debug getters and private helpers.
// Template bodies are trivial (real ones bind parameters and call DoExecute on the held connection).
//
// Semantics (real, transaction.cpp): the Transaction owns a detail::ConnectionPtr taken from the pool by
// Cluster::Begin (BEGIN already sent). Commit() sends COMMIT and then resets conn_ (connection returned to
// the pool). Rollback() moves conn_ out, sends ROLLBACK, connection returned. ~Transaction() rolls back if
// the connection is still in a transaction; destroying conn_ returns the connection. Moving a Transaction
// moves the connection ownership.
#pragma once

#include <userver/conncheck_stub_namespace.hpp>

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include <userver/storages/postgres/detail/connection_ptr.hpp>
#include <userver/storages/postgres/options.hpp>
#include <userver/storages/postgres/parameter_store.hpp>
#include <userver/storages/postgres/postgres_fwd.hpp>
#include <userver/storages/postgres/query.hpp>
#include <userver/storages/postgres/result_set.hpp>

USERVER_NAMESPACE_BEGIN

namespace storages::postgres {

namespace detail {
// Real: userver/storages/postgres/detail/time_types.hpp,
// "using SteadyClock = USERVER_NAMESPACE::utils::datetime::SteadyClock;" (a std::chrono::steady_clock subclass).
using SteadyClock = std::chrono::steady_clock;
}  // namespace detail

/// @brief PostgreSQL transaction.
///
/// RAII wrapper for running transactions on PostgreSQL connections. Should be
/// retrieved by calling storages::postgres::Cluster::Begin().
///
/// Non-copyable.
///
/// If the transaction is not explicitly finished (either committed or rolled back)
/// it will roll itself back in the destructor.
class Transaction {
 public:
  //@{
  /** @name Shortcut transaction options constants */
  /// Read-write read committed transaction
  static constexpr TransactionOptions RW{};
  /// Read-only read committed transaction
  static constexpr TransactionOptions RO{TransactionOptions::kReadOnly};
  /// Read-only serializable deferrable transaction
  static constexpr TransactionOptions Deferrable{
      TransactionOptions::Deferrable()};
  //@}

  static constexpr std::size_t kDefaultRowsInChunk = 1024;

  /// @cond
  explicit Transaction(detail::ConnectionPtr&& conn,
                       const TransactionOptions& = RW,
                       OptionalCommandControl trx_cmd_ctl = {},
                       detail::SteadyClock::time_point trx_start_time =
                           detail::SteadyClock::now());

  void SetName(std::string name);
  /// @endcond

  Transaction(Transaction&&) noexcept;
  Transaction& operator=(Transaction&&) noexcept;

  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  ~Transaction();

  /// @brief Execute statement with arbitrary parameters.
  template <typename... Args>
  ResultSet Execute(const Query& query, const Args&... args) {
    return Execute(OptionalCommandControl{}, query, args...);
  }

  /// @brief Execute statement with specified parameters and
  /// statement-specific command control.
  template <typename... Args>
  ResultSet Execute(OptionalCommandControl statement_cmd_ctl,
                    const Query& query, const Args&... args) {
    (void)statement_cmd_ctl;
    (void)query;
    ((void)args, ...);
    return ResultSet{nullptr};
  }

  /// @brief Execute statement with stored parameters.
  ResultSet Execute(const Query& query, const ParameterStore& store) {
    return Execute(OptionalCommandControl{}, query, store);
  }

  /// @brief Execute statement with stored parameters and
  /// statement-specific command control.
  ResultSet Execute(OptionalCommandControl statement_cmd_ctl,
                    const Query& query, const ParameterStore& store);

  /// Execute statement that uses an array of arguments splitting that array in
  /// chunks and executing the statement with a chunk of arguments.
  template <typename Container>
  void ExecuteBulk(const Query& query, const Container& args,
                   std::size_t chunk_rows = kDefaultRowsInChunk);

  template <typename Container>
  void ExecuteBulk(OptionalCommandControl statement_cmd_ctl, const Query& query,
                   const Container& args,
                   std::size_t chunk_rows = kDefaultRowsInChunk);

  template <typename Container>
  void ExecuteDecomposeBulk(const Query& query, const Container& args,
                            std::size_t chunk_rows = kDefaultRowsInChunk);

  template <typename Container>
  void ExecuteDecomposeBulk(OptionalCommandControl statement_cmd_ctl,
                            const Query& query, const Container& args,
                            std::size_t chunk_rows = kDefaultRowsInChunk);

  /// Set a connection parameter
  void SetParameter(const std::string& param_name, const std::string& value);

  /// Commit the transaction
  /// Suspends coroutine until command complete.
  /// After Commit or Rollback is called, the transaction is not usable any
  /// more.
  void Commit();
  /// Rollback the transaction
  /// Suspends coroutine until command complete.
  /// After Commit or Rollback is called, the transaction is not usable any
  /// more.
  void Rollback();

 private:
  std::string name_;
  detail::ConnectionPtr conn_;
};

}  // namespace storages::postgres

USERVER_NAMESPACE_END
