// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb/odb/connection.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
// Kept with the real signatures: odb::connection (database(), pure virtual begin(), execute() x3,
// tracer(), transaction_tracer(), virtual dtor, recycle(), protected ctor(connection_factory&),
// factory_/tracer_ members) and odb::connection_factory. Omitted: prepared-query API
// (prepare_query/cache_query/lookup_query) and the result/prepared-query bookkeeping members.
// Out-of-line members are declared only, as in the real header (defined in libodb's connection.cxx).
#ifndef ODB_CONNECTION_HXX
#define ODB_CONNECTION_HXX

#include <cstddef>  // std::size_t
#include <string>

#include <odb/forward.hxx>
#include <odb/details/shared-ptr.hxx>

namespace odb
{
  class transaction_impl;
  class connection_factory;

  class connection;
  typedef details::shared_ptr<connection> connection_ptr;

  class connection: public details::shared_base
  {
  public:
    typedef odb::database database_type;

    database_type&
    database ();

    // Transactions.
    //
  public:
    virtual transaction_impl*
    begin () = 0;

    // Native database statement execution. Note that unlike the
    // versions in the database class, these can be executed
    // without a transaction.
    //
  public:
    unsigned long long
    execute (const char* statement);

    unsigned long long
    execute (const std::string& statement);

    virtual unsigned long long
    execute (const char* statement, std::size_t length) = 0;

    // SQL statement tracing.
    //
  public:
    typedef odb::tracer tracer_type;

    void
    tracer (tracer_type&);

    void
    tracer (tracer_type*);

    tracer_type*
    tracer () const;

  public:
    tracer_type*
    transaction_tracer () const;

  public:
    virtual
    ~connection ();

    // Recycle the connection to be used by another thread. This call
    // invalidates uncached prepared queries.
    //
    void
    recycle ();

  protected:
    connection (connection_factory&);

  private:
    connection (const connection&);
    connection& operator= (const connection&);

  protected:
    connection_factory& factory_;
    tracer_type* tracer_;

    // Implementation details.
    //
  public:
    tracer_type* transaction_tracer_;
  };

  class connection_factory
  {
  public:
    typedef odb::database database_type;

    connection_factory (): db_ (0) {}

    database_type&
    database () {return *db_;}

  protected:
    database_type* db_;
  };
}

#endif // ODB_CONNECTION_HXX
