//===--- SourceFuzzer.cpp - the analysis on arbitrary source text ---------===//
//
// Parses the input as a C++20 translation unit (coroutines included) with
// the lit tests' stub headers on the include path and, when it compiles, runs
// every check over it with the shipped rule packs plus an in-house pack, as
// the tool would. Nothing may crash.
//
//===----------------------------------------------------------------------===//
#include "checks/CheckRegistry.h"
#include "checks/TranslationUnitRunner.h"
#include "project/FactsIO.h"
#include "project/Linker.h"
#include "rules/RulePack.h"
#include "ConnCheckVersion.h"

#include "clang/AST/ASTContext.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"

#include <cstdint>
#include <cstdlib>

using namespace conncheck;

namespace {

const std::vector<rules::RulePack> &packs() {
  static std::vector<rules::RulePack> Packs = [] {
    auto Loaded = rules::loadRuleDirectory(CONNCHECK_SOURCE_DIR "/rules");
    if (!Loaded)
      std::abort();
    std::vector<rules::RulePack> All = std::move(*Loaded);
    auto InHouse = rules::loadRulePack(CONNCHECK_SOURCE_DIR
                                       "/test/lit/tool/Inputs/inhouse.json");
    if (!InHouse)
      std::abort();
    All.push_back(std::move(*InHouse));
    return All;
  }();
  return Packs;
}

/// The compiler arguments: every test/stubs/<library> directory is searched,
/// as in the lit tests, so that seeds written against the stubs (AWS, drogon,
/// userver, ...) compile and reach the analysis instead of being rejected.
const std::vector<std::string> &compilerArgs() {
  static std::vector<std::string> Args = [] {
    std::vector<std::string> StubDirs;
    std::error_code EC;
    for (llvm::sys::fs::directory_iterator It(CONNCHECK_SOURCE_DIR "/test/stubs",
                                              EC),
         End;
         It != End && !EC; It.increment(EC))
      if (llvm::sys::fs::is_directory(It->path()))
        StubDirs.push_back(It->path());
    llvm::sort(StubDirs); // the order of the directory listing is not stable
    std::vector<std::string> Result = {
        "-std=c++20", "-w", "-ferror-limit=5",
        "-resource-dir=" CONNCHECK_CLANG_RESOURCE_DIR};
    for (const std::string &Dir : StubDirs) {
      Result.push_back("-isystem");
      Result.push_back(Dir);
    }
    return Result;
  }();
  return Args;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  std::string Code(reinterpret_cast<const char *>(Data), Size);
  clang::IgnoringDiagConsumer Quiet;
  std::unique_ptr<clang::ASTUnit> AST = clang::tooling::buildASTFromCodeWithArgs(
      Code, compilerArgs(), "fuzz.cpp", "conncheck-fuzz",
      std::make_shared<clang::PCHContainerOperations>(),
      clang::tooling::getClangStripDependencyFileAdjuster(),
      clang::tooling::FileContentMappings(), &Quiet);
  // As the tool: a file that does not compile is not analysed.
  if (!AST || AST->getDiagnostics().hasErrorOccurred())
    return 0;
  auto Checks = createAllChecks();
  std::vector<ConnCheck *> Enabled;
  for (auto &C : Checks)
    Enabled.push_back(C.get());
  UnitFacts Unit;
  analyzeTranslationUnit(AST->getASTContext(), packs(), Enabled, RunOptions(),
                         Unit);
  // The link step too, and the facts round trip through their file format.
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  writeUnitFacts(OS, Unit);
  auto Reread = parseUnitFacts(Text, "fuzz.facts.json");
  if (!Reread)
    abort();
  std::vector<Finding> Out = linkUnits({*Reread});
  sortAndUnique(Out);
  return 0;
}
