//===--- TextEmitter.cpp - clang-style diagnostics ------------------------===//
#include "Emitters.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>

namespace conncheck {
namespace {

/// Source lines for snippets, each file read once.
class SourceLines {
public:
  std::optional<llvm::StringRef> line(const std::string &File, unsigned Line) {
    auto It = Files.find(File);
    if (It == Files.end()) {
      auto Buffer = llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
      It = Files.try_emplace(File, Buffer ? std::move(*Buffer) : nullptr).first;
    }
    if (!It->second || Line == 0)
      return std::nullopt;
    llvm::StringRef Rest = It->second->getBuffer();
    for (unsigned I = 1; I < Line; ++I) {
      size_t NL = Rest.find('\n');
      if (NL == llvm::StringRef::npos)
        return std::nullopt;
      Rest = Rest.drop_front(NL + 1);
    }
    return Rest.take_until([](char C) { return C == '\n' || C == '\r'; });
  }

private:
  llvm::StringMap<std::unique_ptr<llvm::MemoryBuffer>> Files;
};

/// Colours as clang's TextDiagnostic sets them (a no-op without colours).
class Painter {
public:
  Painter(llvm::raw_ostream &OS, bool Color) : OS(OS), Color(Color) {
    if (Color)
      OS.enable_colors(true);
  }
  void bold() { paint(llvm::raw_ostream::SAVEDCOLOR); }
  void paint(llvm::raw_ostream::Colors C) {
    if (Color)
      OS.changeColor(C, /*Bold=*/true);
  }
  void reset() {
    if (Color)
      OS.resetColor();
  }

private:
  llvm::raw_ostream &OS;
  bool Color;
};

void emitSnippet(llvm::raw_ostream &OS, Painter &P, SourceLines &Lines,
                 const SourceSpan &Span) {
  std::optional<llvm::StringRef> Text = Lines.line(Span.File, Span.Line);
  if (!Text || Span.Column == 0 || Span.Column > Text->size() + 1)
    return;
  OS << *Text << "\n";
  // Keep tabs so that the caret lines up under the code.
  std::string Caret;
  for (unsigned I = 0; I + 1 < Span.Column; ++I)
    Caret += (*Text)[I] == '\t' ? '\t' : ' ';
  Caret += '^';
  unsigned End = Span.EndLine == Span.Line ? Span.EndColumn
                                           : unsigned(Text->size()) + 1;
  for (unsigned C = Span.Column + 1; C < End; ++C)
    Caret += '~';
  P.paint(llvm::raw_ostream::GREEN);
  OS << Caret;
  P.reset();
  OS << "\n";
}

void emitLine(llvm::raw_ostream &OS, Painter &P, SourceLines &Lines,
              const SourceSpan &At, bool IsNote, llvm::StringRef Message,
              llvm::StringRef CheckId = {}) {
  P.bold();
  OS << At.File << ":" << At.Line << ":" << At.Column << ": ";
  P.reset();
  P.paint(IsNote ? llvm::raw_ostream::CYAN : llvm::raw_ostream::MAGENTA);
  OS << (IsNote ? "note: " : "warning: ");
  P.reset();
  // A warning's message is bold, a note's plain, as in clang.
  if (!IsNote)
    P.bold();
  OS << Message;
  if (!CheckId.empty())
    OS << " [" << CheckId << "]";
  P.reset();
  OS << "\n";
  emitSnippet(OS, P, Lines, At);
}

} // namespace

void emitText(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
              const TextOptions &Options) {
  SourceLines Lines;
  Painter P(OS, Options.Color);
  for (const Finding &F : Findings) {
    emitLine(OS, P, Lines, F.Where, /*IsNote=*/false, F.Message, F.CheckId);
    for (const FindingNote &N : F.Notes)
      if (N.Where.valid())
        emitLine(OS, P, Lines, N.Where, /*IsNote=*/true, N.Message);
  }
}

} // namespace conncheck
