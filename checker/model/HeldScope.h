//===--- HeldScope.h - what a function holds at a program point ----------===//
//
// The model layer: an open transaction, a connection or a lock held, with
// where it began and what holds it. A HeldSet is the dataflow state: every scope that is open on at least
// one path into a point, each marked with whether it is open on every path.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_MODEL_HELDSCOPE_H
#define CONNCHECK_MODEL_HELDSCOPE_H

#include "../rules/RulePack.h"

#include "clang/AST/Decl.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <string>

namespace conncheck {

struct HeldScope {
  rules::ScopeKind Kind = rules::ScopeKind::Transaction;
  /// What holds it: the variable, parameter or member declaration, or one of
  /// the UnknownHolder sentinels when the holder could not be named.
  const void *Holder = nullptr;
  /// Set when the scope is an object whose destructor ends it.
  const rules::RaiiTypeRule *Raii = nullptr;
  /// The local variable holding it, if any: unwinding out of the variable's
  /// block destroys it.
  const clang::VarDecl *LocalVar = nullptr;
  clang::SourceLocation Begin;
  /// Leases: the declaration holding the pool it came from, if known.
  const clang::ValueDecl *Pool = nullptr;
  /// The call or construction that began it.
  const clang::Expr *BegunBy = nullptr;
  /// Leases taken by a call: the rule, which says how it is given back.
  const rules::AcquireRule *Acquire = nullptr;
  /// A local bool that holds whether a try-acquire succeeded.
  const clang::VarDecl *SuccessFlag = nullptr;
  /// BegunBy returns whether it began the scope (a call-pair begin such as
  /// `db.transaction()`): where it returned false, nothing is open.
  bool BeginReturnsSuccess = false;
  /// With BeginReturnsSuccess: zero means it began (`pthread_mutex_trylock`).
  bool SuccessIsZero = false;
  /// Locks: the objects locked (the mutexes a lock object was built on; for
  /// a call pair, the holder itself).
  llvm::SmallVector<const clang::ValueDecl *, 1> Locked;
  /// A lock a pack says guards the database connection: holding it is
  /// holding the connection.
  bool GuardsConnection = false;
  /// The holder's name as written ("tx", "sql", "conn"), empty if unknown.
  std::string HolderName;
  /// How it began: the type ("pqxx::work") or the call ("SQL 'BEGIN'").
  std::string How;
  /// False when some path into this point had already ended it.
  bool OnEveryPath = true;
  /// For reference-counted scopes: begins not yet matched by an end,
  /// beyond the first (bounded so that loops converge).
  unsigned Nesting = 0;
  static constexpr unsigned MaxNesting = 8;
  /// Functions defined elsewhere that were handed the handle (and which
  /// parameter): they may have given it back.
  llvm::SmallVector<std::pair<const clang::FunctionDecl *, unsigned>, 1>
      MaybeReleasedBy;

  /// The local object whose destructor gives it back: a scope guard, a
  /// smart pointer with a releasing deleter. The scope is held until that
  /// object dies, as a scoped capability is, and cannot leak.
  const clang::VarDecl *Guard = nullptr;

  /// A handle that must be given back by a call: if it is still held when
  /// its variable dies, the connection leaks.
  bool needsRelease() const {
    return !Guard && Acquire &&
           (Acquire->Result == rules::AcquireRule::Handle ||
            Acquire->Result == rules::AcquireRule::HandleInArg);
  }
  /// A connection opened by an in-house wrapper from a call whose rule says
  /// it is not pooled.
  bool NotPooled = false;

  /// Whether holding it keeps a pool's connection from others.
  bool pooled() const {
    return Kind == rules::ScopeKind::Lease && !NotPooled &&
           (!Acquire || Acquire->Pooled);
  }

  /// Whether it is held on \p D: its holder, or an object it locked.
  bool heldOn(const clang::ValueDecl *D) const {
    return D && (Holder == D || llvm::is_contained(Locked, D));
  }

  bool sameState(const HeldScope &O) const {
    return Holder == O.Holder && OnEveryPath == O.OnEveryPath &&
           Nesting == O.Nesting;
  }
};

/// Holder of a scope whose handle expression named no declaration.
const void *unknownHolder(rules::ScopeKind Kind);

class HeldSet {
public:
  bool empty() const { return Scopes.empty(); }
  llvm::ArrayRef<HeldScope> scopes() const { return Scopes; }

  const HeldScope *find(const void *Holder) const {
    for (const HeldScope &S : Scopes)
      if (S.Holder == Holder)
        return &S;
    return nullptr;
  }
  HeldScope *find(const void *Holder) {
    for (HeldScope &S : Scopes)
      if (S.Holder == Holder)
        return &S;
    return nullptr;
  }
  /// The scope of \p Kind \p Holder holds: one object can hold a lease and
  /// the transaction begun on it (`conn->execute("START TRANSACTION")` on a
  /// pooled connection).
  const HeldScope *find(const void *Holder, rules::ScopeKind Kind) const {
    for (const HeldScope &S : Scopes)
      if (S.Holder == Holder && S.Kind == Kind)
        return &S;
    return nullptr;
  }

  /// Opens \p S; a holder that already holds a scope of its kind keeps the
  /// newest.
  void open(HeldScope S) {
    llvm::erase_if(Scopes, [&](const HeldScope &O) {
      return O.Holder == S.Holder && O.Kind == S.Kind;
    });
    Scopes.push_back(std::move(S));
  }

  void close(const void *Holder) {
    llvm::erase_if(Scopes,
                   [&](const HeldScope &S) { return S.Holder == Holder; });
  }

  template <typename Pred> void closeIf(Pred P) { llvm::erase_if(Scopes, P); }

  /// The most recently opened scope of \p Kind, if any.
  const HeldScope *innermost(rules::ScopeKind Kind) const {
    for (auto It = Scopes.rbegin(); It != Scopes.rend(); ++It)
      if (It->Kind == Kind)
        return &*It;
    return nullptr;
  }

  /// The locks held, innermost first.
  llvm::SmallVector<const HeldScope *, 2> locks() const {
    llvm::SmallVector<const HeldScope *, 2> Out;
    for (auto It = Scopes.rbegin(); It != Scopes.rend(); ++It)
      if (It->Kind == rules::ScopeKind::Lock)
        Out.push_back(&*It);
    return Out;
  }

  /// The most recently opened lease that holds a pool's connection.
  const HeldScope *innermostPooledLease() const {
    for (auto It = Scopes.rbegin(); It != Scopes.rend(); ++It)
      if (It->pooled())
        return &*It;
    return nullptr;
  }

  /// Merges the state of another path into this one. Returns whether this
  /// set changed.
  bool join(const HeldSet &Other) {
    bool Changed = false;
    for (HeldScope &S : Scopes) {
      const HeldScope *O = Other.find(S.Holder, S.Kind);
      bool Every = S.OnEveryPath && O && O->OnEveryPath;
      if (Every != S.OnEveryPath) {
        S.OnEveryPath = Every;
        Changed = true;
      }
      // The deepest nesting any path has: ending it takes that many ends.
      if (O && O->Nesting > S.Nesting) {
        S.Nesting = O->Nesting;
        Changed = true;
      }
      // A function that may have given it back on any path.
      if (O)
        for (const auto &R : O->MaybeReleasedBy)
          if (!llvm::is_contained(S.MaybeReleasedBy, R)) {
            S.MaybeReleasedBy.push_back(R);
            Changed = true;
          }
    }
    for (const HeldScope &O : Other.Scopes) {
      if (find(O.Holder, O.Kind))
        continue;
      HeldScope Copy = O;
      Copy.OnEveryPath = false;
      Scopes.push_back(std::move(Copy));
      Changed = true;
    }
    return Changed;
  }

private:
  llvm::SmallVector<HeldScope, 2> Scopes;
};

} // namespace conncheck

#endif
