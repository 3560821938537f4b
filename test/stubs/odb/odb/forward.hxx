// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb/odb/forward.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
// Only the core forward declarations, connection_ptr, database_id and tracer; the traits/access
// forward declarations are omitted.
#ifndef ODB_FORWARD_HXX
#define ODB_FORWARD_HXX

#include <cstddef> // std::size_t

#include <odb/details/shared-ptr-fwd.hxx>

namespace odb
{
  // Common and core namespaces. The idea is that you can use the
  // using directive to get database-independent (common) names or
  // all core names (core).
  //
  namespace common {}

  namespace core
  {
    using namespace common;
  }

  //
  //
  typedef unsigned long long schema_version;
  struct schema_version_migration;

  class database;
  class connection;
  typedef details::shared_ptr<connection> connection_ptr;
  class transaction;
  class statement;
  class session;
  class section;
  template <typename T> class result;

  namespace core
  {
    using odb::database;
    using odb::connection;
    using odb::connection_ptr;
    using odb::transaction;
    using odb::statement;
  }

  // Tracing.
  //
  class tracer; // Not in core.

  // Keep real databases first since their enumerators are used as array
  // indexes.
  //
  enum database_id
  {
    id_mysql,
    id_sqlite,
    id_pgsql,
    id_oracle,
    id_mssql,
    id_common
  };

  // Number of real databases (i.e., excluding default) in the database_id
  // enum.
  //
  const std::size_t database_count = id_common;
}

#endif // ODB_FORWARD_HXX
