//===--- CalleeEffects.h - what calling a function does to what is held --===//
//
// Summaries that make in-house wrappers work with no configuration, each
// computed once from the function's body:
// - a helper that gives a handle back (or stores it where it outlives the
//   call) is not a leak: "passed to a function that checks it in";
// - a method that begins or ends a transaction, or takes or gives back a
//   connection, kept in a member of its object (`db.beginTransaction()` /
//   `db.commit()`);
// - a function that returns a connection it took (`pool.borrow()`).
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_ANALYSIS_CALLEEEFFECTS_H
#define CONNCHECK_ANALYSIS_CALLEEEFFECTS_H

#include "ScopeDataflow.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"

#include <functional>
#include <map>
#include <set>
#include <tuple>

namespace conncheck {

class CalleeEffects : public CalleeFacts {
public:
  CalleeEffects(clang::ASTContext &Ctx, rules::RoleCatalogue &Roles,
                const ProjectWrappers *Imported = nullptr)
      : Ctx(Ctx), Roles(Roles), Imported(Imported) {}

  /// The functions of other units whose wrapper effects this unit asked
  /// for (their bodies are not here): if another unit says one is a
  /// wrapper, this unit's analysis changes with it.
  const llvm::StringSet<> &askedWrappers() const { return Asked; }

  bool releasesParam(const clang::FunctionDecl *Callee,
                     unsigned Index) override;
  bool mayReleaseElsewhere(const clang::FunctionDecl *Callee,
                           unsigned Index) override;
  /// Where parameter \p Index of \p FD (a definition) is handed to
  /// functions that may give it back in another translation unit.
  llvm::ArrayRef<std::pair<const clang::FunctionDecl *, unsigned>>
  forwards(const clang::FunctionDecl *FD, unsigned Index);
  MemberScopeEffect memberScopeEffect(const clang::FunctionDecl *Method) override;
  const rules::AcquireRule *returnsAcquired(const clang::FunctionDecl *Callee) override;
  bool endsParam(const clang::FunctionDecl *Callee, unsigned Index,
                 const HeldScope &Scope) override;
  std::optional<SlowChain>
  slowWhileParamHeld(const clang::FunctionDecl *Callee, unsigned Index,
                     const HeldScope &Scope, ChainWhileHeldFn ChainOf) override;
  /// The calls \p Def makes while the scope it is handed as parameter
  /// \p Index is still held (for the link step's summary).
  std::vector<const clang::Expr *> callsWhileParamHeld(const clang::FunctionDecl *Def,
                                                 unsigned Index,
                                                 const HeldScope &Scope);
  ThrowVerdict throwVerdict(const clang::Stmt *Site) override;
  std::optional<SqlTextWrapper>
  sqlTextWrapper(const clang::FunctionDecl *Callee) override;
  std::optional<ParamScopeEffect>
  paramScopeEffect(const clang::FunctionDecl *Callee) override;
  /// Whether the body of \p Def throws, or calls what does, outside a try
  /// block: Yes, No, or IfCalleeThrows for the first function of another
  /// unit it calls there.
  ThrowVerdict bodyThrows(const clang::FunctionDecl *Def);

private:
  /// What another unit says \p Callee, defined there, does when called;
  /// null when it is defined here, in a system header, or nowhere known.
  const WrapperEffects *imported(const clang::FunctionDecl *Callee);
  /// The definition of \p Callee whose body this unit summarises; null when
  /// it is in a system header, or defined elsewhere (\p Elsewhere then
  /// receives what its own unit says, if known).
  const clang::FunctionDecl *definitionHere(const clang::FunctionDecl *Callee,
                                            const WrapperEffects *&Elsewhere);

  /// What a function does with a scope it is handed: whether it ends it,
  /// and the slow call it reaches before.
  struct ParamScopeUse {
    bool Ends = false;
    std::optional<SlowChain> SlowBefore;
    /// The calls made while it is still held, in source order.
    std::vector<const clang::Expr *> CallsBefore;
  };
  const ParamScopeUse &paramScopeUse(const clang::FunctionDecl *Callee,
                                     unsigned Index, const HeldScope &Scope,
                                     ChainWhileHeldFn ChainOf);
  using ScopeKey = std::tuple<const clang::FunctionDecl *, unsigned,
                              const void *, const void *, int, bool>;
  std::map<ScopeKey, ParamScopeUse> ParamScopeUses;
  /// ChainOf was given for these entries (the slow call is known).
  std::set<ScopeKey> ChainsComputed;
  llvm::DenseMap<const clang::FunctionDecl *, std::optional<SqlTextWrapper>>
      SqlWrappers;
  llvm::DenseMap<const clang::FunctionDecl *, std::optional<ParamScopeEffect>>
      ParamEffects;
  llvm::DenseMap<const clang::FunctionDecl *, ThrowVerdict> Throws;
  llvm::DenseSet<const clang::FunctionDecl *> ThrowsInProgress;

  llvm::DenseMap<const clang::FunctionDecl *, MemberScopeEffect> MemberEffects;
  llvm::DenseMap<const clang::FunctionDecl *, const rules::AcquireRule *> Returned;
  llvm::DenseSet<const clang::FunctionDecl *> ReturnsInProgress;

  clang::ASTContext &Ctx;
  rules::RoleCatalogue &Roles;
  const ProjectWrappers *Imported;
  llvm::StringSet<> Asked;
  llvm::DenseMap<const clang::FunctionDecl *, const WrapperEffects *>
      ImportedByDecl;
  using Key = std::pair<const clang::FunctionDecl *, unsigned>;
  llvm::DenseMap<Key, bool> Memo;
  llvm::DenseSet<Key> InProgress;
  llvm::DenseMap<Key, llvm::SmallVector<Key, 1>> Forwarded;
};

} // namespace conncheck

#endif
