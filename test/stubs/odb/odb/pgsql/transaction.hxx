// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb-pgsql/odb/pgsql/transaction.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
// Verbatim API (tracer overloads taking pgsql::tracer omitted). Members declared only
// (real bodies in transaction.ixx cast the odb::transaction results to the pgsql types).
#ifndef ODB_PGSQL_TRANSACTION_HXX
#define ODB_PGSQL_TRANSACTION_HXX

#include <odb/transaction.hxx>

#include <odb/pgsql/forward.hxx>

namespace odb
{
  namespace pgsql
  {
    class transaction_impl;

    class transaction: public odb::transaction
    {
    public:
      typedef pgsql::database database_type;
      typedef pgsql::connection connection_type;

      explicit
      transaction (transaction_impl*, bool make_current = true);

      transaction ();

      // Return the database this transaction is on.
      //
      database_type&
      database ();

      // Return the underlying database connection for this transaction.
      //
      connection_type&
      connection ();

      connection_type&
      connection (odb::database&);

      // Return current transaction or throw if there is no transaction
      // in effect.
      //
      static transaction&
      current ();

      // Set the current thread's transaction.
      //
      static void
      current (transaction&);

      using odb::transaction::tracer;

    public:
      transaction_impl&
      implementation ();
    };
  }
}

#endif // ODB_PGSQL_TRANSACTION_HXX
