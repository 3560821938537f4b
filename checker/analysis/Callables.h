//===--- Callables.h - the function a callable argument stands for --------===//
#ifndef CONNCHECK_ANALYSIS_CALLABLES_H
#define CONNCHECK_ANALYSIS_CALLABLES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

namespace conncheck {

/// The body that runs when \p Callable is called: a lambda written in place
/// or held in a local, a function named or taken by address. Null when it
/// cannot be told (a std::function, a function pointer variable).
const clang::FunctionDecl *calledBody(const clang::Expr *Callable);

} // namespace conncheck

#endif
