// conncheck test stub.
// Mirrors: rbock/sqlpp11  include/sqlpp11/postgresql/detail/prepared_statement_handle.h @ tag 0.66 (commit 6180ee5e49e7a824aab98080207a8d9b5c3d5c99).
// Only detail::statement_handle_t (the type returned, via shared_ptr, by connection_base::execute(const std::string&)).
// The real struct also has a `Result result` member (sqlpp::postgresql::Result wrapping PGresult*), omitted here;
// prepared_statement_handle_t is omitted.
#pragma once

#include <sqlpp11/postgresql/detail/connection_handle.h>

namespace sqlpp
{
  namespace postgresql
  {
    namespace detail
    {
      struct statement_handle_t
      {
        connection_handle& connection;
        bool valid = false;
        int count = 0;
        int total_count = 0;
        int fields = 0;

        // ctor
        statement_handle_t(connection_handle& _connection) : connection(_connection)
        {
        }

        statement_handle_t(const statement_handle_t&) = delete;
        statement_handle_t(statement_handle_t&&) = delete;
        statement_handle_t& operator=(const statement_handle_t&) = delete;
        statement_handle_t& operator=(statement_handle_t&&) = delete;

        virtual ~statement_handle_t()
        {
        }

        bool operator!() const
        {
          return !valid;
        }
      };
    }
  }
}
