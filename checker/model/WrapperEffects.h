//===--- WrapperEffects.h - what an in-house wrapper does when called ----===//
//
// The model of a function that stands for a described call: it begins or
// ends a transaction or lease (on its object, or on a connection it is
// handed), runs the SQL text it is given, or returns a connection it took.
// Plain data: a unit computes these from a body it sees, and the link step
// carries them to the units that call the function without seeing it.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_MODEL_WRAPPEREFFECTS_H
#define CONNCHECK_MODEL_WRAPPEREFFECTS_H

#include "../rules/RulePack.h"

#include "llvm/ADT/StringMap.h"

#include <optional>
#include <string>

namespace conncheck {

/// What a method does to the scopes its object holds: an in-house
/// wrapper's `beginTransaction()` begins one, its `commit()` ends it.
struct MemberScopeEffect {
  enum Effect { None, Begins, Ends } Effect = None;
  rules::ScopeKind Kind = rules::ScopeKind::Transaction;
  /// For a connection it opens: false when its rule says it is not from a
  /// pool (`sqlite3_open` into a member): it must be closed, but holding it
  /// starves no pool.
  bool Pooled = true;
};

/// An in-house function that runs the SQL text it is given on a connection
/// (`void Conn::exec(const char *sql) { PQexec(conn_, sql); }`): its
/// callers' `exec("BEGIN")` begins a transaction on the connection.
struct SqlTextWrapper {
  unsigned SqlParam = 0;
  /// The connection: the object the method is called on, or a parameter.
  std::optional<unsigned> HandleParam;
};

/// A function that begins or ends a transaction on the connection it is
/// handed (`bool beginTx(QSqlDatabase &db) { return db.transaction(); }`).
struct ParamScopeEffect {
  enum MemberScopeEffect::Effect Effect = MemberScopeEffect::None;
  rules::ScopeKind Kind = rules::ScopeKind::Transaction;
  unsigned HandleParam = 0;
  /// It returns the result of a begin that says whether it began.
  bool ReturnsSuccess = false;
};

/// Everything a function's callers need to treat it as the described call
/// it wraps; empty for most functions.
struct WrapperEffects {
  std::optional<MemberScopeEffect> Member;
  /// It returns a connection it took with this acquire rule
  /// (rules::RoleCatalogue::acquireRuleId).
  std::string ReturnsAcquired;
  std::optional<SqlTextWrapper> SqlText;
  std::optional<ParamScopeEffect> ParamScope;

  bool empty() const {
    return !Member && ReturnsAcquired.empty() && !SqlText && !ParamScope;
  }
  /// One line that tells two effects apart (for the link step's rounds).
  std::string key() const;
};

/// The wrappers of the whole project, by USR: what a unit imports for the
/// functions it calls but whose bodies are in other units.
using ProjectWrappers = llvm::StringMap<WrapperEffects>;

} // namespace conncheck

#endif
