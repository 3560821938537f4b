// conncheck test stub.
// Mirrors: rbock/sqlpp11  include/sqlpp11/postgresql/detail/connection_handle.h @ tag 0.66 (commit 6180ee5e49e7a824aab98080207a8d9b5c3d5c99).
// Only the members used by the connection classes: config, ctor(shared_ptr<const connection_config>) (real one
// calls PQconnectdb), is_connected(), ping_server(), native_handle(). The libpq PGconn is left opaque.
#pragma once

#include <memory>
#include <set>
#include <string>

struct pg_conn;
typedef struct pg_conn PGconn;

namespace sqlpp
{
  namespace postgresql
  {
    struct connection_config;

    namespace detail
    {
      struct connection_handle
      {
        std::shared_ptr<const connection_config> config;
        std::set<std::string> prepared_statement_names;

        connection_handle(const std::shared_ptr<const connection_config>& conf) : config{conf}
        {
        }

        connection_handle(const connection_handle&) = delete;
        connection_handle(connection_handle&&) = default;

        ~connection_handle()
        {
        }

        PGconn* native_handle() const
        {
          return nullptr;
        }

        bool is_connected() const
        {
          return false;
        }

        bool ping_server() const
        {
          return false;
        }
      };
    }
  }
}
