//===--- Exclusion.cpp ----------------------------------------------------===//
#include "Exclusion.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace conncheck {

llvm::Expected<Exclusion> Exclusion::create(llvm::StringRef Pattern) {
  Exclusion E;
  if (Pattern.empty())
    return E;
  E.Pattern = std::make_shared<llvm::Regex>(Pattern);
  std::string Error;
  if (!E.Pattern->isValid(Error))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "invalid --exclude: " + Error);
  return E;
}

bool Exclusion::excludes(llvm::StringRef Path) const {
  if (!Pattern || Path.empty())
    return false;
  if (Pattern->match(Path))
    return true;
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return Pattern->match(Abs);
}

unsigned Exclusion::removeExcluded(std::vector<Finding> &Findings) const {
  if (!Pattern)
    return 0;
  size_t Before = Findings.size();
  llvm::erase_if(Findings,
                 [&](const Finding &F) { return excludes(F.Where.File); });
  return Before - Findings.size();
}

} // namespace conncheck
