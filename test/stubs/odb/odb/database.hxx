// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb/odb/database.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
// Kept with the real signatures: virtual dtor, move ctor, private copy, native execute() x3,
// pure virtual begin() returning transaction_impl* (NOT an odb::transaction: callers write
// "odb::transaction t (db.begin ());"), connection() returning connection_ptr, tracer(), id(),
// protected ctor(database_id) and pure virtual connection_().
// Omitted: the object persistence/query API (persist/load/find/update/erase/query/query_one/
// query_value/prepare_query/...), prepared query factories and schema version API.
// Out-of-line members are declared only (libodb database.cxx).
#ifndef ODB_DATABASE_HXX
#define ODB_DATABASE_HXX

#include <cstddef> // std::size_t
#include <string>

#include <odb/forward.hxx>
#include <odb/connection.hxx>

namespace odb
{
  class transaction_impl;

  class database
  {
  public:
    virtual
    ~database ();

    database (database&& d)
        : id_ (d.id_),
          tracer_ (d.tracer_)
    {
    }

  private:
    database (const database&);
    database& operator= (const database&);

    database& operator= (const database&&);

    // (Real: part of the prepared query factory section.)
    //
  public:
    typedef odb::connection connection_type;

    // Native database statement execution.
    //
  public:
    unsigned long long
    execute (const char* statement);

    unsigned long long
    execute (const std::string& statement);

    unsigned long long
    execute (const char* statement, std::size_t length);

    // Transactions.
    //
  public:
    virtual transaction_impl*
    begin () = 0;

    // Connections.
    //
  public:
    connection_ptr
    connection ();

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

    // Database id.
    //
  public:
    database_id
    id () const;

  protected:
    database (database_id);

  protected:
    virtual connection_type*
    connection_ () = 0;

  protected:
    database_id id_;
    tracer_type* tracer_;
  };

  // database.ixx
  //
  inline database::
  database (database_id id)
      : id_ (id),
        tracer_ (0)
  {
  }

  inline database_id database::
  id () const
  {
    return id_;
  }

  inline connection_ptr database::
  connection ()
  {
    return connection_ptr (connection_ ());
  }
}

// Real: included via odb/database.txx.
#include <odb/transaction.hxx>

#endif // ODB_DATABASE_HXX
