//===--- OwnershipSummaries.h - which functions give a handle back --------===//
//
// "Passed to a function that checks it in" must not be a leak: a helper
// that calls the release (or stores the handle where it outlives the call,
// taking ownership) is summarised once, from its body, flow-insensitively.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_ANALYSIS_OWNERSHIPSUMMARIES_H
#define CONNCHECK_ANALYSIS_OWNERSHIPSUMMARIES_H

#include "ScopeDataflow.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace conncheck {

class OwnershipSummaries : public CalleeFacts {
public:
  OwnershipSummaries(clang::ASTContext &Ctx, rules::RoleCatalogue &Roles)
      : Ctx(Ctx), Roles(Roles) {}

  bool releasesParam(const clang::FunctionDecl *Callee,
                     unsigned Index) override;

private:
  clang::ASTContext &Ctx;
  rules::RoleCatalogue &Roles;
  using Key = std::pair<const clang::FunctionDecl *, unsigned>;
  llvm::DenseMap<Key, bool> Memo;
  llvm::DenseSet<Key> InProgress;
};

} // namespace conncheck

#endif
