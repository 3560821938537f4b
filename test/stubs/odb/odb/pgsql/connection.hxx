// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb-pgsql/odb/pgsql/connection.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
// odb::pgsql::connection and odb::pgsql::connection_factory with the real signatures. Omitted:
// prepare_query templates, statement_cache(), and the private handle/statement-cache members.
// Out-of-line members are declared only (libodb-pgsql connection.cxx).
// Semantics (real): connection::begin() returns new transaction_impl (connection_ptr (inc_ref (this))),
// i.e. the transaction runs on this very connection.
#ifndef ODB_PGSQL_CONNECTION_HXX
#define ODB_PGSQL_CONNECTION_HXX

#include <cstddef> // std::size_t

#include <odb/connection.hxx>

#include <odb/details/shared-ptr.hxx>

#include <odb/pgsql/forward.hxx>
#include <odb/pgsql/transaction-impl.hxx>

struct pg_conn;
typedef struct pg_conn PGconn; // Real: <odb/pgsql/pgsql-fwd.hxx>

namespace odb
{
  namespace pgsql
  {
    class statement_cache;
    class connection_factory;

    class connection;
    typedef details::shared_ptr<connection> connection_ptr;

    class connection: public odb::connection
    {
    public:
      typedef pgsql::statement_cache statement_cache_type;
      typedef pgsql::database database_type;

      virtual
      ~connection ();

      connection (connection_factory&);
      connection (connection_factory&, PGconn* handle);

      database_type&
      database ();

    public:
      virtual transaction_impl*
      begin ();

    public:
      using odb::connection::execute;

      virtual unsigned long long
      execute (const char* statement, std::size_t length);

    public:
      bool
      failed () const
      {
        return failed_;
      }

      void
      mark_failed ()
      {
        failed_ = true;
      }

    public:
      PGconn*
      handle ()
      {
        return handle_;
      }

      // Server version as returned by PQserverVersion(), for example, 90200
      // (9.2.0), 90201 (9.2.1), 100000 (10.0), 110001 (11.1).
      //
      int
      server_version () const;

    private:
      connection (const connection&);
      connection& operator= (const connection&);

    private:
      PGconn* handle_; // Real: auto_handle<PGconn>
      bool failed_;
    };

    class connection_factory:
      public odb::connection_factory
    {
    public:
      typedef pgsql::database database_type;

      virtual void
      database (database_type&);

      database_type&
      database () {return *db_;}

      virtual connection_ptr
      connect () = 0;

      virtual
      ~connection_factory ();

      connection_factory (): db_ (0) {}

      // Needed to break the circular connection_factory-database dependency
      // (odb::connection_factory has the odb::database member).
      //
    protected:
      database_type* db_;
    };
  }
}

#endif // ODB_PGSQL_CONNECTION_HXX
