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
//   ProjectFacts    a conncheck cache (the one `conncheck -p` keeps in
//                   <build-dir>/.cache/conncheck) or a facts directory
//                   (--facts-dir): the unit is linked against the facts of
//                   the rest of the project, so a slow call in another file
//                   is found as `conncheck -p` finds it. A relative path is
//                   relative to the .clang-tidy file that sets it.
// An option of a conncheck check that is not one of these, or a value that
// cannot be used, is an error.
//
// The plugin links no Clang or LLVM library: the symbols are the host
// clang-tidy's. A plugin built for one LLVM major version does nothing in
// another's clang-tidy, silently; this one refuses, loudly.
//
//===----------------------------------------------------------------------===//
#include "../checks/CheckRegistry.h"
#include "../checks/TranslationUnitRunner.h"
#include "../project/FactsCache.h"
#include "../project/FactsIO.h"
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
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
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

/// The options every conncheck check takes.
constexpr llvm::StringLiteral KnownOptions[] = {"RulePacks", "RulesDir",
                                                "NoDefaultRules", "ProjectFacts"};

struct Config {
  std::string RulePacks;
  std::string RulesDir;
  bool NoDefaultRules = false;
  /// As written in the configuration; resolved against the .clang-tidy
  /// file that sets it when the unit is checked.
  std::string ProjectFacts;
  std::string key() const {
    return RulePacks + "\n" + RulesDir + "\n" + (NoDefaultRules ? "1" : "0") +
           "\n" + ProjectFacts;
  }
};

/// \p Path as clang-tidy users expect a path in .clang-tidy to mean:
/// relative to the nearest .clang-tidy above \p MainFile that sets
/// \p Option (the file the value came from), else to the working directory
/// (a value given with --config).
std::string resolveConfigPath(llvm::StringRef Path, llvm::StringRef Option,
                              llvm::StringRef MainFile) {
  if (Path.empty() || llvm::sys::path::is_absolute(Path))
    return Path.str();
  llvm::SmallString<256> Dir(MainFile);
  llvm::sys::fs::make_absolute(Dir);
  for (llvm::StringRef D = llvm::sys::path::parent_path(Dir); !D.empty();
       D = llvm::sys::path::parent_path(D)) {
    llvm::SmallString<256> Config(D);
    llvm::sys::path::append(Config, ".clang-tidy");
    auto Text = llvm::MemoryBuffer::getFile(Config);
    if (!Text || !(*Text)->getBuffer().contains(Option))
      continue;
    llvm::SmallString<256> Resolved(D);
    llvm::sys::path::append(Resolved, Path);
    llvm::sys::path::remove_dots(Resolved, /*remove_dot_dot=*/true);
    return std::string(Resolved);
  }
  llvm::SmallString<256> Resolved(Path);
  llvm::sys::fs::make_absolute(Resolved);
  return std::string(Resolved);
}

/// The facts of the rest of the project, from a conncheck cache or a facts
/// directory, loaded once per process and path.
llvm::Expected<const std::vector<UnitFacts> &>
projectFacts(const std::string &Dir) {
  static llvm::StringMap<std::vector<UnitFacts>> Loaded;
  auto It = Loaded.find(Dir);
  if (It != Loaded.end())
    return It->second;
  if (!llvm::sys::fs::is_directory(Dir))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "ProjectFacts '" + Dir +
            "' is not a directory (give a conncheck cache, such as "
            "<build-dir>/.cache/conncheck, or a --facts-dir)");
  auto Units = isFactsCache(Dir) ? loadLatestFacts(Dir) : loadFactsDirectory(Dir);
  if (!Units)
    return Units.takeError();
  return Loaded.try_emplace(Dir, std::move(*Units)).first->second;
}

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

  /// The findings of the unit in \p Ctx, linked against \p Project (the
  /// facts of the other units of the project; empty for none).
  const std::vector<Finding> &findings(ASTContext &Ctx,
                                       const std::vector<rules::RulePack> &Packs,
                                       llvm::ArrayRef<UnitFacts> Project,
                                       const std::string &ConfigKey) {
    if (Current != &Ctx || Key != ConfigKey) {
      Findings.clear();
      auto All = createAllChecks();
      std::vector<ConnCheck *> Checks;
      for (auto &C : All)
        Checks.push_back(C.get());
      const SourceManager &SM = Ctx.getSourceManager();
      std::string MainFile = mainFileOf(SM);
      // The project as the last conncheck run saw it, with this unit as it
      // is now in its place.
      std::vector<UnitFacts> Units;
      for (const UnitFacts &U : Project)
        if (U.File != MainFile)
          Units.push_back(U);
      ProjectWrappers Wrappers = collectWrappers(Units);
      RunOptions Options; // every non-system file: clang-tidy filters
      if (!Wrappers.empty())
        Options.Imported = &Wrappers;
      UnitFacts Unit;
      analyzeTranslationUnit(Ctx, Packs, Checks, Options, Unit);
      Unit.File = MainFile;
      Units.push_back(std::move(Unit));
      Findings = linkUnits(Units);
      // What this unit reports: findings in its files. Those of other units
      // are theirs to report.
      llvm::erase_if(Findings, [&](const Finding &F) {
        return !isFileOf(SM, F.Where.File);
      });
      sortAndUnique(Findings);
      Current = &Ctx;
      Key = ConfigKey;
    }
    return Findings;
  }

  static std::string mainFileOf(const SourceManager &SM) {
    OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
    if (!Main)
      return "";
    llvm::SmallString<256> Path(Main->getName());
    SM.getFileManager().makeAbsolutePath(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    return std::string(Path);
  }

  /// True when \p File (absolute, as findings name files) is the main file
  /// or a file it includes.
  static bool isFileOf(const SourceManager &SM, llvm::StringRef File) {
    auto Entry = SM.getFileManager().getOptionalFileRef(File);
    return Entry && SM.translateFile(*Entry).isValid();
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
    if (!Conf.NoDefaultRules && !NoDefaults.equals_insensitive("false") &&
        NoDefaults != "0")
      ConfigErrors.push_back("invalid value '" + NoDefaults.str() +
                             "' for option 'NoDefaultRules'; expected true "
                             "or false");
    Conf.ProjectFacts = Options.getLocalOrGlobal("ProjectFacts", "").str();
    // clang-tidy ignores options no check reads: a misspelt one would
    // silently do nothing.
    for (const auto &Option : Context->getOptions().CheckOptions) {
      auto [CheckName, OptionName] = llvm::StringRef(Option.getKey()).rsplit('.');
      if (CheckName != Name || OptionName.empty())
        continue;
      if (!llvm::is_contained(KnownOptions, OptionName))
        ConfigErrors.push_back("unknown option '" + Option.getKey().str() +
                               "'; conncheck checks take RulePacks, "
                               "RulesDir, NoDefaultRules and ProjectFacts");
    }
  }

  void storeOptions(ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, "RulePacks", Conf.RulePacks);
    Options.store(Opts, "RulesDir", Conf.RulesDir);
    Options.store(Opts, "NoDefaultRules", Conf.NoDefaultRules ? "true" : "false");
    Options.store(Opts, "ProjectFacts", Conf.ProjectFacts);
  }

  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

  void registerMatchers(MatchFinder *Finder) override {
    Finder->addMatcher(translationUnitDecl().bind("tu"), this);
  }

  void check(const MatchFinder::MatchResult &Result) override {
    if (!ConfigErrors.empty()) {
      if (!Reported)
        for (const std::string &E : ConfigErrors)
          configurationDiag("conncheck: %0", DiagnosticIDs::Error) << E;
      Reported = true;
      return;
    }
    ASTContext &Ctx = *Result.Context;
    Config Resolved = resolved(SharedAnalysis::mainFileOf(Ctx.getSourceManager()));
    auto Packs = packsFor(Resolved);
    if (!Packs)
      return reportOnce(Packs.takeError());
    llvm::ArrayRef<UnitFacts> Project;
    if (!Resolved.ProjectFacts.empty()) {
      auto Facts = projectFacts(Resolved.ProjectFacts);
      if (!Facts)
        return reportOnce(Facts.takeError());
      Project = *Facts;
    }
    for (const Finding &F :
         SharedAnalysis::get().findings(Ctx, *Packs, Project, Resolved.key())) {
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
  std::vector<std::string> ConfigErrors;
  bool Reported = false;

  /// The configuration with its paths resolved for the unit of \p MainFile.
  Config resolved(llvm::StringRef MainFile) const {
    Config R = Conf;
    llvm::SmallVector<llvm::StringRef, 4> Files;
    llvm::StringRef(Conf.RulePacks).split(Files, ';', -1, /*KeepEmpty=*/false);
    R.RulePacks.clear();
    for (llvm::StringRef File : Files)
      R.RulePacks += resolveConfigPath(File.trim(), "RulePacks", MainFile) + ";";
    R.RulesDir = resolveConfigPath(Conf.RulesDir, "RulesDir", MainFile);
    R.ProjectFacts = resolveConfigPath(Conf.ProjectFacts, "ProjectFacts", MainFile);
    return R;
  }

  void reportOnce(llvm::Error Err) {
    if (!Reported)
      configurationDiag("conncheck: %0", DiagnosticIDs::Error)
          << llvm::toString(std::move(Err));
    else
      llvm::consumeError(std::move(Err));
    Reported = true;
  }

  /// Where \p Span is in this unit. A note in a file the unit does not
  /// include (a step of the chain in another unit) gets the file entered
  /// in the source manager, so clang-tidy prints it as conncheck -p does.
  static SourceLocation locationOf(SourceManager &SM, const SourceSpan &Span) {
    if (!Span.valid())
      return {};
    auto File = SM.getFileManager().getOptionalFileRef(Span.File);
    if (!File)
      return {};
    if (SM.translateFile(*File).isInvalid())
      SM.createFileID(*File, SourceLocation(), SrcMgr::C_User);
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
