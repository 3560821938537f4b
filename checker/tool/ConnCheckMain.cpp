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
#include "../findings/Exclusion.h"
#include "../findings/Suppressions.h"
#include "../project/FactsCache.h"
#include "../project/FactsIO.h"
#include "../project/Linker.h"
#include "../rules/PatternCoverage.h"
#include "../rules/RulePack.h"
#include "ColorOption.h"
#include "ConnCheckVersion.h"
#include "Reports.h"
#include "HelpText.h"
#include "RunSummary.h"

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
#include "llvm/Support/SourceMgr.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
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

// The positional's description is --help's USAGE line.
cl::list<std::string> Sources(
    cl::Positional,
    cl::desc("<source>... [-- <compiler flags>]\n"
             "       conncheck [options] -p <build-dir> [<source>...]"),
    cl::cat(Category));
cl::opt<std::string> BuildPath(
    "p", cl::desc("Build directory holding compile_commands.json; with no "
                  "sources, every file in it is analysed"),
    cl::value_desc("build-dir"), cl::cat(Category));
cl::list<std::string> Formats(
    "format",
    cl::desc("Output format: text, sarif, github, codequality (GitLab) or "
             "html; '<format>:<file>' writes that report to <file>. "
             "Repeatable: one analysis, several reports (default: text)"),
    cl::value_desc("format[:file]"), cl::cat(Category));
cl::opt<std::string> OutputFile("output",
                                cl::desc("Write the report of the --format "
                                         "that names no file to <file>, whole "
                                         "or not at all (default: stdout)"),
                                cl::value_desc("file"), cl::cat(Category));
// Aliases are hidden unless told otherwise: these belong in --help.
cl::alias OutputFileShort("o", cl::desc("Alias for --output"),
                          cl::aliasopt(OutputFile), cl::NotHidden);
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
    cl::desc("Directory report and baseline paths are relative to "
             "(default: the current directory; for --baseline, the one it "
             "was recorded with)"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<std::string> BaselineFile(
    "baseline",
    cl::desc("Report only findings that are not in this baseline file"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> WriteBaselineFile(
    "write-baseline",
    cl::desc("Record today's findings in this baseline file (and report "
             "nothing, unless -o is given too)"),
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
cl::alias JobsLong("jobs", cl::desc("Alias for -j"), cl::aliasopt(Jobs),
                   cl::NotHidden);
cl::opt<std::string> FactsDir(
    "facts-dir",
    cl::desc("Write each translation unit's facts (summaries, pending calls, "
             "findings) to this directory; with --link, read them from it "
             "(or from a facts cache)"),
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
cl::opt<std::string> CacheDir(
    "cache-dir",
    cl::desc("Keep each unit's facts here between runs, so that a re-run "
             "analyses only the units whose inputs changed (default with -p: "
             "<build-dir>/.cache/conncheck)"),
    cl::value_desc("dir"), cl::cat(Category));
cl::opt<bool> NoCache("no-cache", cl::desc("Use no facts cache"),
                      cl::cat(Category));
cl::opt<bool> ClearCache("clear-cache",
                         cl::desc("Remove every entry of the facts cache, and "
                                  "analyse nothing"),
                         cl::cat(Category));
cl::opt<unsigned> CacheMaxSize(
    "cache-max-size",
    cl::desc("Size the facts cache is pruned to after a run, least recently "
             "used entries first, in MB (default: 1024)"),
    cl::init(1024), cl::value_desc("MB"), cl::cat(Category));
cl::list<std::string> Changed(
    "changed",
    cl::desc("Report only the findings whose place or chain is in this file "
             "(repeatable): with -p and no sources every unit is still "
             "analysed (through the cache) and linked, so a change that "
             "makes a finding in another file is reported; a changed file "
             "no unit reads is reported as not analysed"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> VfsOverlay(
    "vfsoverlay",
    cl::desc("Overlay the virtual file system described by <file> (clang's "
             "-ivfsoverlay format) over the real one, for the analysis and "
             "the cache alike: how the git hook analyses staged content"),
    cl::value_desc("file"), cl::cat(Category));
cl::opt<std::string> Shard(
    "shard",
    cl::desc("Analyse only the i-th of n equal parts of the inputs (i/n, "
             "from 1/n), for the per-file step in CI shards"),
    cl::value_desc("i/n"), cl::cat(Category));
cl::opt<bool> Quiet("quiet",
                    cl::desc("No summary line at the end of a text report"),
                    cl::cat(Category));
cl::opt<std::string> Exclude(
    "exclude",
    cl::desc("Report nothing in files whose path matches this regex "
             "(generated code, vendored libraries), and analyse no header "
             "it matches; calls into them are still followed"),
    cl::value_desc("regex"), cl::cat(Category));
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
  RunOptions Options;
  /// Where each unit's declarations are tested against the name patterns
  /// followed; null when none is.
  rules::PatternCoverage *Coverage = nullptr;
  /// Facts kept between runs; null for none.
  FactsCache *Cache = nullptr;
  /// What decides every unit's facts besides its own compile command and
  /// the files it reads (the tool, the packs, the options): part of each
  /// cache key.
  std::string SettingsKey = "";
  /// --vfsoverlay's description, laid over the real file system.
  std::shared_ptr<llvm::MemoryBuffer> Overlay = nullptr;
};

/// The real file system, with --vfsoverlay over it. Each unit gets one of
/// its own: ClangTool moves to each compile command's directory, which on a
/// shared one would race between threads.
llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>
fileSystemFor(const AnalysisSetup &Setup) {
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> Real =
      llvm::vfs::createPhysicalFileSystem();
  if (!Setup.Overlay)
    return Real;
  std::unique_ptr<llvm::vfs::FileSystem> Overlaid = llvm::vfs::getVFSFromYAML(
      llvm::MemoryBuffer::getMemBuffer(Setup.Overlay->getMemBufferRef()),
      nullptr, VfsOverlay, nullptr, Real);
  if (!Overlaid) // checked when the run began
    return Real;
  return llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem>(Overlaid.release());
}

/// Every file \p SM read, by absolute path, with the digest of the content
/// the unit was analysed with (when \p WithDigests).
std::vector<FileDigest> filesRead(const SourceManager &SM, bool WithDigests) {
  std::vector<FileDigest> Reads;
  for (auto It = SM.fileinfo_begin(); It != SM.fileinfo_end(); ++It) {
    // Absolute but not normalised: "dir/../x" is not "x" when dir is a
    // symbolic link, as in the paths of system headers.
    llvm::SmallString<256> Path(It->first.getName());
    SM.getFileManager().makeAbsolutePath(Path);
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/false);
    FileDigest R{std::string(Path), 0};
    if (WithDigests) {
      auto Buffer =
          const_cast<SourceManager &>(SM).getMemoryBufferForFileOrNone(It->first);
      if (!Buffer)
        continue;
      R.Digest = contentDigest(Buffer->getBuffer());
    }
    Reads.push_back(std::move(R));
  }
  llvm::sort(Reads, [](const FileDigest &A, const FileDigest &B) {
    return A.Path < B.Path;
  });
  return Reads;
}

class AnalysisConsumer : public ASTConsumer {
public:
  AnalysisConsumer(const AnalysisSetup &Setup, const RunOptions &Options,
                   UnitFacts &Out, std::vector<FileDigest> &Reads)
      : Setup(Setup), Options(Options), Out(Out), Reads(Reads) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    // A translation unit that does not compile is reported as such, not
    // analysed: its AST is incomplete.
    if (Ctx.getDiagnostics().hasErrorOccurred())
      return;
    analyzeTranslationUnit(Ctx, Setup.Packs, Setup.Checks, Options, Out);
    if (Setup.Coverage)
      Setup.Coverage->visitUnit(Ctx);
    Reads = filesRead(Ctx.getSourceManager(), Setup.Cache != nullptr);
  }

private:
  const AnalysisSetup &Setup;
  const RunOptions &Options;
  UnitFacts &Out;
  std::vector<FileDigest> &Reads;
};

/// Creates the actions that analyse one file into its UnitFacts.
class UnitActionFactory : public tooling::FrontendActionFactory {
public:
  UnitActionFactory(const AnalysisSetup &Setup, const RunOptions &Options,
                    UnitFacts &Out, std::vector<FileDigest> &Reads)
      : Setup(Setup), Options(Options), Out(Out), Reads(Reads) {}

  std::unique_ptr<FrontendAction> create() override {
    class Action : public ASTFrontendAction {
    public:
      explicit Action(UnitActionFactory &F) : F(F) {}
      std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &,
                                                     llvm::StringRef) override {
        return std::make_unique<AnalysisConsumer>(F.Setup, F.Options, F.Out,
                                                  F.Reads);
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
  std::vector<FileDigest> &Reads;
};

/// The absolute, dot-free form of \p File, as units name their files.
std::string absolutePath(llvm::StringRef File) {
  llvm::SmallString<256> Absolute(File);
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  return std::string(Absolute);
}

/// Analyses one file: its facts, or why it could not be analysed. Compiler
/// diagnostics and verbose notes go to \p Log, so that parallel units do
/// not interleave them.
UnitFacts analyseFile(const std::string &File,
                      const tooling::CompilationDatabase &Compilations,
                      const AnalysisSetup &Setup, std::string &Log,
                      std::vector<FileDigest> &Reads, bool &Crashed) {
  UnitFacts Unit;
  Unit.File = absolutePath(File);

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

  tooling::ClangTool Tool(Compilations, {File},
                          std::make_shared<PCHContainerOperations>(),
                          fileSystemFor(Setup));
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
  UnitActionFactory Factory(Setup, Options, Unit, Reads);
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


/// The key of \p File's facts in the cache, with \p ImportsKey the
/// wrappers of other units it is analysed with (empty: none).
std::string cacheKeyFor(const std::string &File,
                        const tooling::CompilationDatabase &Compilations,
                        const AnalysisSetup &Setup, llvm::StringRef ImportsKey) {
  CacheKeyBuilder Key;
  Key.add(Setup.SettingsKey).add(absolutePath(File)).add(ImportsKey);
  for (const tooling::CompileCommand &C : Compilations.getCompileCommands(File)) {
    Key.add(C.Directory).add(C.Filename);
    for (const std::string &Arg : C.CommandLine)
      Key.add(Arg);
  }
  return Key.key();
}

/// What the units of a run read, and whether every one was parsed (a unit
/// from the cache was not: its declarations were not visited).
struct ReadLog {
  std::mutex Lock;
  llvm::StringSet<> Files;
  bool AllParsed = true;

  /// Files by the names reports give them (absolute, dot-free).
  void add(llvm::ArrayRef<std::string> Paths) {
    std::lock_guard<std::mutex> Guard(Lock);
    for (const std::string &P : Paths) {
      llvm::SmallString<256> Name(P);
      llvm::sys::path::remove_dots(Name, /*remove_dot_dot=*/true);
      Files.insert(Name);
    }
  }
};

/// One unit's facts: from the cache when every file it read last time is
/// unchanged, else analysed (and then stored).
UnitFacts factsFor(const std::string &File, llvm::StringRef ImportsKey,
                   const tooling::CompilationDatabase &Compilations,
                   const AnalysisSetup &Setup, ReadLog &Read, std::string &Log,
                   bool &Crashed) {
  std::string Key;
  if (Setup.Cache) {
    Key = cacheKeyFor(File, Compilations, Setup, ImportsKey);
    if (std::optional<CachedUnit> Hit = Setup.Cache->lookup(Key)) {
      Setup.Cache->markLatest(Hit->Facts.File, Key);
      Read.add(Hit->Reads);
      std::lock_guard<std::mutex> Guard(Read.Lock);
      Read.AllParsed = false;
      return std::move(Hit->Facts);
    }
  }
  std::vector<FileDigest> Reads;
  UnitFacts Unit = analyseFile(File, Compilations, Setup, Log, Reads, Crashed);
  if (Unit.Failure)
    return Unit;
  if (Setup.Options.Imported)
    Unit.ImportsKey = importsKeyFor(Unit, *Setup.Options.Imported);
  std::vector<std::string> Paths;
  for (const FileDigest &R : Reads)
    Paths.push_back(R.Path);
  Read.add(Paths);
  if (Setup.Cache)
    if (llvm::Error Err = Setup.Cache->store(Key, Unit, Reads))
      // A cache that cannot be written costs time, not results.
      Log += "conncheck: warning: " + llvm::toString(std::move(Err)) + "\n";
  return Unit;
}

/// Analyses \p Files on \p Threads threads; the result is in the order of
/// \p Files whatever order they finish in. On a terminal, a progress line.
/// \p ImportsKeys, when given, is the key of the wrappers each file is
/// analysed with.
std::vector<UnitFacts>
analyseFiles(const std::vector<std::string> &Files,
             const tooling::CompilationDatabase &Compilations,
             const AnalysisSetup &Setup, unsigned Threads, ReadLog &Read,
             bool &Crashed, llvm::ArrayRef<std::string> ImportsKeys = {}) {
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
      Units[I] = factsFor(Files[I], ImportsKeys.empty() ? "" : ImportsKeys[I],
                          Compilations, Setup, Read, Log, UnitCrashed);
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
                                ReadLog &Read, bool &Crashed) {
  constexpr unsigned MaxRounds = 4;
  for (unsigned Round = 0; Round < MaxRounds; ++Round) {
    ProjectWrappers Wrappers = collectWrappers(Units);
    std::vector<size_t> Redo;
    std::vector<std::string> Files, ImportsKeys;
    for (size_t I = 0; I < Units.size(); ++I) {
      if (Units[I].Failure)
        continue;
      std::string Imports = importsKeyFor(Units[I], Wrappers);
      if (Imports != Units[I].ImportsKey) {
        Redo.push_back(I);
        Files.push_back(Units[I].File);
        ImportsKeys.push_back(std::move(Imports));
      }
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
    AnalysisSetup WithWrappers = Setup;
    WithWrappers.Options = Options;
    WithWrappers.Coverage = nullptr;
    bool RoundCrashed = false;
    std::vector<UnitFacts> Again =
        analyseFiles(Files, Compilations, WithWrappers, Threads, Read,
                     RoundCrashed, ImportsKeys);
    Crashed = Crashed || RoundCrashed;
    for (size_t J = 0; J < Redo.size(); ++J)
      Units[Redo[J]] = std::move(Again[J]);
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

/// What decides every unit's facts besides its compile command and the
/// files it reads: this very binary (a rebuilt conncheck analyses anew),
/// the packs' content, and the options that change the analysis.
std::string settingsKey(const char *Argv0,
                        llvm::ArrayRef<rules::RulePack> Packs) {
  CacheKeyBuilder Key;
  Key.add(CONNCHECK_VERSION).add(LLVM_VERSION_STRING);
  // By content, not path or time: a CI job that builds the same conncheck
  // again (or installs it elsewhere) still hits the cache it restored.
  std::string Exe = llvm::sys::fs::getMainExecutable(
      Argv0, reinterpret_cast<void *>(&settingsKey));
  if (auto Binary = llvm::MemoryBuffer::getFile(Exe, /*IsText=*/false,
                                                /*RequiresNullTerminator=*/false))
    Key.add(llvm::utohexstr(contentDigest((*Binary)->getBuffer())));
  else
    Key.add(Exe); // unreadable: at least not another binary's entries
  for (const rules::RulePack &P : Packs) {
    Key.add(P.File);
    if (auto Text = llvm::MemoryBuffer::getFile(P.File))
      Key.add((*Text)->getBuffer());
  }
  Key.add(Checks).add(HeaderFilter).add(CONNCHECK_CLANG_RESOURCE_DIR);
  for (const std::string &A : ExtraArgsBefore)
    Key.add("before").add(A);
  for (const std::string &A : ExtraArgs)
    Key.add("after").add(A);
  return Key.key();
}

/// Where the facts cache is, or "" for none: --cache-dir, else next to the
/// compilation database of -p, where a project's derived files live.
std::string cacheDirectory() {
  if (NoCache)
    return "";
  if (!CacheDir.empty())
    return absolutePath(CacheDir);
  if (BuildPath.empty())
    return "";
  llvm::SmallString<256> Dir(absolutePath(BuildPath));
  llvm::sys::path::append(Dir, ".cache", "conncheck");
  return std::string(Dir);
}

/// Parses --shard "i/n" into (i - 1, n).
std::optional<std::pair<unsigned, unsigned>> parseShard(llvm::StringRef Text) {
  auto [I, N] = Text.split('/');
  unsigned Index = 0, Count = 0;
  if (I.getAsInteger(10, Index) || N.getAsInteger(10, Count) || Count == 0 ||
      Index == 0 || Index > Count)
    return std::nullopt;
  return std::make_pair(Index - 1, Count);
}

/// True when \p F is at, or its notes go through, one of \p Files.
bool touchesAny(const Finding &F, const llvm::StringSet<> &Files) {
  if (Files.contains(F.Where.File))
    return true;
  return llvm::any_of(F.Notes, [&](const FindingNote &N) {
    return Files.contains(N.Where.File);
  });
}

bool isSourceFile(llvm::StringRef File) {
  llvm::StringRef Ext = llvm::sys::path::extension(File);
  return Ext == ".c" || Ext == ".cc" || Ext == ".cpp" || Ext == ".cxx" ||
         Ext == ".c++" || Ext == ".C";
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
  cl::opt<ColorMode> &Color = registerColorOption(Category);
  std::string Overview = helpOverview();
  if (!cl::ParseCommandLineOptions(argc, argv, Overview, &ParseErrorStream)) {
    llvm::errs() << ParseErrors;
    return ToolError;
  }

  auto Reports = reportSpecs(Formats, OutputFile);
  if (!Reports)
    return fail(llvm::toString(Reports.takeError()));
  std::optional<std::pair<unsigned, unsigned>> ShardOf;
  if (!Shard.empty() && !(ShardOf = parseShard(Shard)))
    return fail("invalid --shard '" + Shard +
                "'; expected i/n with 1 <= i <= n");

  auto Enabled = createEnabledChecks(Checks);
  if (!Enabled)
    return fail(llvm::toString(Enabled.takeError()));
  std::vector<ConnCheck *> EnabledChecks;
  for (auto &C : *Enabled)
    EnabledChecks.push_back(C.get());
  if (EnabledChecks.empty())
    return fail("no checks enabled by --checks='" + Checks +
                "'; name the ones to run after '-*' (--list-checks)");

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

  // Outputs that cannot be written fail now, not after the analysis.
  for (const ReportSpec &R : *Reports)
    if (auto Why = unwritable(R.File))
      return fail(*Why);
  if (auto Why = unwritable(WriteBaselineFile))
    return fail(*Why);

  std::shared_ptr<llvm::MemoryBuffer> Overlay;
  if (!VfsOverlay.empty()) {
    auto Text = llvm::MemoryBuffer::getFile(VfsOverlay);
    if (!Text)
      return fail("cannot read --vfsoverlay '" + VfsOverlay +
                  "': " + Text.getError().message());
    Overlay = std::move(*Text);
    std::string Diagnostics;
    auto Check = llvm::vfs::getVFSFromYAML(
        llvm::MemoryBuffer::getMemBuffer(Overlay->getMemBufferRef()),
        [](const llvm::SMDiagnostic &D, void *Context) {
          llvm::raw_string_ostream OS(*static_cast<std::string *>(Context));
          D.print(nullptr, OS, /*ShowColors=*/false);
        },
        VfsOverlay, &Diagnostics, llvm::vfs::getRealFileSystem());
    if (!Check)
      return fail("invalid --vfsoverlay '" + VfsOverlay + "':\n" +
                  Diagnostics);
  }

  std::string CachePath = cacheDirectory();
  if (ClearCache) {
    if (CachePath.empty())
      return fail("--clear-cache needs --cache-dir <dir> or -p <build-dir>");
    if (auto Err = clearFactsCache(CachePath))
      return fail(llvm::toString(std::move(Err)));
    llvm::errs() << "conncheck: cleared the cache in '" << CachePath << "'\n";
    return NoFindings;
  }

  // The files the compilation database names (not those it would infer a
  // command for): a changed source outside it was not analysed.
  llvm::StringSet<> DatabaseFiles;
  if (!BuildPath.empty()) {
    std::string Error;
    auto FromDir = tooling::CompilationDatabase::autoDetectFromDirectory(
        BuildPath, Error);
    if (!FromDir)
      return fail("cannot load the compilation database in '" + BuildPath +
                  "': " + Error);
    for (const std::string &F : FromDir->getAllFiles())
      DatabaseFiles.insert(absolutePath(F));
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
  auto Excluded = Exclusion::create(Exclude);
  if (!Excluded)
    return fail(llvm::toString(Excluded.takeError()));
  Options.AnalyzeFile = [&](const SourceManager &SM, FileID File) {
    if (File == SM.getMainFileID())
      return true;
    if (!Headers)
      return false;
    OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
    return Entry && Headers->match(Entry->getName()) &&
           !Excluded->excludes(Entry->getName());
  };

  AnalysisSetup Setup{*Packs, EnabledChecks, Options};
  Setup.Overlay = Overlay;
  std::optional<FactsCache> Cache;
  if (!CachePath.empty()) {
    Cache.emplace(CachePath, fileSystemFor(Setup));
    Setup.Cache = &*Cache;
    Setup.SettingsKey = settingsKey(argv[0], *Packs);
  }
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
  ReadLog Read;
  bool Crashed = false;
  if (LinkOnly) {
    if (FactsDir.empty())
      return fail("--link needs --facts-dir <dir>");
    if (!Sources.empty())
      return fail("--link takes no sources: it reads the facts in '" +
                  FactsDir + "'");
    // A facts directory, or a conncheck cache: the last facts of each unit
    // a run stored there.
    unsigned Stale = 0;
    auto Loaded = isFactsCache(FactsDir) ? loadLatestFacts(FactsDir, &Stale)
                                         : loadFactsDirectory(FactsDir);
    if (!Loaded)
      return fail(llvm::toString(Loaded.takeError()));
    if (Stale)
      llvm::errs() << "conncheck: warning: " << Stale
                   << " unit(s) of the cache '" << FactsDir
                   << "' were stored by another conncheck and are left out; "
                      "run conncheck -p <build-dir> to refresh them\n";
    Units = std::move(*Loaded);
    // Units that call wrappers of other units: analysed again when the
    // compilation database is at hand, else the report may miss them.
    if (Compilations) {
      analyseWithProjectWrappers(Units, *Compilations, Setup, Threads, Read,
                                 Crashed);
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
    if (ShardOf) {
      llvm::sort(Files);
      std::vector<std::string> Part;
      for (size_t I = ShardOf->first; I < Files.size(); I += ShardOf->second)
        Part.push_back(Files[I]);
      Files = std::move(Part);
    }
    // A file that is not there (a generated source not generated yet, a
    // stale entry) is that entry's failure: the others are analysed.
    std::vector<std::string> Present;
    for (const std::string &F : Files) {
      if (llvm::sys::fs::exists(F)) {
        Present.push_back(F);
        continue;
      }
      UnitFacts Missing;
      Missing.File = absolutePath(F);
      Missing.Failure = "'" + F + "' could not be analysed: no such file";
      Units.push_back(std::move(Missing));
    }

    if (!Compilations && !Present.empty()) {
      std::string Error;
      Compilations = tooling::CompilationDatabase::autoDetectFromSource(
          Present.front(), Error);
      if (!Compilations) {
        llvm::errs()
            << "conncheck: warning: no compilation database found for '"
            << Present.front()
            << "'; analysing with no flags (give them after --)\n";
        Compilations = std::make_unique<tooling::FixedCompilationDatabase>(
            ".", std::vector<std::string>());
      }
    }

    if (!Present.empty()) {
      std::vector<UnitFacts> Analysed =
          analyseFiles(Present, *Compilations, Setup, Threads, Read, Crashed);
      if (!FactsOnly)
        analyseWithProjectWrappers(Analysed, *Compilations, Setup, Threads,
                                   Read, Crashed);
      for (UnitFacts &U : Analysed)
        Units.push_back(std::move(U));
    }
    if (!FactsDir.empty())
      for (const UnitFacts &U : Units)
        if (auto Err = saveUnitFacts(FactsDir, U))
          return fail(llvm::toString(std::move(Err)));
  }
  if (Cache) {
    if (Verbose)
      llvm::errs() << "conncheck: cache: " << Cache->hits() << " hit(s), "
                   << Cache->misses() << " miss(es) in '" << CachePath
                   << "'\n";
    if (Cache->misses())
      Cache->prune(uint64_t(CacheMaxSize) << 20);
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
  // A unit that was not analysed, or came from the cache, may hold what a
  // pattern names: warn only when every unit was parsed. Warnings do not
  // change the exit status.
  if (Setup.Coverage && Failures.empty() && Read.AllParsed)
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
  RunSummary Summary;
  Summary.countUnits(Units);
  Summary.Nolint = removeSuppressed(Findings);
  Summary.Excluded = Excluded->removeExcluded(Findings);

  // Only what a change touches: findings at, or with a chain through, a
  // changed file. A changed file that no unit read was not analysed at all,
  // which a hook must say rather than pass in silence.
  if (!Changed.empty()) {
    llvm::StringSet<> ChangedFiles;
    for (const std::string &C : Changed) {
      std::string Path = absolutePath(C);
      ChangedFiles.insert(Path);
      if (Read.Files.contains(Path) || LinkOnly)
        continue;
      if (isSourceFile(Path) && !DatabaseFiles.empty() &&
          !DatabaseFiles.contains(Path))
        llvm::errs() << "conncheck: warning: '" << C
                     << "' is not in the compilation database: not analysed\n";
      else if (!isSourceFile(Path))
        llvm::errs() << "conncheck: warning: '" << C
                     << "' is included by no analysed unit: not analysed\n";
    }
    llvm::erase_if(Findings, [&](const Finding &F) {
      return !touchesAny(F, ChangedFiles);
    });
  }

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
              writeBaseline(OS, Findings, Run.SourceRoot, WriteBaselineFile);
              return llvm::Error::success();
            }))
      return fail("cannot write '" + WriteBaselineFile + "': " +
                  llvm::errorToErrorCode(std::move(Err)).message());
    llvm::errs() << "conncheck: recorded " << Findings.size()
                 << " finding(s) in '" << WriteBaselineFile << "'\n";
    // With reports to files (-o, --format=F:FILE), those of what was
    // recorded too.
    if (llvm::none_of(*Reports, [](const ReportSpec &R) {
          return !R.File.empty() && R.File != "-";
        }))
      return Failures.empty() ? NoFindings : ToolError;
  } else if (Known) {
    Summary.Baselined = removeBaselined(
        Findings, *Known, baselineRoot(*Known, SourceRoot, Run.SourceRoot));
    if (auto Warning =
            unmatchedBaselineWarning(BaselineFile, *Known, Summary.Baselined))
      llvm::errs() << "conncheck: warning: " << *Warning << "\n";
  }
  Summary.countReported(Findings);

  if (llvm::Error Err = writeReports(*Reports, Findings, Run, Color)) {
    llvm::handleAllErrors(std::move(Err), [](const llvm::ErrorInfoBase &E) {
      fail(E.message());
    });
    return ToolError;
  }

  if (!Quiet && llvm::any_of(*Reports, [](const ReportSpec &R) {
        return R.Format == "text";
      }))
    llvm::errs() << Summary.str() << "\n";

  // A run that wrote a baseline succeeded, whatever it recorded.
  int Exit = !Failures.empty()                                ? ToolError
             : Findings.empty() || !WriteBaselineFile.empty() ? NoFindings
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
