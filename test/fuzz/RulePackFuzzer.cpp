//===--- RulePackFuzzer.cpp - the rule-pack loader on arbitrary bytes -----===//
//
// Whatever the bytes, the loader returns a pack or an error: it never
// crashes, hangs or leaks, and an error always names file:line:column.
//
//===----------------------------------------------------------------------===//
#include "rules/RulePack.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  auto Pack = conncheck::rules::parseRulePack(Text, "fuzz.json");
  if (!Pack)
    llvm::handleAllErrors(Pack.takeError(), [](const llvm::ErrorInfoBase &E) {
      if (!llvm::StringRef(E.message()).starts_with("fuzz.json:"))
        std::abort(); // every error names the file and a position
    });
  return 0;
}
