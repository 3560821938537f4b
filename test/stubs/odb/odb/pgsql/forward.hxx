// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb-pgsql/odb/pgsql/forward.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
// Core forward declarations only (statement/binding/*_statements forward declarations omitted).
#ifndef ODB_PGSQL_FORWARD_HXX
#define ODB_PGSQL_FORWARD_HXX

#include <odb/forward.hxx>

namespace odb
{
  namespace pgsql
  {
    namespace core
    {
      using namespace odb::common;
    }

    //
    //
    class database;
    class connection;
    typedef details::shared_ptr<connection> connection_ptr;
    class connection_factory;
    class statement;
    class transaction;
    class tracer;

    namespace core
    {
      using pgsql::database;
      using pgsql::connection;
      using pgsql::connection_ptr;
      using pgsql::transaction;
      using pgsql::statement;
    }

    class query_base;
  }
}

#endif // ODB_PGSQL_FORWARD_HXX
