//===--- PatternCoverage.h - which name patterns match nothing ------------===//
//
// A rule whose pattern has a typo (`acme::Pool::leese`) matches no call and
// no type, and so silently does nothing. This finds the patterns that match
// no declaration of the analysed code, across every translation unit of a
// run, so that the driver can say so.
//
//===----------------------------------------------------------------------===//
#ifndef CONNCHECK_RULES_PATTERNCOVERAGE_H
#define CONNCHECK_RULES_PATTERNCOVERAGE_H

#include "RulePack.h"

#include "clang/AST/ASTContext.h"
#include "llvm/ADT/STLFunctionalExtras.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <vector>

namespace conncheck {
namespace rules {

class PatternCoverage {
public:
  /// Follows the patterns of the packs \p Follow(index in \p Packs) says
  /// (\p Packs must outlive this).
  PatternCoverage(const std::vector<RulePack> &Packs,
                  llvm::function_ref<bool(size_t)> Follow);

  /// Whether there is any pattern to follow.
  bool empty() const { return Sites.empty(); }

  /// Tests the declarations of one translation unit against the patterns
  /// no unit has matched yet. Units may be visited from several threads.
  void visitUnit(clang::ASTContext &Ctx);

  /// The patterns no visited unit matched, pack by pack in the order of
  /// the packs, in the order of each file.
  std::vector<const PatternSite *> unmatched() const;

  /// How many patterns are followed, units visited, and the time spent
  /// visiting them, all threads added up (for --verbose).
  size_t size() const { return Sites.size(); }
  unsigned unitsVisited() const { return Units; }
  std::chrono::nanoseconds timeSpent() const {
    return std::chrono::nanoseconds(Nanoseconds.load());
  }

private:
  std::vector<const PatternSite *> Sites;
  /// Per pattern of Sites, whether a unit matched it.
  std::vector<bool> Matched;
  mutable std::mutex Mutex;
  std::atomic<unsigned> Units{0};
  std::atomic<int64_t> Nanoseconds{0};
};

} // namespace rules
} // namespace conncheck

#endif
