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

void emitSnippet(llvm::raw_ostream &OS, SourceLines &Lines,
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
  OS << Caret << "\n";
}

void emitLine(llvm::raw_ostream &OS, SourceLines &Lines, const SourceSpan &At,
              llvm::StringRef Severity, llvm::StringRef Message,
              llvm::StringRef CheckId = {}) {
  OS << At.File << ":" << At.Line << ":" << At.Column << ": " << Severity
     << ": " << Message;
  if (!CheckId.empty())
    OS << " [" << CheckId << "]";
  OS << "\n";
  emitSnippet(OS, Lines, At);
}

} // namespace

void emitText(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings) {
  SourceLines Lines;
  for (const Finding &F : Findings) {
    emitLine(OS, Lines, F.Where, "warning", F.Message, F.CheckId);
    for (const FindingNote &N : F.Notes)
      if (N.Where.valid())
        emitLine(OS, Lines, N.Where, "note", N.Message);
  }
}

} // namespace conncheck
