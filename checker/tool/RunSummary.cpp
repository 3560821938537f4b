//===--- RunSummary.cpp ---------------------------------------------------===//
#include "RunSummary.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"

namespace conncheck {

static std::string counted(unsigned N, llvm::StringRef One,
                           llvm::StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

void RunSummary::countUnits(llvm::ArrayRef<UnitFacts> Facts) {
  llvm::StringSet<> Skipped;
  for (const UnitFacts &U : Facts) {
    ++Units;
    if (U.Failure)
      ++Failed;
    for (const std::string &Name : U.OverBudget)
      Skipped.insert(Name);
  }
  OverBudget = Skipped.size();
}

void RunSummary::countReported(llvm::ArrayRef<Finding> Findings) {
  for (const Finding &F : Findings) {
    ++ByCheck[F.CheckId];
    ++Reported;
  }
}

std::string RunSummary::str() const {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << counted(Reported, "warning", "warnings") << " generated";
  if (!ByCheck.empty()) {
    OS << " (";
    llvm::StringRef Sep;
    for (const auto &[Check, N] : ByCheck) {
      OS << Sep << N << " " << Check;
      Sep = ", ";
    }
    OS << ")";
  }
  OS << ".";
  if (unsigned Suppressed = Nolint + Baselined + Excluded) {
    OS << " Suppressed " << counted(Suppressed, "warning", "warnings") << " (";
    llvm::StringRef Sep;
    auto Part = [&](unsigned N, llvm::StringRef What) {
      if (!N)
        return;
      OS << Sep << N << " " << What;
      Sep = ", ";
    };
    Part(Nolint, "NOLINT");
    Part(Baselined, "baseline");
    Part(Excluded, "excluded");
    OS << ").";
  }
  OS << " " << counted(Units - Failed, "unit", "units") << " analysed";
  if (Failed)
    OS << ", " << Failed << " failed";
  OS << ".";
  if (OverBudget)
    OS << " " << counted(OverBudget, "function", "functions")
       << " over the analysis budget not analysed (--verbose names "
       << (OverBudget == 1 ? "it" : "them") << ").";
  return Out;
}

} // namespace conncheck
