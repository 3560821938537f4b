//===--- Finding.h - one diagnosis, as every emitter sees it -------------===//
//
// A finding is plain data with resolved file positions, so that emitters
// (text, SARIF, CI annotations) and front ends need no AST or
// SourceManager, and findings can outlive the translation unit.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_FINDINGS_FINDING_H
#define CONNCHECK_FINDINGS_FINDING_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace conncheck {

/// A source range with 1-based lines and columns; End is inclusive of the
/// last character's column + 1 (SARIF's endColumn convention).
struct SourceSpan {
  std::string File;
  unsigned Line = 0;
  unsigned Column = 0;
  unsigned EndLine = 0;
  unsigned EndColumn = 0;

  bool valid() const { return !File.empty() && Line > 0; }
  auto key() const { return std::tie(File, Line, Column, EndLine, EndColumn); }
};

struct FindingNote {
  enum Kind {
    /// Where the scope the finding is about began (SARIF related location).
    ScopeBegin,
    /// A step of the call chain down to the slow call (SARIF code flow).
    CallStep,
    /// Another call with the same cause: it reaches the same slow call
    /// while the same scope is held (SARIF related location).
    SameCause,
    /// Where the scope the finding is about ends after the finding's call:
    /// with ScopeBegin, the window the slow call sits in (SARIF related
    /// location). Follows the chain's CallStep notes.
    ScopeEnd,
  };
  Kind Role = ScopeBegin;
  SourceSpan Where;
  std::string Message;
};

/// A function, by USR, that the translation unit could not see into and
/// that was handed a connection handle as parameter Param: if it gives the
/// handle back, the finding does not hold. The link step decides, from the
/// summaries of every translation unit.
struct ReleaseCondition {
  std::string Usr;
  unsigned Param = 0;
  bool operator==(const ReleaseCondition &O) const {
    return Usr == O.Usr && Param == O.Param;
  }
};

struct Finding {
  std::string CheckId;
  SourceSpan Where;
  std::string Message;
  std::vector<FindingNote> Notes;
  /// Qualified name of the function the finding is in: part of the stable
  /// fingerprint, which must not depend on line numbers.
  std::string Function;
  /// For a finding at a call that leads to the problem through other
  /// functions: the function called there.
  std::string Via;
  /// For such a finding: what is held at the call ("database transaction
  /// 'tx' is open"). With Via, what identifies the finding at its site,
  /// whatever the chain beyond the call reaches.
  std::string Held;
  /// Holds only if none of these functions gives the handle back.
  std::vector<ReleaseCondition> UnlessReleasedBy;
  /// Holds only if one of these functions (by USR, defined in another
  /// unit) may throw: the leak is on the path of its exception.
  std::vector<std::string> OnlyIfThrows;
  /// Holds only if none of these functions (by USR, defined in another
  /// unit) reaches a slow call: a loop that waits between checkouts gives
  /// the connection back on purpose.
  std::vector<std::string> UnlessSlow;

  auto sortKey() const {
    return std::tie(Where.File, Where.Line, Where.Column, CheckId, Message);
  }
};

/// The path of \p File relative to \p Root when it lies below it.
std::optional<std::string> relativePath(llvm::StringRef File,
                                        llvm::StringRef Root);

/// A fingerprint that survives unrelated edits: it hashes what a reader sees
/// at the finding's site -- the check, the file, the enclosing function and,
/// for a call that leads to the problem through other functions, the call
/// (Via) and what is held (Held); for any other finding, the message. Never
/// line numbers, nor what a chain reaches beyond the call: a retry sleep
/// removed three files away does not make a baselined finding new.
std::string stableFingerprint(const Finding &F, llvm::StringRef RelativeFile);

/// The fingerprint of baselines of version 1 (and SARIF's
/// conncheckFingerprint/v1): the check, the file, the function and the
/// message.
std::string messageFingerprint(const Finding &F, llvm::StringRef RelativeFile);

/// Sorts findings by position and drops exact duplicates (the same finding
/// from two instantiations of one template, or one header seen twice).
/// Calls that reach the same slow call (or acquisition) while the same
/// scope is held are one cause: the first is the finding, the others its
/// SameCause notes, so that fixing the helper clears one finding.
void sortAndUnique(std::vector<Finding> &Findings);

} // namespace conncheck

#endif
