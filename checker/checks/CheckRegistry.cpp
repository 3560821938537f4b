//===--- CheckRegistry.cpp ------------------------------------------------===//
#include "CheckRegistry.h"
#include "CheckoutInLoopCheck.h"
#include "CheckoutWithoutCheckinCheck.h"
#include "NestedCheckoutCheck.h"
#include "PoolSmallerThanThreadsCheck.h"
#include "SlowCallInTransactionCheck.h"
#include "SlowCallWhileLeasedCheck.h"
#include "SlowCallWhileLockedCheck.h"

#include "clang-tidy/GlobList.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace conncheck {

std::vector<std::unique_ptr<ConnCheck>> createAllChecks() {
  std::vector<std::unique_ptr<ConnCheck>> Checks;
  Checks.push_back(std::make_unique<SlowCallInTransactionCheck>());
  Checks.push_back(std::make_unique<SlowCallWhileLeasedCheck>());
  Checks.push_back(std::make_unique<SlowCallWhileLockedCheck>());
  Checks.push_back(std::make_unique<CheckoutWithoutCheckinCheck>());
  Checks.push_back(std::make_unique<NestedCheckoutCheck>());
  Checks.push_back(std::make_unique<PoolSmallerThanThreadsCheck>());
  Checks.push_back(std::make_unique<CheckoutInLoopCheck>());
  return Checks;
}

llvm::Expected<std::vector<std::unique_ptr<ConnCheck>>>
createEnabledChecks(llvm::StringRef Globs) {
  std::vector<std::unique_ptr<ConnCheck>> All = createAllChecks();

  llvm::SmallVector<llvm::StringRef, 4> Items;
  Globs.split(Items, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Item : Items) {
    llvm::StringRef Name = Item.trim();
    Name.consume_front("-");
    Name = Name.trim();
    if (Name.empty() || Name.find_first_of("*?") != llvm::StringRef::npos)
      continue;
    bool Known = llvm::any_of(
        All, [&](const std::unique_ptr<ConnCheck> &C) { return C->id() == Name; });
    if (!Known)
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "unknown check '" + Name +
                                         "' in --checks; see --list-checks");
  }

  clang::tidy::GlobList Enabled(("conncheck-*," + Globs).str());
  std::vector<std::unique_ptr<ConnCheck>> Selected;
  for (std::unique_ptr<ConnCheck> &C : All)
    if (Enabled.contains(C->id()))
      Selected.push_back(std::move(C));
  return Selected;
}

} // namespace conncheck
