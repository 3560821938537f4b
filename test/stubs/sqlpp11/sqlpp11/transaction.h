// conncheck test stub.
// Mirrors: rbock/sqlpp11  include/sqlpp11/transaction.h @ tag 0.66 (commit 6180ee5e49e7a824aab98080207a8d9b5c3d5c99).
// Full API of the real header (it is small): quiet_auto_rollback / report_auto_rollback, enum class
// isolation_level, transaction_t<Db> and both start_transaction overloads. Bodies are the real ones
// (they only call the Db's start_transaction / commit_transaction / rollback_transaction /
// report_rollback_failure).
#pragma once

#include <stdexcept>
#include <string>

namespace sqlpp
{
  static constexpr bool quiet_auto_rollback = false;
  static constexpr bool report_auto_rollback = true;

  enum class isolation_level
  {
    undefined,        // use the current database default
    serializable,     // highest level, stronguest guarantee
    repeatable_read,  // DBMS holds read and write locks
    read_committed,   // DMBS holds read locks, non-repeatable reads can occur
    read_uncommitted  // lowest isolation level, dirty reads may occur
  };

  template <typename Db>
  class transaction_t
  {
    Db& _db;
    const bool _report_unfinished_transaction;
    bool _finished = false;

  public:
    // Issues BEGIN on the connection (Db::start_transaction()).
    transaction_t(Db& db, bool report_unfinished_transaction)
        : _db(db), _report_unfinished_transaction(report_unfinished_transaction)
    {
      _db.start_transaction();
    }

    transaction_t(Db& db, bool report_unfinished_transaction, isolation_level isolation)
        : _db(db), _report_unfinished_transaction(report_unfinished_transaction)
    {
      _db.start_transaction(isolation);
    }

    transaction_t(const transaction_t&) = delete;
    transaction_t(transaction_t&& other)
        : _db(other._db), _report_unfinished_transaction(other._report_unfinished_transaction), _finished(other._finished)
    {
        other._finished = true;
    }

    transaction_t& operator=(const transaction_t&) = delete;
    transaction_t& operator=(transaction_t&&) = delete;

    // Rolls back unless commit() or rollback() was called.
    ~transaction_t()
    {
      if (not _finished)
      {
        try
        {
          _db.rollback_transaction(_report_unfinished_transaction);
        }
        catch (const std::exception& e)
        {
          _db.report_rollback_failure(std::string("auto rollback failed: ") + e.what());
        }
        catch (...)
        {
          _db.report_rollback_failure("auto rollback failed with unknown exception");
        }
      }
    }

    void commit()
    {
      _finished = true;
      _db.commit_transaction();
    }

    void rollback()
    {
      _finished = true;
      _db.rollback_transaction(false);
    }
  };

  template <typename Db>
  transaction_t<Db> start_transaction(Db& db, bool report_unfinished_transaction = report_auto_rollback)
  {
    return {db, report_unfinished_transaction};
  }

  template <typename Db>
  transaction_t<Db> start_transaction(Db& db,
                                      isolation_level isolation,
                                      bool report_unfinished_transaction = report_auto_rollback)
  {
    return {db, report_unfinished_transaction, isolation};
  }
}  // namespace sqlpp
