// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb-pgsql/odb/pgsql/transaction-impl.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
// Verbatim API. Members declared only (defined in libodb-pgsql transaction-impl.cxx).
// Semantics (real): ctor(database&) holds no connection; start() then takes one with
// database.connection() (-> connection_factory::connect(), i.e. from the pool) and sends "begin".
// ctor(connection_ptr) (used by pgsql::connection::begin()) reuses that connection. commit()/rollback()
// send "commit"/"rollback" and then connection_.reset() (returns it to the pool if that was the last ref).
#ifndef ODB_PGSQL_TRANSACTION_IMPL_HXX
#define ODB_PGSQL_TRANSACTION_IMPL_HXX

#include <odb/transaction.hxx>

#include <odb/pgsql/forward.hxx>
#include <odb/details/shared-ptr.hxx>

namespace odb
{
  namespace pgsql
  {
    class transaction_impl: public odb::transaction_impl
    {
    public:
      typedef pgsql::database database_type;
      typedef pgsql::connection connection_type;

      transaction_impl (database_type&);
      transaction_impl (connection_ptr);

      virtual
      ~transaction_impl ();

      virtual void
      start ();

      virtual void
      commit ();

      virtual void
      rollback ();

    private:
      connection_ptr connection_;
    };
  }
}

#endif // ODB_PGSQL_TRANSACTION_IMPL_HXX
