//===--- GithubEmitter.cpp - GitHub Actions workflow commands -------------===//
#include "Emitters.h"

namespace conncheck {
namespace {

// Workflow command escaping, as the Actions runner decodes it.
std::string escapeData(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else
      Out += C;
  }
  return Out;
}

std::string escapeProperty(llvm::StringRef S) {
  std::string Out;
  for (char C : escapeData(S)) {
    if (C == ':')
      Out += "%3A";
    else if (C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

} // namespace

void emitGithub(llvm::raw_ostream &OS, llvm::ArrayRef<Finding> Findings,
                llvm::StringRef SourceRoot) {
  auto Shown = [&](const std::string &File) {
    return relativePath(File, SourceRoot).value_or(File);
  };
  for (const Finding &F : Findings) {
    std::string Message = F.Message;
    for (const FindingNote &N : F.Notes)
      Message += "\n" + Shown(N.Where.File) + ":" +
                 std::to_string(N.Where.Line) + ":" +
                 std::to_string(N.Where.Column) + ": " + N.Message;
    OS << "::warning file=" << escapeProperty(Shown(F.Where.File))
       << ",line=" << F.Where.Line << ",col=" << F.Where.Column
       << ",endLine=" << (F.Where.EndLine ? F.Where.EndLine : F.Where.Line)
       << ",endColumn=" << F.Where.EndColumn
       << ",title=" << escapeProperty(F.CheckId) << "::" << escapeData(Message)
       << "\n";
  }
}

} // namespace conncheck
