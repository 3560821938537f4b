//===--- CheckRegistry.h - the checks conncheck has, and which are on ----===//
#ifndef CONNCHECK_CHECKS_CHECKREGISTRY_H
#define CONNCHECK_CHECKS_CHECKREGISTRY_H

#include "ConnCheck.h"

#include "llvm/Support/Error.h"

#include <memory>
#include <vector>

namespace conncheck {

/// Every check, in a fixed order.
std::vector<std::unique_ptr<ConnCheck>> createAllChecks();

/// The checks enabled by a clang-tidy style glob list ("-*,conncheck-foo"),
/// applied after the default of all conncheck checks. A glob without
/// wildcards must name an existing check.
llvm::Expected<std::vector<std::unique_ptr<ConnCheck>>>
createEnabledChecks(llvm::StringRef Globs);

} // namespace conncheck

#endif
