//===--- ExportedSummaries.h - summaries other translation units can use --===//
//
// What the link step needs to know of the functions one translation unit
// defines: whether each makes a slow call itself, which project functions
// it calls (by USR, wherever they are defined), and what it does with the
// connection handles it is given. Exported for the functions analysed and
// every function with a body here that they reach, so that a chain through
// an inline helper in a header is not lost.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_ANALYSIS_EXPORTEDSUMMARIES_H
#define CONNCHECK_ANALYSIS_EXPORTEDSUMMARIES_H

#include "../project/UnitFacts.h"
#include "CalleeEffects.h"
#include "SlowCallSummaries.h"

#include "llvm/ADT/ArrayRef.h"

namespace conncheck {

/// The USR of \p D, the key by which translation units name a function.
std::string usrOf(const clang::Decl *D);

/// Whether a call to \p Callee may be resolved by the link step: a function
/// of the project (declared outside system headers).
bool isProjectFunction(const clang::FunctionDecl *Callee,
                       const clang::SourceManager &SM);

/// The pool \p Call takes a connection from, when it does: an acquire call
/// on it, or a lease object constructed from it. \p Name receives the
/// call's name.
const clang::ValueDecl *poolTakenFrom(const clang::Expr *Call,
                                      rules::RoleCatalogue &Roles,
                                      std::string &Name);

/// The class of the pool \p Call takes a pooled connection from (an acquire
/// call of a pooled lease rule, or a lease object constructed from a pool),
/// when it does. \p What receives the call's name.
const clang::CXXRecordDecl *pooledClassTakenBy(const clang::Expr *Call,
                                               rules::RoleCatalogue &Roles,
                                               std::string &What);

/// Pools a function of another file can name too: members and globals
/// (not locals or parameters, which are other declarations in every
/// function).
bool nameableFromCallees(const clang::ValueDecl *Pool);

/// Summaries of \p Roots and of every function with a body in this
/// translation unit that they (transitively) call or hand a handle to,
/// plus \p Extra (callees of pending calls).
std::vector<FunctionSummary>
exportSummaries(llvm::ArrayRef<const clang::FunctionDecl *> Roots,
                llvm::ArrayRef<const clang::FunctionDecl *> Extra,
                clang::ASTContext &AST, rules::RoleCatalogue &Roles,
                CalleeEffects &Effects);

} // namespace conncheck

#endif
