//===--- ConnCheckTidyModule.cpp - conncheck as a clang-tidy plugin -------===//
//
// clang-tidy -load=build/lib/libconncheck-tidy.so -checks='-*,conncheck-*'
//
// Every conncheck check is registered under its own id, as a thin
// ClangTidyCheck over the same analysis as the standalone tool: one
// implementation, two front ends. The analysis runs once per translation
// unit, whichever conncheck checks are enabled, and each check emits the
// findings that carry its id. Options (clang-tidy's CheckOptions, local to a
// check or global):
//   RulePacks       extra rule pack files, separated by ';'
//   RulesDir        directory of the default packs (default: next to the
//                   plugin, <prefix>/share/conncheck/rules)
//   NoDefaultRules  'true' to load only RulePacks
//
// The plugin links no Clang or LLVM library: the symbols are the host
// clang-tidy's. A plugin built for one LLVM major version does nothing in
// another's clang-tidy, silently; this one refuses, loudly.
//
//===----------------------------------------------------------------------===//
#include "../checks/CheckRegistry.h"
#include "../checks/TranslationUnitRunner.h"
#include "../project/Linker.h"
#include "../rules/RulePack.h"

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/Version.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Path.h"

#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>

using namespace clang;
using namespace clang::tidy;
using namespace clang::ast_matchers;

namespace conncheck {
namespace tidy {
namespace {

/// Refuses to run in a clang-tidy of another LLVM major version: the
/// registry there is a different one, and the checks would silently never
/// run. Uses only C stdio, whose ABI does not change with LLVM.
bool hostVersionMatches() {
  std::string Host = clang::getClangFullVersion();
  // "... clang version 19.1.7 (...)" -> 19
  size_t At = Host.find("version ");
  unsigned HostMajor = 0;
  if (At != std::string::npos)
    HostMajor = std::strtoul(Host.c_str() + At + 8, nullptr, 10);
  if (HostMajor == LLVM_VERSION_MAJOR)
    return true;
  std::fprintf(stderr,
               "error: conncheck's clang-tidy plugin was built for LLVM %d, "
               "but this clang-tidy is LLVM %u (%s); rebuild the plugin with "
               "-DCONNCHECK_LLVM_VERSION=%u or use clang-tidy-%d\n",
               LLVM_VERSION_MAJOR, HostMajor, Host.c_str(), HostMajor,
               LLVM_VERSION_MAJOR);
  std::fflush(stderr);
  std::_Exit(2);
}
const bool VersionChecked = hostVersionMatches();

/// <prefix>/share/conncheck/rules, next to where this plugin was loaded from.
std::string defaultRulesDir() {
  Dl_info Info;
  if (!dladdr(reinterpret_cast<void *>(&defaultRulesDir), &Info) ||
      !Info.dli_fname)
    return "";
  llvm::SmallString<256> Dir(llvm::sys::path::parent_path(
      llvm::sys::path::parent_path(Info.dli_fname)));
  llvm::sys::path::append(Dir, "share", "conncheck", "rules");
  return std::string(Dir);
}

struct Config {
  std::string RulePacks;
  std::string RulesDir;
  bool NoDefaultRules = false;
  std::string key() const {
    return RulePacks + "\n" + RulesDir + "\n" + (NoDefaultRules ? "1" : "0");
  }
};

/// Rule packs per configuration, loaded once per process.
llvm::Expected<const std::vector<rules::RulePack> &> packsFor(const Config &C) {
  static llvm::StringMap<std::vector<rules::RulePack>> Loaded;
  auto It = Loaded.find(C.key());
  if (It != Loaded.end())
    return It->second;
  std::vector<rules::RulePack> Packs;
  if (!C.NoDefaultRules) {
    auto Defaults = rules::loadRuleDirectory(
        C.RulesDir.empty() ? defaultRulesDir() : C.RulesDir);
    if (!Defaults)
      return Defaults.takeError();
    Packs = std::move(*Defaults);
  }
  llvm::SmallVector<llvm::StringRef, 4> Files;
  llvm::StringRef(C.RulePacks).split(Files, ';', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef File : Files) {
    auto Pack = rules::loadRulePack(File.trim());
    if (!Pack)
      return Pack.takeError();
    Packs.push_back(std::move(*Pack));
  }
  return Loaded.try_emplace(C.key(), std::move(Packs)).first->second;
}

/// The findings of the translation unit being checked, computed by the
/// first conncheck check that asks and shared by the others.
class SharedAnalysis {
public:
  static SharedAnalysis &get() {
    static SharedAnalysis Instance;
    return Instance;
  }

  const std::vector<Finding> &findings(ASTContext &Ctx,
                                       const std::vector<rules::RulePack> &Packs,
                                       const std::string &ConfigKey) {
    if (Current != &Ctx || Key != ConfigKey) {
      Findings.clear();
      auto All = createAllChecks();
      std::vector<ConnCheck *> Checks;
      for (auto &C : All)
        Checks.push_back(C.get());
      RunOptions Options; // every non-system file: clang-tidy filters
      UnitFacts Unit;
      analyzeTranslationUnit(Ctx, Packs, Checks, Options, Unit);
      // clang-tidy sees one translation unit at a time: its link step has
      // only this unit's summaries (conncheck -p links the whole project).
      Findings = linkUnits({Unit});
      sortAndUnique(Findings);
      Current = &Ctx;
      Key = ConfigKey;
    }
    return Findings;
  }

  void reset() { Current = nullptr; }

private:
  const ASTContext *Current = nullptr;
  std::string Key;
  std::vector<Finding> Findings;
};

class ConnCheckTidyCheck : public ClangTidyCheck {
public:
  ConnCheckTidyCheck(llvm::StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context) {
    Conf.RulePacks = Options.getLocalOrGlobal("RulePacks", "").str();
    Conf.RulesDir = Options.getLocalOrGlobal("RulesDir", "").str();
    // As a string: clang-tidy's executable does not export the bool
    // specialisation of getLocalOrGlobal.
    llvm::StringRef NoDefaults = Options.getLocalOrGlobal("NoDefaultRules", "false");
    Conf.NoDefaultRules = NoDefaults.equals_insensitive("true") || NoDefaults == "1";
  }

  void storeOptions(ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, "RulePacks", Conf.RulePacks);
    Options.store(Opts, "RulesDir", Conf.RulesDir);
    Options.store(Opts, "NoDefaultRules", Conf.NoDefaultRules ? "true" : "false");
  }

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

  void registerMatchers(MatchFinder *Finder) override {
    Finder->addMatcher(translationUnitDecl().bind("tu"), this);
  }

  void check(const MatchFinder::MatchResult &Result) override {
    auto Packs = packsFor(Conf);
    if (!Packs) {
      if (!Reported)
        configurationDiag("conncheck: %0", DiagnosticIDs::Error)
            << llvm::toString(Packs.takeError());
      else
        llvm::consumeError(Packs.takeError());
      Reported = true;
      return;
    }
    ASTContext &Ctx = *Result.Context;
    for (const Finding &F :
         SharedAnalysis::get().findings(Ctx, *Packs, Conf.key())) {
      if (F.CheckId != getID())
        continue;
      SourceLocation Loc = locationOf(Ctx.getSourceManager(), F.Where);
      if (Loc.isInvalid())
        continue;
      diag(Loc, "%0") << F.Message;
      for (const FindingNote &N : F.Notes) {
        SourceLocation NoteLoc = locationOf(Ctx.getSourceManager(), N.Where);
        if (NoteLoc.isValid())
          diag(NoteLoc, "%0", DiagnosticIDs::Note) << N.Message;
      }
    }
  }

  void onEndOfTranslationUnit() override { SharedAnalysis::get().reset(); }

private:
  Config Conf;
  bool Reported = false;

  static SourceLocation locationOf(const SourceManager &SM,
                                   const SourceSpan &Span) {
    if (!Span.valid())
      return {};
    auto File = SM.getFileManager().getOptionalFileRef(Span.File);
    if (!File)
      return {};
    return SM.translateFileLineCol(*File, Span.Line, Span.Column);
  }
};

class ConnCheckModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    for (const auto &C : createAllChecks())
      Factories.registerCheckFactory(
          C->id(), [](llvm::StringRef Name, ClangTidyContext *Context) {
            return std::make_unique<ConnCheckTidyCheck>(Name, Context);
          });
  }
};

} // namespace
} // namespace tidy
} // namespace conncheck

static clang::tidy::ClangTidyModuleRegistry::Add<conncheck::tidy::ConnCheckModule>
    X("conncheck-module",
      "conncheck: slow calls while a database transaction or pooled "
      "connection is held, connection leaks, nested checkouts, pool sizing.");
