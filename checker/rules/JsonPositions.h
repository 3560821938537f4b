//===--- JsonPositions.h - line:column of every value in a JSON text -----===//
//
// nlohmann::json keeps no source positions, so errors about a valid but
// wrong rule pack would have no line to point at. This index maps each JSON
// pointer ("/slow-calls/0/category") to where its key (or array element)
// starts.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_RULES_JSONPOSITIONS_H
#define CONNCHECK_RULES_JSONPOSITIONS_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <utility>

namespace conncheck {
namespace rules {

struct TextPosition {
  unsigned Line = 1;
  unsigned Column = 1;
};

class JsonPositions {
public:
  /// Indexes \p Text, which must already be known to be valid JSON.
  explicit JsonPositions(llvm::StringRef Text);
  /// Position of \p Pointer, or of its nearest indexed ancestor.
  TextPosition lookup(llvm::StringRef Pointer) const;

  /// Line and column of a byte offset.
  static TextPosition positionOfOffset(llvm::StringRef Text, size_t Offset);

private:
  llvm::StringMap<TextPosition> Positions;
};

/// Escapes a key for use in a JSON pointer (RFC 6901).
std::string escapePointerToken(llvm::StringRef Key);

} // namespace rules
} // namespace conncheck

#endif
