//===--- ClangSpans.cpp ---------------------------------------------------===//
#include "ClangSpans.h"

#include "clang/AST/ExprCXX.h"

#include "clang/Basic/FileManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace conncheck {

SourceSpan spanOf(const SourceManager &SM, const LangOptions &LangOpts,
                  SourceLocation Begin, SourceLocation End) {
  SourceSpan Span;
  if (Begin.isInvalid())
    return Span;
  Begin = SM.getExpansionLoc(Begin);
  End = End.isValid() ? SM.getExpansionLoc(End) : Begin;
  PresumedLoc P = SM.getPresumedLoc(Begin, /*UseLineDirectives=*/false);
  if (P.isInvalid())
    return Span;
  // Absolute and normalised, resolved against the compile command's
  // directory: the same header gets the same name from every translation
  // unit, and reports do not depend on -I spelling.
  llvm::SmallString<256> Path(P.getFilename());
  SM.getFileManager().makeAbsolutePath(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  Span.File = std::string(Path);
  Span.Line = P.getLine();
  Span.Column = P.getColumn();
  Span.EndLine = Span.Line;
  Span.EndColumn = Span.Column + 1;
  if (SM.getFileID(End) != SM.getFileID(Begin))
    return Span;
  SourceLocation AfterEnd = Lexer::getLocForEndOfToken(End, 0, SM, LangOpts);
  if (AfterEnd.isInvalid())
    return Span;
  PresumedLoc E = SM.getPresumedLoc(AfterEnd, /*UseLineDirectives=*/false);
  if (E.isValid() && (E.getLine() > Span.Line ||
                      (E.getLine() == Span.Line && E.getColumn() > Span.Column))) {
    Span.EndLine = E.getLine();
    Span.EndColumn = E.getColumn();
  }
  return Span;
}

SourceSpan callSpan(const clang::Expr *Call, const clang::ASTContext &AST) {
  clang::SourceLocation Begin = Call->getExprLoc();
  if (llvm::isa<clang::CXXOperatorCallExpr>(Call) ||
      llvm::isa<clang::CXXConstructExpr>(Call))
    Begin = Call->getBeginLoc();
  return spanOf(AST.getSourceManager(), AST.getLangOpts(), Begin,
                Call->getEndLoc());
}

} // namespace conncheck
