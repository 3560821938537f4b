// conncheck test stub.
// Mirrors: rbock/sqlpp11  include/sqlpp11/postgresql/connection.h @ tag 0.66 (commit 6180ee5e49e7a824aab98080207a8d9b5c3d5c99);
// the transaction / execute member signatures are identical since 0.64.
//
// IMPORTANT for fully qualified matching: every member function lives in
//   sqlpp::postgresql::connection_base
// and the user-facing names are aliases:
//   sqlpp::postgresql::connection        = sqlpp::normal_connection<connection_base>
//   sqlpp::postgresql::pooled_connection = sqlpp::pooled_connection<connection_base>
//
// Kept (same signatures as the real ones): the _config_t/_config_ptr_t/_handle_t/_handle_ptr_t typedefs,
// execute(const std::string&) -> std::shared_ptr<detail::statement_handle_t>, escape(),
// set_default_isolation_level(), get_default_isolation_level(), savepoint(), rollback_to_savepoint(),
// release_savepoint(), start_transaction(isolation_level = undefined), commit_transaction(),
// rollback_transaction(bool), report_rollback_failure(), is_transaction_active(), last_insert_id(),
// native_handle(), the protected _handle member and the protected constructors.
// Omitted: context_t/serializer machinery, select/insert/update/remove, the prepare_* / run_prepared_*
// members, the templated execute(const Execute&) overloads for sqlpp statements, operator()(const T&)
// and prepare(const T&) (they need the whole sqlpp11 expression machinery).
// Bodies are trivial: no SQL is sent.
#pragma once

#include <sqlpp11/compat/make_unique.h>
#include <sqlpp11/connection.h>
#include <sqlpp11/postgresql/connection_config.h>
#include <sqlpp11/postgresql/detail/connection_handle.h>
#include <sqlpp11/postgresql/detail/prepared_statement_handle.h>
#include <sqlpp11/transaction.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>

struct pg_conn;
typedef struct pg_conn PGconn;

namespace sqlpp
{
  namespace postgresql
  {
    // Base connection class
    class connection_base : public sqlpp::connection
    {
    private:
      bool _transaction_active{false};

    public:
      using _connection_base_t = connection_base;
      using _config_t = connection_config;
      using _config_ptr_t = std::shared_ptr<const _config_t>;
      using _handle_t = detail::connection_handle;
      using _handle_ptr_t = std::unique_ptr<_handle_t>;

      //! Execute a single statement (like creating a table).
      //! Note that technically, this supports executing multiple statements today, but this is likely to change to
      //! align with other connectors.
      std::shared_ptr<detail::statement_handle_t> execute(const std::string& stmt)
      {
        (void)stmt;
        return std::make_shared<detail::statement_handle_t>(*_handle);
      }

      // escape argument
      std::string escape(const std::string& s) const
      {
        return s;
      }

      //! set the default transaction isolation level to use for new transactions
      void set_default_isolation_level(isolation_level level)
      {
        (void)level;
      }

      //! get the currently set default transaction isolation level
      isolation_level get_default_isolation_level()
      {
        return isolation_level::undefined;
      }

      //! create savepoint
      void savepoint(const std::string& name)
      {
        execute("SAVEPOINT " + name);
      }

      //! ROLLBACK TO SAVEPOINT
      void rollback_to_savepoint(const std::string& name)
      {
        execute("ROLLBACK TO SAVEPOINT " + name);
      }

      //! release_savepoint
      void release_savepoint(const std::string& name)
      {
        execute("RELEASE SAVEPOINT " + name);
      }

      //! start transaction (real: execute("BEGIN ...") according to level)
      void start_transaction(isolation_level level = isolation_level::undefined)
      {
        (void)level;
        _transaction_active = true;
      }

      //! commit transaction (or throw transaction if transaction has finished already)
      void commit_transaction()
      {
        _transaction_active = false;
      }

      //! rollback transaction
      void rollback_transaction(bool report)
      {
        (void)report;
        _transaction_active = false;
      }

      //! report rollback failure
      void report_rollback_failure(const std::string& message) noexcept
      {
        (void)message;
      }

      //! check if transaction is active
      bool is_transaction_active()
      {
        return _transaction_active;
      }

      //! get the last inserted id for a certain table
      uint64_t last_insert_id(const std::string& table, const std::string& fieldname)
      {
        (void)table;
        (void)fieldname;
        return 0;
      }

      ::PGconn* native_handle() const
      {
        return _handle->native_handle();
      }

    protected:
      _handle_ptr_t _handle;

      // Constructors
      connection_base() = default;
      connection_base(_handle_ptr_t&& handle) : _handle{std::move(handle)}
      {
      }
    };

    using connection = sqlpp::normal_connection<connection_base>;
    using pooled_connection = sqlpp::pooled_connection<connection_base>;
  }  // namespace postgresql
}  // namespace sqlpp
