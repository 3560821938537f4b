// conncheck test stub.
// Mirrors: rbock/sqlpp11  include/sqlpp11/postgresql/connection_pool.h @ tag 0.66 (commit 6180ee5e49e7a824aab98080207a8d9b5c3d5c99);
// exists since 0.64 (not present in 0.62/0.63). Verbatim apart from the license header.
#pragma once

#include <sqlpp11/connection_pool.h>
#include <sqlpp11/postgresql/connection.h>

namespace sqlpp
{
  namespace postgresql
  {
    using connection_pool = sqlpp::connection_pool<connection_base>;
  }  // namespace postgresql
} // namespace sqlpp
