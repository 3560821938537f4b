//===--- HelpText.cpp -----------------------------------------------------===//
#include "HelpText.h"

#include "../checks/CheckRegistry.h"
#include "ConnCheckVersion.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

namespace conncheck {

std::string helpOverview() {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << "conncheck finds database transactions, pooled connections and "
        "locks\nheld across slow calls (HTTP, RPC, object storage, mail, "
        "sleeps,\nblocking waits), connections not given back, and pools "
        "too small for\ntheir threads.\n\n"
        "Checks (all enabled by default; --checks selects them):\n";
  auto Checks = createAllChecks();
  size_t Width = 0;
  for (const auto &C : Checks)
    Width = std::max(Width, C->id().size());
  for (const auto &C : Checks)
    OS << "  " << llvm::left_justify(C->id(), Width) << "  "
       << C->description() << "\n";
  return Out;
}

// After the options, as clang-tidy's CommonOptionsParser prints its help.
static llvm::cl::extrahelp MoreHelp(R"(
-p <build-dir> is a build directory holding compile_commands.json (CMake:
-DCMAKE_EXPORT_COMPILE_COMMANDS=ON). With no sources, every file in it is
analysed; with some, those files, with their compile commands. Without -p,
conncheck looks for compile_commands.json in the parent directories of the
first source.

-- <compiler flags>: everything after "--" is handed to the compiler for
every source, instead of a compilation database.

The whole program is analysed: a slow call or a release in another file
than the transaction is found when that file is analysed in the same run.

Examples:
  conncheck -p build
  conncheck -p build --format=sarif -o conncheck.sarif
  conncheck src/orders.cpp -- -std=c++17 -Iinclude
  conncheck -p build --write-baseline conncheck-baseline.json

Exit status: 0 no findings, 1 findings, 2 conncheck could not do its job
(bad option, invalid rule pack, a unit that does not compile, ...).

More: man conncheck; )" CONNCHECK_HOMEPAGE "\n");

} // namespace conncheck
