//===--- JsonPositions.cpp ------------------------------------------------===//
#include "JsonPositions.h"

namespace conncheck {
namespace rules {

std::string escapePointerToken(llvm::StringRef Key) {
  std::string Out;
  for (char C : Key) {
    if (C == '~')
      Out += "~0";
    else if (C == '/')
      Out += "~1";
    else
      Out += C;
  }
  return Out;
}

namespace {
/// A scanner over text that is already valid JSON: it only has to find where
/// things start, not to diagnose anything.
class Scanner {
public:
  Scanner(llvm::StringRef Text, llvm::StringMap<TextPosition> &Out)
      : Text(Text), Out(Out) {}

  void run() {
    skipSpace();
    Out[""] = Here;
    value("");
  }

private:
  llvm::StringRef Text;
  llvm::StringMap<TextPosition> &Out;
  size_t I = 0;
  TextPosition Here;

  bool atEnd() const { return I >= Text.size(); }
  char peek() const { return atEnd() ? '\0' : Text[I]; }
  void advance() {
    if (atEnd())
      return;
    if (Text[I] == '\n') {
      ++Here.Line;
      Here.Column = 1;
    } else {
      ++Here.Column;
    }
    ++I;
  }
  void skipSpace() {
    while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' ||
                        peek() == '\r'))
      advance();
  }
  std::string string() {
    std::string S;
    advance(); // opening quote
    while (!atEnd() && peek() != '"') {
      if (peek() == '\\') {
        advance();
        S += peek();
      } else {
        S += peek();
      }
      advance();
    }
    advance(); // closing quote
    return S;
  }
  void value(const std::string &Path) {
    skipSpace();
    switch (peek()) {
    case '{':
      return object(Path);
    case '[':
      return array(Path);
    case '"':
      string();
      return;
    default:
      while (!atEnd() && !llvm::StringRef(",}] \t\r\n").contains(peek()))
        advance();
    }
  }
  void object(const std::string &Path) {
    advance();
    skipSpace();
    while (!atEnd() && peek() != '}') {
      TextPosition KeyPos = Here;
      std::string Key = string();
      std::string Child = Path + "/" + escapePointerToken(Key);
      Out[Child] = KeyPos;
      skipSpace();
      advance(); // ':'
      value(Child);
      skipSeparator();
    }
    advance();
  }
  /// Past the spaces and the comma that follow a member or element.
  void skipSeparator() {
    skipSpace();
    if (peek() == ',')
      advance();
    skipSpace();
  }
  void array(const std::string &Path) {
    advance();
    skipSpace();
    unsigned Index = 0;
    while (!atEnd() && peek() != ']') {
      std::string Child = Path + "/" + std::to_string(Index++);
      Out[Child] = Here;
      value(Child);
      skipSeparator();
    }
    advance();
  }
};
} // namespace

JsonPositions::JsonPositions(llvm::StringRef Text) {
  Scanner(Text, Positions).run();
}

TextPosition JsonPositions::lookup(llvm::StringRef Pointer) const {
  while (true) {
    auto It = Positions.find(Pointer);
    if (It != Positions.end())
      return It->second;
    if (Pointer.empty())
      return TextPosition();
    Pointer = Pointer.rsplit('/').first;
  }
}

TextPosition JsonPositions::positionOfOffset(llvm::StringRef Text,
                                             size_t Offset) {
  TextPosition P;
  for (size_t I = 0; I < Offset && I < Text.size(); ++I) {
    if (Text[I] == '\n') {
      ++P.Line;
      P.Column = 1;
    } else {
      ++P.Column;
    }
  }
  return P;
}

} // namespace rules
} // namespace conncheck
