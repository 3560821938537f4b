//===--- Callables.h - the function a callable argument stands for --------===//
#ifndef CONNCHECK_ANALYSIS_CALLABLES_H
#define CONNCHECK_ANALYSIS_CALLABLES_H

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

#include <utility>
#include <vector>

namespace conncheck {

/// The body that runs when \p Callable is called: a lambda written in place
/// or held in a local, a function named or taken by address. Null when it
/// cannot be told (a std::function, a function pointer variable).
const clang::FunctionDecl *calledBody(const clang::Expr *Callable);

/// The lambdas written in place as arguments of \p Call (a call or a
/// construction), with the parameter of the callee each is passed as.
std::vector<std::pair<unsigned, const clang::FunctionDecl *>>
lambdaArgs(const clang::Expr *Call);

/// Whether \p P's type can be called: a lambda's closure, std::function,
/// a function pointer or reference.
bool isCallableParam(const clang::ParmVarDecl *P);

/// Whether the definition \p Def calls its parameter \p Index before it
/// returns: `f(x)`, `std::forward<F>(f)(x)`, or by handing it to a function
/// that does (`std::for_each`, `std::transform`, a project helper). A
/// function that stores it or starts a thread with it (`std::thread`,
/// `std::async`, a task queue) does not.
bool invokesParamSynchronously(const clang::FunctionDecl *Def, unsigned Index,
                               unsigned Depth = 0);

} // namespace conncheck

#endif
