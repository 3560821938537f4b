// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb-pgsql/odb/pgsql/database.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
// All four constructors and the move ctor with the real signatures (last argument
// details::transfer_ptr<connection_factory>, default: none -> the real database then creates a
// connection_pool_factory() itself), begin() (covariant: returns odb::pgsql::transaction_impl*),
// connection() returning odb::pgsql::connection_ptr, connection_(), the accessors, print_usage().
// Omitted: the object persistence/query API, load_schema_version(), pgsql::tracer overloads.
// Out-of-line members are declared only (libodb-pgsql database.cxx).
// Semantics (real): begin() == new transaction_impl (*this) (no connection yet, see transaction-impl.hxx);
// connection() == factory_->connect() (blocks while a bounded pool is exhausted).
#ifndef ODB_PGSQL_DATABASE_HXX
#define ODB_PGSQL_DATABASE_HXX

#include <string>
#include <iosfwd> // std::ostream

#include <odb/database.hxx>
#include <odb/details/unique-ptr.hxx>
#include <odb/details/transfer-ptr.hxx>

#include <odb/pgsql/forward.hxx>
#include <odb/pgsql/connection.hxx>
#include <odb/pgsql/connection-factory.hxx>

namespace odb
{
  namespace pgsql
  {
    class transaction_impl;

    class database: public odb::database
    {
    public:
      database (const std::string& user,
                const std::string& password,
                const std::string& db,
                const std::string& host = "",
                unsigned int port = 0,
                const std::string& extra_conninfo = "",
                details::transfer_ptr<connection_factory> =
                  details::transfer_ptr<connection_factory> ());

      database (const std::string& user,
                const std::string& password,
                const std::string& db,
                const std::string& host,
                const std::string& socket_ext,
                const std::string& extra_conninfo = "",
                details::transfer_ptr<connection_factory> =
                  details::transfer_ptr<connection_factory> ());

      explicit
      database (const std::string& conninfo,
                details::transfer_ptr<connection_factory> =
                  details::transfer_ptr<connection_factory> ());

      database (int& argc,
                char* argv[],
                bool erase = false,
                const std::string& extra_conninfo = "",
                details::transfer_ptr<connection_factory> =
                  details::transfer_ptr<connection_factory> ());

      // Move-constructible but not move-assignable.
      //
      database (database&&);

      static void
      print_usage (std::ostream&);

      // Transactions.
      //
    public:
      virtual transaction_impl*
      begin ();

    public:
      connection_ptr
      connection ();

    public:
      // Database id constant (useful for meta-programming).
      //
      static const odb::database_id database_id = id_pgsql;

    public:
      virtual
      ~database ();

    protected:
      virtual odb::connection*
      connection_ ();

    public:
      const std::string&
      user () const
      {
        return user_;
      }

      const std::string&
      password () const
      {
        return password_;
      }

      const std::string&
      db () const
      {
        return db_;
      }

      const std::string&
      host () const
      {
        return host_;
      }

      unsigned int
      port () const
      {
        return port_;
      }

      const std::string&
      socket_ext () const
      {
        return socket_ext_;
      }

      const std::string&
      extra_conninfo () const
      {
        return extra_conninfo_;
      }

      const std::string&
      conninfo () const
      {
        return conninfo_;
      }

    private:
      std::string user_;
      std::string password_;
      std::string db_;
      std::string host_;
      unsigned int port_;
      std::string socket_ext_;
      std::string extra_conninfo_;
      std::string conninfo_;
      details::unique_ptr<connection_factory> factory_;
    };

    // database.ixx
    //
    inline connection_ptr database::
    connection ()
    {
      // Go through the virtual connection_() function instead of
      // directly to allow overriding.
      //
      return connection_ptr (
        static_cast<pgsql::connection*> (connection_ ()));
    }
  }
}

// Real: included via odb/pgsql/database.ixx.
#include <odb/pgsql/transaction.hxx>

#endif // ODB_PGSQL_DATABASE_HXX
