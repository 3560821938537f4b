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

/// Whether the definition \p Def calls its parameter \p Index before it
/// returns: `f(x)`, `std::forward<F>(f)(x)`, or by handing it to a function
/// that does (`std::for_each`, `std::transform`, a project helper). A
/// function that stores it or starts a thread with it (`std::thread`,
/// `std::async`, a task queue) does not.
bool invokesParamSynchronously(const clang::FunctionDecl *Def, unsigned Index,
                               unsigned Depth = 0);

} // namespace conncheck

#endif
