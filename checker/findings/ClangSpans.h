//===--- ClangSpans.h - from Clang source locations to SourceSpans -------===//
#ifndef CONNCHECK_FINDINGS_CLANGSPANS_H
#define CONNCHECK_FINDINGS_CLANGSPANS_H

#include "Finding.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/SourceLocation.h"
#include "clang/Basic/SourceManager.h"

namespace conncheck {

/// The span of [Begin, End] (End: the start of the last token), at the
/// expansion site for code written through macros, as Clang reports it.
SourceSpan spanOf(const clang::SourceManager &SM,
                  const clang::LangOptions &LangOpts, clang::SourceLocation Begin,
                  clang::SourceLocation End);

inline SourceSpan spanOf(const clang::SourceManager &SM,
                         const clang::LangOptions &LangOpts,
                         clang::SourceLocation Loc) {
  return spanOf(SM, LangOpts, Loc, Loc);
}

/// The span a finding or note about a call points at: the called name to
/// the end of the call (the whole expression for operators and
/// constructions).
SourceSpan callSpan(const clang::Expr *Call, const clang::ASTContext &AST);

} // namespace conncheck

#endif
