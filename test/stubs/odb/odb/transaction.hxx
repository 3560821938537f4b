// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb/odb/transaction.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
// odb::transaction and odb::transaction_impl with the real public API. Out-of-line members are declared only
// (libodb transaction.cxx); the inline ones from transaction.ixx are given their real bodies.
// Semantics (real): transaction(impl) calls reset(impl) -> impl->start() (for pgsql this grabs a
// connection from the factory/pool if impl has none, then sends BEGIN) and makes it the thread's current
// transaction; commit()/rollback() call impl->commit()/rollback() (pgsql: COMMIT/ROLLBACK, then releases
// the connection_ptr); ~transaction() calls rollback() unless finalized. The transaction_impl (and hence
// the connection it holds) lives until the odb::transaction is destroyed or reset.
#ifndef ODB_TRANSACTION_HXX
#define ODB_TRANSACTION_HXX

#include <cstddef> // std::size_t
#include <vector>

#include <odb/forward.hxx>

#include <odb/details/unique-ptr.hxx>

namespace odb
{
  class transaction_impl;

  class transaction
  {
  public:
    typedef odb::database database_type;
    typedef odb::connection connection_type;

    // If the second argument is false, then this transaction is not made
    // the current transaction of the thread.
    //
    explicit
    transaction (transaction_impl*, bool make_current = true);

    // Create a finalized transaction instance which can later be initialized
    // with reset().
    //
    transaction ();

    // Unless the transaction has already been finalized (explicitly
    // committed or rolled back), the destructor will roll it back.
    //
    ~transaction ();

    // Unless the current transaction has already been finalized (explicitly
    // committed or rolled back), reset will roll it back. If the second
    // argument is false, then this transaction is not made the current
    // transaction of the thread.
    //
    void
    reset (transaction_impl*, bool make_current = true);

    void
    commit ();

    void
    rollback ();

    // Return the database this transaction is on.
    //
    database_type&
    database ();

    // Return the connection this transaction is on.
    //
    connection_type&
    connection ();

    connection_type&
    connection (database_type&);

    bool
    finalized () const {return finalized_;}

  public:
    // Return true if there is a transaction in effect.
    //
    static bool
    has_current ();

    // Return current transaction or throw if there is no transaction
    // in effect.
    //
    static transaction&
    current ();

    // Set the current thread's transaction.
    //
    static void
    current (transaction&);

    // Revert to the no transaction in effect state for the current thread.
    //
    static void
    reset_current ();

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

    // Post-commit/rollback callbacks.
    //
  public:
    static const unsigned short event_commit = 0x01;
    static const unsigned short event_rollback = 0x02;
    static const unsigned short event_all = event_commit | event_rollback;

    typedef void (*callback_type) (
      unsigned short event, void* key, unsigned long long data);

    void
    callback_register (callback_type,
                       void* key,
                       unsigned short event = event_all,
                       unsigned long long data = 0,
                       transaction** state = 0);

    void
    callback_unregister (void* key);

    void
    callback_update (void* key,
                     unsigned short event,
                     unsigned long long data = 0,
                     transaction** state = 0);

  public:
    transaction_impl&
    implementation ();

    // Copying or assignment of transactions is not supported.
    //
  private:
    transaction (const transaction&);
    transaction& operator= (const transaction&);

  protected:
    bool finalized_;
    details::unique_ptr<transaction_impl> impl_;
  };

  class transaction_impl
  {
  public:
    typedef odb::tracer tracer_type;
    typedef odb::database database_type;
    typedef odb::connection connection_type;

    virtual
    ~transaction_impl ();

    virtual void
    start () = 0;

    virtual void
    commit () = 0;

    virtual void
    rollback () = 0;

    database_type&
    database ()
    {
      return database_;
    }

    virtual connection_type&
    connection (database_type*);

    virtual void
    tracer (tracer_type*);

    virtual tracer_type*
    tracer () const;

  protected:
    transaction_impl (database_type& db)
        : database_ (db), connection_ (0)
    {
    }

    transaction_impl (database_type& db, connection_type& c)
        : database_ (db), connection_ (&c)
    {
    }

  protected:
    database_type& database_;
    connection_type* connection_;
  };

  // transaction.ixx
  //
  inline transaction::
  transaction ()
      : finalized_ (true),
        impl_ (0)
  {
  }

  inline transaction::
  transaction (transaction_impl* impl, bool make_current)
      : finalized_ (true),
        impl_ (0)
  {
    reset (impl, make_current);
  }

  inline transaction::database_type& transaction::
  database ()
  {
    return impl_->database ();
  }

  inline transaction::connection_type& transaction::
  connection ()
  {
    return impl_->connection (0);
  }

  inline transaction::connection_type& transaction::
  connection (database_type& db)
  {
    return impl_->connection (&db);
  }

  inline transaction_impl& transaction::
  implementation ()
  {
    return *impl_;
  }

  inline void transaction::
  tracer (tracer_type& t)
  {
    impl_->tracer (&t);
  }

  inline void transaction::
  tracer (tracer_type* t)
  {
    impl_->tracer (t);
  }

  inline transaction::tracer_type* transaction::
  tracer () const
  {
    return impl_->tracer ();
  }
}

#endif // ODB_TRANSACTION_HXX
