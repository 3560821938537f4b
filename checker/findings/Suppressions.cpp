//===--- Suppressions.cpp -------------------------------------------------===//
#include "Suppressions.h"

#include "clang-tidy/GlobList.h"
#include "llvm/ADT/STLExtras.h"

namespace conncheck {
namespace {

/// One NOLINT-family comment found on a line.
struct Directive {
  enum Kind { Line, NextLine, Begin, End } Kind;
  /// The check globs in parentheses; empty when none were given (all).
  std::string Checks;
  bool HasList = false;
};

std::vector<Directive> directivesIn(llvm::StringRef Line) {
  std::vector<Directive> Out;
  size_t Pos = 0;
  while ((Pos = Line.find("NOLINT", Pos)) != llvm::StringRef::npos) {
    llvm::StringRef Rest = Line.drop_front(Pos + 6);
    Directive D{Directive::Line, "", false};
    if (Rest.consume_front("NEXTLINE"))
      D.Kind = Directive::NextLine;
    else if (Rest.consume_front("BEGIN"))
      D.Kind = Directive::Begin;
    else if (Rest.consume_front("END"))
      D.Kind = Directive::End;
    if (Rest.starts_with("(")) {
      size_t Close = Rest.find(')');
      if (Close != llvm::StringRef::npos) {
        D.Checks = Rest.slice(1, Close).str();
        D.HasList = true;
      }
    }
    Out.push_back(D);
    Pos += 6;
  }
  return Out;
}

bool covers(const Directive &D, llvm::StringRef CheckId) {
  if (!D.HasList)
    return true;
  // clang-tidy's glob syntax; spaces around names are allowed.
  std::string Globs;
  for (char C : D.Checks)
    if (C != ' ')
      Globs += C;
  return clang::tidy::GlobList(Globs).contains(CheckId);
}

} // namespace

const NolintFilter::FileLines *NolintFilter::linesOf(const std::string &File) {
  auto It = Files.find(File);
  if (It == Files.end()) {
    FileLines FL;
    if (auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true)) {
      FL.Buffer = std::move(*Buffer);
      llvm::StringRef Text = FL.Buffer->getBuffer();
      while (!Text.empty()) {
        auto [Line, Rest] = Text.split('\n');
        FL.Lines.push_back(Line);
        Text = Rest;
      }
    }
    It = Files.try_emplace(File, std::move(FL)).first;
  }
  return &It->second;
}

bool NolintFilter::suppresses(const Finding &F) {
  const FileLines *FL = linesOf(F.Where.File);
  if (!FL || F.Where.Line == 0 || F.Where.Line > FL->Lines.size())
    return false;
  unsigned Index = F.Where.Line - 1;
  for (const Directive &D : directivesIn(FL->Lines[Index]))
    if (D.Kind == Directive::Line && covers(D, F.CheckId))
      return true;
  if (Index > 0)
    for (const Directive &D : directivesIn(FL->Lines[Index - 1]))
      if (D.Kind == Directive::NextLine && covers(D, F.CheckId))
        return true;
  // NOLINTBEGIN/END regions open at this line.
  int Open = 0;
  for (unsigned I = 0; I <= Index; ++I)
    for (const Directive &D : directivesIn(FL->Lines[I])) {
      if (!covers(D, F.CheckId))
        continue;
      if (D.Kind == Directive::Begin)
        ++Open;
      else if (D.Kind == Directive::End && Open > 0 && I < Index)
        --Open;
    }
  return Open > 0;
}

unsigned removeSuppressed(std::vector<Finding> &Findings) {
  NolintFilter Filter;
  size_t Before = Findings.size();
  llvm::erase_if(Findings,
                 [&](const Finding &F) { return Filter.suppresses(F); });
  return Before - Findings.size();
}

} // namespace conncheck
