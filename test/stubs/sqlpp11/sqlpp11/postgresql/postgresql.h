// conncheck test stub.
// Mirrors: rbock/sqlpp11  include/sqlpp11/postgresql/postgresql.h @ tag 0.66 (commit 6180ee5e49e7a824aab98080207a8d9b5c3d5c99).
// Umbrella header; the real one also includes exception.h, insert.h, remove.h, update.h (not stubbed).
#pragma once

#include <sqlpp11/postgresql/connection.h>
#include <sqlpp11/postgresql/connection_pool.h>
