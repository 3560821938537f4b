//===--- ScopeDataflow.h - which scopes are open at each call ------------===//
//
// A forward dataflow over Clang's CFG, in the shape of Thread Safety
// Analysis: RAII objects open a scope at their declaration and close it at
// their implicit destructor; end calls, moves and returns close it early;
// states meet at joins, keeping a scope that is open on any incoming path
// and noting whether it is open on all of them.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_ANALYSIS_SCOPEDATAFLOW_H
#define CONNCHECK_ANALYSIS_SCOPEDATAFLOW_H

#include "../model/HeldScope.h"
#include "../rules/RoleCatalogue.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/STLFunctionalExtras.h"

namespace conncheck {

struct DataflowLimits {
  /// CFGs larger than this are not analysed (a generated or pathological
  /// function): no finding rather than unbounded time.
  unsigned MaxBlocks = 20000;
  /// Block visits before the fixed point is abandoned.
  unsigned MaxBlockVisits = 200000;
};

enum class DataflowOutcome { Analysed, NoBody, CfgFailed, OverBudget };

/// Runs the dataflow over \p FD and then calls \p OnCall for every call
/// (CallExpr or CXXConstructExpr) reached while at least one scope is open,
/// with the scopes open just before the call.
DataflowOutcome
analyzeHeldScopes(const clang::FunctionDecl *FD, clang::ASTContext &Ctx,
                  rules::RoleCatalogue &Roles, const DataflowLimits &Limits,
                  llvm::function_ref<void(const clang::Expr *Call,
                                          const HeldSet &Held)>
                      OnCall);

} // namespace conncheck

#endif
