//===--- Reports.cpp - which reports a run writes, and writing them ------===//
#include "Reports.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

namespace conncheck {

static constexpr llvm::StringLiteral KnownFormats[] = {
    "text", "sarif", "github", "codequality", "html"};

llvm::Expected<std::vector<ReportSpec>>
reportSpecs(llvm::ArrayRef<std::string> Formats, llvm::StringRef OutputFile) {
  auto Error = [](const llvm::Twine &Message) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
  };
  std::vector<ReportSpec> Specs;
  for (llvm::StringRef Value : Formats) {
    auto [Name, File] = Value.split(':');
    if (!llvm::is_contained(KnownFormats, Name))
      return Error("unknown --format '" + Name +
                   "'; expected text, sarif, github, codequality or html, "
                   "optionally followed by ':<file>'");
    if (Value.contains(':') && File.empty())
      return Error("--format '" + Value + "' names no file after ':'");
    Specs.push_back({Name.str(), File.str()});
  }
  if (Specs.empty())
    Specs.push_back({"text", ""});
  unsigned ToOutput = 0;
  llvm::StringSet<> Files;
  for (ReportSpec &S : Specs) {
    if (S.File.empty()) {
      S.File = OutputFile.str();
      if (++ToOutput > 1)
        return Error("more than one --format writes to " +
                     (OutputFile.empty() ? llvm::Twine("stdout")
                                         : "'" + OutputFile + "'") +
                     "; give the others a file: --format=<format>:<file>");
    }
    if (!S.File.empty() && S.File != "-" && !Files.insert(S.File).second)
      return Error("two reports would be written to '" + S.File + "'");
  }
  if (!OutputFile.empty() && !ToOutput)
    return Error("-o '" + OutputFile +
                 "' is for the --format that names no file, and every "
                 "--format names one");
  return Specs;
}

std::optional<std::string> unwritable(llvm::StringRef Path) {
  namespace fs = llvm::sys::fs;
  if (Path.empty() || Path == "-")
    return std::nullopt;
  if (fs::is_directory(Path))
    return "'" + Path.str() + "' is a directory";
  llvm::StringRef Parent = llvm::sys::path::parent_path(Path);
  if (Parent.empty())
    Parent = ".";
  if (!fs::is_directory(Parent))
    return "cannot write '" + Path.str() + "': no directory '" + Parent.str() +
           "'";
  if (fs::access(Parent, fs::AccessMode::Write) ||
      (fs::exists(Path) && fs::access(Path, fs::AccessMode::Write)))
    return "cannot write '" + Path.str() + "': permission denied";
  return std::nullopt;
}

static void emitReport(llvm::StringRef Format, llvm::raw_ostream &OS,
                llvm::ArrayRef<Finding> Findings, const RunInfo &Run,
                const TextOptions &Text) {
  if (Format == "sarif")
    emitSarif(OS, Findings, Run);
  else if (Format == "github")
    emitGithub(OS, Findings, Run.SourceRoot);
  else if (Format == "codequality")
    emitCodeQuality(OS, Findings, Run.SourceRoot);
  else if (Format == "html")
    emitHtml(OS, Findings, Run);
  else
    emitText(OS, Findings, Text);
}

llvm::Error writeReports(llvm::ArrayRef<ReportSpec> Specs,
                         llvm::ArrayRef<Finding> Findings, const RunInfo &Run,
                         ColorMode Color) {
  llvm::Error Errors = llvm::Error::success();
  for (const ReportSpec &S : Specs) {
    // Colour where a person reads it: a colour terminal, unless told.
    bool ToStdout = S.File.empty() || S.File == "-";
    TextOptions Text;
    Text.Color = Color == ColorMode::Always ||
                 (Color == ColorMode::Auto && ToStdout &&
                  llvm::outs().has_colors());
    if (ToStdout) {
      emitReport(S.Format, llvm::outs(), Findings, Run, Text);
      llvm::outs().flush();
      continue;
    }
    if (llvm::Error Err =
            llvm::writeToOutput(S.File, [&](llvm::raw_ostream &OS) {
              emitReport(S.Format, OS, Findings, Run, Text);
              return llvm::Error::success();
            })) {
      Errors = llvm::joinErrors(
          std::move(Errors),
          llvm::createStringError(
              llvm::inconvertibleErrorCode(),
              "cannot write '" + S.File + "': " +
                  llvm::errorToErrorCode(std::move(Err)).message()));
    }
  }
  return Errors;
}

} // namespace conncheck
