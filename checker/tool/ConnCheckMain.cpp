//===--- ConnCheckMain.cpp - the conncheck command-line tool --------------===//
//
//   conncheck [options] <source>... [-- <compiler flags>]
//   conncheck -p <build-dir> [<source>...]
//
// Exit status: 0 no findings, 1 findings, 2 conncheck could not do its job.
//
//===----------------------------------------------------------------------===//
#include "../checks/CheckRegistry.h"
#include "../checks/TranslationUnitRunner.h"
#include "../emitters/Emitters.h"
#include "../findings/Baseline.h"
#include "../findings/Suppressions.h"
#include "../project/FactsIO.h"
#include "../project/Linker.h"
#include "../rules/PatternCoverage.h"
#include "../rules/RulePack.h"
#include "ConnCheckVersion.h"

#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendAction.h"
#include "clang/Frontend/TextDiagnosticPrinter.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/PrettyStackTrace.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/thread.h"
#include "llvm/Support/raw_ostream.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include <cstdlib>

using namespace clang;
using namespace conncheck;
namespace cl = llvm::cl;

namespace {

enum ExitCode { NoFindings = 0, HasFindings = 1, ToolError = 2 };

cl::OptionCategory Category("conncheck options");

cl::list<std::string> Sources(cl::Positional, cl::desc("<source>..."),
                              cl::cat(Category));
cl::opt<std::string> BuildPath(
    "p", cl::desc("Build directory holding compile_commands.json; with no "
                  "sources, every file in it is analysed"),
    cl::value_desc("build-dir"), cl::cat(Category));
cl::opt<std::string> Format("format",
                            cl::desc("Output format: text, sarif, github, "
                                     "codequality (GitLab) or html"),
                            cl::init("text"), cl::cat(Category));
cl::opt<std::string> OutputFile("output",
                                cl::desc("Write the report to <file>, whole "
                                         "or not at all (default: stdout)"),
                                cl::value_desc("file"), cl::cat(Category));
cl::alias OutputFileShort("o", cl::desc("Alias for --output"),
                          cl::aliasopt(OutputFile));
cl::list<std::string> ExtraRules("rules",
                                 cl::desc("An extra rule pack (repeatable)"),
                                 cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> RulesDir(
    "rules-dir",
    cl::desc("Directory of the default rule packs (default: "
             "<prefix>/share/conncheck/rules next to the binary)"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<bool> NoDefaultRules("no-default-rules",
                             cl::desc("Load only the packs given by --rules"),
                             cl::cat(Category));
cl::opt<std::string> Checks(
    "checks",
    cl::desc("Comma-separated globs of checks to enable or, with a leading "
             "'-', disable (clang-tidy syntax), applied after 'conncheck-*'"),
    cl::init(""), cl::cat(Category));
cl::opt<bool> ListChecks("list-checks", cl::desc("List the enabled checks"),
                         cl::cat(Category));
cl::opt<bool> ListRules("list-rules",
                        cl::desc("List the loaded rule packs and where they "
                                 "come from"),
                        cl::cat(Category));
cl::opt<std::string> HeaderFilter(
    "header-filter",
    cl::desc("Also analyse headers whose path matches this regex (the main "
             "files are always analysed)"),
    cl::init(""), cl::cat(Category));
cl::opt<std::string> SourceRoot(
    "source-root",
    cl::desc("Directory SARIF result paths are relative to (default: the "
             "current directory)"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> BaselineFile(
    "baseline",
    cl::desc("Report only findings that are not in this baseline file"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> WriteBaselineFile(
    "write-baseline",
    cl::desc("Record today's findings in this baseline file (and report "
             "nothing)"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<bool> Verbose("verbose",
                      cl::desc("Say which functions were skipped and why, and "
                               "which name patterns of the shipped packs "
                               "match no declaration"),
                      cl::cat(Category));
cl::opt<unsigned> Jobs(
    "j", cl::desc("Translation units analysed in parallel (default: the "
                  "number of cores)"),
    cl::init(0), cl::value_desc("n"), cl::Prefix, cl::cat(Category));
cl::alias JobsLong("jobs", cl::desc("Alias for -j"), cl::aliasopt(Jobs));
cl::opt<std::string> FactsDir(
    "facts-dir",
    cl::desc("Write each translation unit's facts (summaries, pending calls, "
             "findings) to this directory; with --link, read them from it"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<bool> FactsOnly(
    "facts-only",
    cl::desc("The per-file step alone: write facts to --facts-dir and report "
             "nothing (link later with --link)"),
    cl::cat(Category));
cl::opt<bool> LinkOnly(
    "link",
    cl::desc("The link step alone: join every unit's facts in --facts-dir "
             "and report the whole program's findings; with -p, units that "
             "call in-house wrappers of other units are analysed again first"),
    cl::cat(Category));
cl::list<std::string> ExtraArgs("extra-arg",
                                cl::desc("Append a compiler argument"),
                                cl::cat(Category));
cl::list<std::string> ExtraArgsBefore(
    "extra-arg-before", cl::desc("Prepend a compiler argument"),
    cl::cat(Category));

int fail(const llvm::Twine &Message) {
  llvm::errs() << "conncheck: error: " << Message << "\n";
  return ToolError;
}

std::string defaultRulesDir(const char *Argv0) {
  std::string Exe = llvm::sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&defaultRulesDir));
  llvm::SmallString<256> Dir(llvm::sys::path::parent_path(
      llvm::sys::path::parent_path(Exe)));
  llvm::sys::path::append(Dir, "share", "conncheck", "rules");
  return std::string(Dir);
}

/// The packs to analyse with, or the mistakes of every pack that has some:
/// an author fixes them all in one go. The first \p Shipped are the default
/// packs, the others the user's (--rules).
llvm::Expected<std::vector<rules::RulePack>> loadPacks(const char *Argv0,
                                                       size_t &Shipped) {
  std::vector<rules::RulePack> Packs;
  llvm::Error Errors = llvm::Error::success();
  if (!NoDefaultRules) {
    std::string Dir = RulesDir.empty() ? defaultRulesDir(Argv0) : RulesDir;
    auto Defaults = rules::loadRuleDirectory(Dir);
    if (!Defaults)
      Errors = llvm::joinErrors(std::move(Errors), Defaults.takeError());
    else
      Packs = std::move(*Defaults);
  }
  for (const std::string &File : ExtraRules) {
    auto Pack = rules::loadRulePack(File);
    if (!Pack)
      Errors = llvm::joinErrors(std::move(Errors), Pack.takeError());
    else
      Packs.push_back(std::move(*Pack));
  }
  if (Errors)
    return std::move(Errors);
  Shipped = Packs.size() - ExtraRules.size();
  return Packs;
}

/// What one run analyses with, shared by every translation unit.
struct AnalysisSetup {
  const std::vector<rules::RulePack> &Packs;
  llvm::ArrayRef<ConnCheck *> Checks;
  const RunOptions &Options;
  /// Where each unit's declarations are tested against the name patterns
  /// followed; null when none is.
  rules::PatternCoverage *Coverage = nullptr;
};

class AnalysisConsumer : public ASTConsumer {
public:
  AnalysisConsumer(const AnalysisSetup &Setup, const RunOptions &Options,
                   UnitFacts &Out)
      : Setup(Setup), Options(Options), Out(Out) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    // A translation unit that does not compile is reported as such, not
    // analysed: its AST is incomplete.
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return;
    analyzeTranslationUnit(Ctx, Setup.Packs, Setup.Checks, Options, Out);
    if (Setup.Coverage)
      Setup.Coverage->visitUnit(Ctx);
  }

private:
  const AnalysisSetup &Setup;
  const RunOptions &Options;
  UnitFacts &Out;
};

/// Creates the actions that analyse one file into its UnitFacts.
class UnitActionFactory : public tooling::FrontendActionFactory {
public:
  UnitActionFactory(const AnalysisSetup &Setup, const RunOptions &Options,
                    UnitFacts &Out)
      : Setup(Setup), Options(Options), Out(Out) {}

  std::unique_ptr<FrontendAction> create() override {
    class Action : public ASTFrontendAction {
    public:
      explicit Action(UnitActionFactory &F) : F(F) {}
      std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &,
                                                     llvm::StringRef) override {
        return std::make_unique<AnalysisConsumer>(F.Setup, F.Options, F.Out);
      }

    private:
      UnitActionFactory &F;
    };
    return std::make_unique<Action>(*this);
  }

private:
  const AnalysisSetup &Setup;
  const RunOptions &Options;
  UnitFacts &Out;
};

/// Analyses one file: its facts, or why it could not be analysed. Compiler
/// diagnostics and verbose notes go to \p Log, so that parallel units do
/// not interleave them.
UnitFacts analyseFile(const std::string &File,
                      const tooling::CompilationDatabase &Compilations,
                      const AnalysisSetup &Setup, std::string &Log,
                      bool &Crashed) {
  UnitFacts Unit;
  llvm::SmallString<256> Absolute(File);
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  Unit.File = std::string(Absolute);

  llvm::raw_string_ostream LogStream(Log);
  RunOptions Options = Setup.Options;
  if (Verbose)
    Options.Verbose = &LogStream;
#if LLVM_VERSION_MAJOR >= 21 // DiagnosticOptions is no longer ref-counted
  DiagnosticOptions DiagOpts;
  TextDiagnosticPrinter Printer(LogStream, DiagOpts);
#else
  auto DiagOpts = llvm::makeIntrusiveRefCnt<DiagnosticOptions>();
  TextDiagnosticPrinter Printer(LogStream, DiagOpts.get());
#endif

  // A file system of its own: ClangTool moves to each compile command's
  // directory, which on the process-wide one would race between threads.
  tooling::ClangTool Tool(Compilations, {File},
                          std::make_shared<PCHContainerOperations>(),
                          llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>(
                              llvm::vfs::createPhysicalFileSystem()));
  Tool.setDiagnosticConsumer(&Printer);
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-resource-dir=" CONNCHECK_CLANG_RESOURCE_DIR,
      tooling::ArgumentInsertPosition::BEGIN));
  for (const std::string &A : ExtraArgsBefore)
    Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        A.c_str(), tooling::ArgumentInsertPosition::BEGIN));
  for (const std::string &A : ExtraArgs)
    Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
        A.c_str(), tooling::ArgumentInsertPosition::END));
  // conncheck is not a compiler: the code's own warnings are not its job.
  Tool.appendArgumentsAdjuster(tooling::getInsertArgumentAdjuster(
      "-w", tooling::ArgumentInsertPosition::END));

  // A crash while parsing or analysing one file is that file's failure,
  // not the run's: the other files are still analysed and reported.
  // As clang's driver does for in-process compiles: the pretty stack
  // trace must not keep pointing into frames a crash abandoned.
  UnitActionFactory Factory(Setup, Options, Unit);
  int Status = 0;
  llvm::CrashRecoveryContext Recovery;
  const void *StackTraceState = llvm::SavePrettyStackState();
  bool Completed = Recovery.RunSafely([&] { Status = Tool.run(&Factory); });
  // A unit that failed keeps nothing of what it yielded: its AST was
  // incomplete, or abandoned mid-analysis.
  auto Failure = [&](llvm::StringRef Why) {
    UnitFacts Failed;
    Failed.File = Unit.File;
    Failed.Failure = ("'" + File + "' could not be analysed: " + Why).str();
    return Failed;
  };
  if (!Completed) {
    llvm::RestorePrettyStackState(StackTraceState);
    Crashed = true;
    return Failure("conncheck crashed on it (please report this)");
  }
  if (Status != 0)
    return Failure("it does not compile (see the errors above)");
  return Unit;
}

/// Analyses \p Files on \p Threads threads; the result is in the order of
/// \p Files whatever order they finish in. On a terminal, a progress line.
std::vector<UnitFacts>
analyseFiles(const std::vector<std::string> &Files,
             const tooling::CompilationDatabase &Compilations,
             const AnalysisSetup &Setup, unsigned Threads, bool &Crashed) {
  std::vector<UnitFacts> Units(Files.size());
  std::atomic<size_t> Next{0};
  std::atomic<bool> AnyCrash{false};
  std::mutex Output;
  size_t Done = 0;
  bool Progress = llvm::errs().is_displayed();
  auto Work = [&] {
    for (size_t I = Next++; I < Files.size(); I = Next++) {
      std::string Log;
      bool UnitCrashed = false;
      Units[I] = analyseFile(Files[I], Compilations, Setup, Log, UnitCrashed);
      if (UnitCrashed)
        AnyCrash = true;
      std::lock_guard<std::mutex> Lock(Output);
      ++Done;
      if (Progress)
        llvm::errs() << "\r\033[K";
      llvm::errs() << Log;
      if (Progress)
        llvm::errs() << "[" << Done << "/" << Files.size() << "] " << Files[I];
    }
  };
  // Clang needs deep stacks for deeply nested code: as much as its driver
  // gives the compiler thread.
  constexpr unsigned StackSize = 16 << 20;
  std::vector<llvm::thread> Pool;
  for (unsigned T = 0; T < std::min<size_t>(Threads, Files.size()); ++T)
    Pool.emplace_back(std::optional<unsigned>(StackSize), Work);
  for (llvm::thread &T : Pool)
    T.join();
  if (Progress)
    llvm::errs() << "\r\033[K";
  Crashed = AnyCrash;
  return Units;
}

/// Analyses again the units that call in-house wrappers (begin, end,
/// acquire, SQL text) whose bodies are in other units, with what those units
/// say the wrappers do, until nothing changes: a wrapper that calls a
/// wrapper of a third unit takes a round more. The report is then the one
/// the whole program as one file would give.
void analyseWithProjectWrappers(std::vector<UnitFacts> &Units,
                                const tooling::CompilationDatabase &Compilations,
                                const AnalysisSetup &Setup, unsigned Threads,
                                bool &Crashed) {
  constexpr unsigned MaxRounds = 4;
  for (unsigned Round = 0; Round < MaxRounds; ++Round) {
    ProjectWrappers Wrappers = collectWrappers(Units);
    std::vector<size_t> Redo;
    std::vector<std::string> Files;
    for (size_t I = 0; I < Units.size(); ++I)
      if (!Units[I].Failure &&
          importsKeyFor(Units[I], Wrappers) != Units[I].ImportsKey) {
        Redo.push_back(I);
        Files.push_back(Units[I].File);
      }
    if (Redo.empty())
      return;
    if (Verbose)
      llvm::errs() << "conncheck: note: " << Redo.size()
                   << " unit(s) call wrappers defined in other units; "
                      "analysing them again with those\n";
    RunOptions Options = Setup.Options;
    Options.Imported = &Wrappers;
    // No pattern coverage: these units were visited in the first round.
    AnalysisSetup WithWrappers{Setup.Packs, Setup.Checks, Options};
    bool RoundCrashed = false;
    std::vector<UnitFacts> Again =
        analyseFiles(Files, Compilations, WithWrappers, Threads, RoundCrashed);
    Crashed = Crashed || RoundCrashed;
    for (size_t J = 0; J < Redo.size(); ++J) {
      Again[J].ImportsKey = importsKeyFor(Again[J], Wrappers);
      Units[Redo[J]] = std::move(Again[J]);
    }
  }
}

/// What a pack fills, for --list-rules: each section that is not empty,
/// with its entries counted by kind, so that an author sees what loaded
/// ("transactions: 1 raii-type, 2 call-pairs; slow-calls: 3").
std::string packContents(const rules::RulePack &Pack) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  llvm::StringRef Section; // the one being printed
  for (const rules::SectionCount &C : rules::sectionCounts(Pack)) {
    if (!C.Count)
      continue;
    if (C.Section != Section)
      OS << (Section.empty() ? "" : "; ") << C.Section << ": ";
    else
      OS << ", ";
    Section = C.Section;
    OS << C.Count;
    if (!C.Entry.empty())
      OS << " " << (C.Count == 1 ? C.Entry : C.Entries);
  }
  return Out.empty() ? "no rules" : Out;
}

void printVersion(llvm::raw_ostream &OS) {
  OS << "conncheck " << CONNCHECK_VERSION << " (LLVM " << LLVM_VERSION_STRING
     << ")\n";
}

} // namespace

int main(int argc, const char **argv) {
  llvm::InitLLVM X(argc, argv);
  llvm::CrashRecoveryContext::Enable();
  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter(printVersion);

  // Everything after "--" is compiler flags for every source.
  std::string FlagsError;
  std::unique_ptr<tooling::CompilationDatabase> Compilations =
      tooling::FixedCompilationDatabase::loadFromCommandLine(argc, argv,
                                                             FlagsError);
  if (!FlagsError.empty())
    return fail(FlagsError);

  std::string ParseErrors;
  llvm::raw_string_ostream ParseErrorStream(ParseErrors);
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "conncheck: finds slow calls made while a database transaction is "
          "open\n",
          &ParseErrorStream)) {
    llvm::errs() << ParseErrors;
    return ToolError;
  }

  if (Format != "text" && Format != "sarif" && Format != "github" &&
      Format != "codequality" && Format != "html")
    return fail("unknown --format '" + Format +
                "'; expected text, sarif, github, codequality or html");

  auto Enabled = createEnabledChecks(Checks);
  if (!Enabled)
    return fail(llvm::toString(Enabled.takeError()));
  std::vector<ConnCheck *> EnabledChecks;
  for (auto &C : *Enabled)
    EnabledChecks.push_back(C.get());

  if (ListChecks) {
    llvm::outs() << "Enabled checks:\n";
    for (ConnCheck *C : EnabledChecks)
      llvm::outs() << "    " << C->id() << "\n";
    return NoFindings;
  }

  size_t ShippedPacks = 0;
  auto Packs = loadPacks(argv[0], ShippedPacks);
  if (!Packs) {
    // One line per mistake, each "file:line:col: message" as editors expect.
    llvm::handleAllErrors(Packs.takeError(), [](const llvm::ErrorInfoBase &E) {
      fail(E.message());
    });
    return ToolError;
  }

  std::optional<Baseline> Known;
  if (!BaselineFile.empty()) {
    auto Loaded = loadBaseline(BaselineFile);
    if (!Loaded)
      return fail(llvm::toString(Loaded.takeError()));
    Known = std::move(*Loaded);
  }

  if (ListRules) {
    for (const rules::RulePack &P : *Packs)
      llvm::outs() << P.Name << "\t" << P.File << "\t" << packContents(P)
                   << "\n";
    return NoFindings;
  }

  if (!BuildPath.empty()) {
    std::string Error;
    auto FromDir = tooling::CompilationDatabase::autoDetectFromDirectory(
        BuildPath, Error);
    if (!FromDir)
      return fail("cannot load the compilation database in '" + BuildPath +
                  "': " + Error);
    Compilations = tooling::inferMissingCompileCommands(std::move(FromDir));
  }

  RunOptions Options;
  std::optional<llvm::Regex> Headers;
  if (!HeaderFilter.empty()) {
    Headers.emplace(HeaderFilter);
    std::string RegexError;
    if (!Headers->isValid(RegexError))
      return fail("invalid --header-filter: " + RegexError);
  }
  Options.AnalyzeFile = [&](const SourceManager &SM, FileID File) {
    if (File == SM.getMainFileID())
      return true;
    if (!Headers)
      return false;
    OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
    return Entry && Headers->match(Entry->getName());
  };

  AnalysisSetup Setup{*Packs, EnabledChecks, Options};
  // Name patterns that match no declaration: always for the user's packs,
  // whose typos nothing else reveals; for the shipped ones only with
  // --verbose, as most of them name libraries a project does not use. Only
  // a run that parses every unit it reports on can tell: not --link (its
  // units are facts) nor --facts-only (one step of a larger run).
  rules::PatternCoverage Coverage(
      *Packs, [&](size_t I) { return I >= ShippedPacks || Verbose; });
  if (!LinkOnly && !FactsOnly && !Coverage.empty())
    Setup.Coverage = &Coverage;
  unsigned Threads = Jobs ? Jobs.getValue()
                          : std::max(1u, std::thread::hardware_concurrency());
  std::vector<UnitFacts> Units;
  bool Crashed = false;
  if (LinkOnly) {
    if (FactsDir.empty())
      return fail("--link needs --facts-dir <dir>");
    if (!Sources.empty())
      return fail("--link takes no sources: it reads the facts in '" +
                  FactsDir + "'");
    auto Loaded = loadFactsDirectory(FactsDir);
    if (!Loaded)
      return fail(llvm::toString(Loaded.takeError()));
    Units = std::move(*Loaded);
    // Units that call wrappers of other units: analysed again when the
    // compilation database is at hand, else the report may miss them.
    if (Compilations) {
      analyseWithProjectWrappers(Units, *Compilations, Setup, Threads, Crashed);
    } else {
      ProjectWrappers Wrappers = collectWrappers(Units);
      unsigned Stale = llvm::count_if(Units, [&](const UnitFacts &U) {
        return !U.Failure && importsKeyFor(U, Wrappers) != U.ImportsKey;
      });
      if (Stale)
        llvm::errs() << "conncheck: warning: " << Stale
                     << " unit(s) call in-house wrappers defined in other "
                        "units; give -p <build-dir> to --link to analyse them "
                        "again with those\n";
    }
  } else {
    if (FactsOnly && FactsDir.empty())
      return fail("--facts-only needs --facts-dir <dir>");
    std::vector<std::string> Files(Sources.begin(), Sources.end());
    if (Files.empty() && !BuildPath.empty())
      Files = Compilations->getAllFiles();
    if (Files.empty())
      return fail("no input files; give sources, or -p <build-dir>");
    for (const std::string &F : Files)
      if (!llvm::sys::fs::exists(F))
        return fail("no such file: '" + F + "'");

    if (!Compilations) {
      std::string Error;
      Compilations = tooling::CompilationDatabase::autoDetectFromSource(
          Files.front(), Error);
      if (!Compilations) {
        llvm::errs()
            << "conncheck: warning: no compilation database found for '"
            << Files.front()
            << "'; analysing with no flags (give them after --)\n";
        Compilations = std::make_unique<tooling::FixedCompilationDatabase>(
            ".", std::vector<std::string>());
      }
    }

    Units = analyseFiles(Files, *Compilations, Setup, Threads, Crashed);
    if (!FactsOnly)
      analyseWithProjectWrappers(Units, *Compilations, Setup, Threads, Crashed);
    if (!FactsDir.empty())
      for (const UnitFacts &U : Units)
        if (auto Err = saveUnitFacts(FactsDir, U))
          return fail(llvm::toString(std::move(Err)));
  }

  std::vector<FailedUnit> Failures;
  for (const UnitFacts &U : Units)
    if (U.Failure)
      Failures.push_back({U.File, *U.Failure});
  if (Setup.Coverage && Verbose)
    llvm::errs() << "conncheck: note: " << Coverage.size()
                 << " name pattern(s) tested against the declarations of "
                 << Coverage.unitsVisited() << " unit(s) in "
                 << std::chrono::duration_cast<std::chrono::milliseconds>(
                        Coverage.timeSpent())
                        .count()
                 << " ms\n";
  // A unit that was not analysed may hold what a pattern names: warn only
  // when every unit was seen. Warnings do not change the exit status.
  if (Setup.Coverage && Failures.empty())
    for (const rules::PatternSite *S : Coverage.unmatched())
      llvm::errs() << S->Origin.File << ":" << S->Origin.Line << ":"
                   << S->Origin.Column << ": warning: name pattern '"
                   << S->Pattern.text()
                   << "' matches no declaration in the analysed code\n";
  if (FactsOnly) {
    for (const FailedUnit &U : Failures)
      llvm::errs() << "conncheck: error: " << U.Reason << "\n";
    if (Crashed) {
      llvm::errs().flush();
      std::_Exit(ToolError);
    }
    return Failures.empty() ? NoFindings : ToolError;
  }

  auto LinkStart = std::chrono::steady_clock::now();
  LinkStats Stats;
  std::vector<Finding> Findings =
      linkUnits(Units, Options.Summaries.MaxChainLength, &Stats);
  if (Verbose)
    llvm::errs() << "conncheck: link: " << Stats.Units << " unit(s), "
                 << Stats.Functions << " function summaries, "
                 << Stats.Pending << " pending call(s), " << Stats.Resolved
                 << " across units, " << Stats.Dropped
                 << " conditional finding(s) dropped, "
                 << std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - LinkStart)
                        .count()
                 << " ms\n";

  // Reports do not depend on the order the inputs were given in.
  llvm::sort(Failures, [](const FailedUnit &A, const FailedUnit &B) {
    return A.File < B.File;
  });
  for (const FailedUnit &U : Failures)
    llvm::errs() << "conncheck: error: " << U.Reason << "\n";

  sortAndUnique(Findings);
  removeSuppressed(Findings);

  RunInfo Run;
  Run.ToolVersion = CONNCHECK_VERSION;
  Run.InformationUri = CONNCHECK_HOMEPAGE;
  Run.Failures = Failures;
  for (auto &C : createAllChecks())
    Run.Rules.push_back({C->id().str(), C->description().str(),
                         std::string(CONNCHECK_HOMEPAGE) + "/blob/main/docs/checks/" +
                             C->id().str() + ".md"});
  llvm::SmallString<256> Root(SourceRoot.empty() ? "." : SourceRoot.c_str());
  llvm::sys::fs::make_absolute(Root);
  llvm::sys::path::remove_dots(Root, /*remove_dot_dot=*/true);
  Run.SourceRoot = std::string(Root);

  if (!WriteBaselineFile.empty()) {
    if (auto Err = llvm::writeToOutput(
            WriteBaselineFile, [&](llvm::raw_ostream &OS) -> llvm::Error {
              writeBaseline(OS, Findings, Run.SourceRoot);
              return llvm::Error::success();
            }))
      return fail("cannot write '" + WriteBaselineFile +
                  "': " + llvm::toString(std::move(Err)));
    llvm::errs() << "conncheck: recorded " << Findings.size()
                 << " finding(s) in '" << WriteBaselineFile << "'\n";
    return Failures.empty() ? NoFindings : ToolError;
  }
  if (Known)
    removeBaselined(Findings, std::move(*Known), Run.SourceRoot);

  auto Emit = [&](llvm::raw_ostream &OS) -> llvm::Error {
    if (Format == "sarif")
      emitSarif(OS, Findings, Run);
    else if (Format == "github")
      emitGithub(OS, Findings, Run.SourceRoot);
    else if (Format == "codequality")
      emitCodeQuality(OS, Findings, Run.SourceRoot);
    else if (Format == "html")
      emitHtml(OS, Findings, Run);
    else
      emitText(OS, Findings);
    return llvm::Error::success();
  };
  if (OutputFile.empty() || OutputFile == "-") {
    if (auto Err = Emit(llvm::outs()))
      return fail(llvm::toString(std::move(Err)));
    llvm::outs().flush();
  } else if (auto Err = llvm::writeToOutput(OutputFile, Emit)) {
    return fail("cannot write '" + OutputFile +
                "': " + llvm::toString(std::move(Err)));
  }

  int Exit = !Failures.empty() ? ToolError
             : Findings.empty() ? NoFindings
                                : HasFindings;
  if (Crashed) {
    // What the crashed translation unit left behind (timers, allocations in
    // abandoned frames) cannot be torn down safely: the report is written,
    // leave without global destructors.
    llvm::outs().flush();
    llvm::errs().flush();
    std::_Exit(Exit);
  }
  return Exit;
}
