//===--- HeldScope.cpp ----------------------------------------------------===//
#include "HeldScope.h"

namespace conncheck {

const void *unknownHolder(rules::ScopeKind Kind) {
  // One distinct address per kind.
  static const char Sentinels[rules::NumScopeKinds] = {};
  return &Sentinels[static_cast<unsigned>(Kind)];
}

} // namespace conncheck
