//===--- Paths.cpp - report paths relative to a source root ---------------===//
#include "Finding.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace conncheck {

std::optional<std::string> relativePath(llvm::StringRef File,
                                        llvm::StringRef Root) {
  llvm::SmallString<256> Abs(File);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  llvm::SmallString<256> Base(Root);
  llvm::sys::path::remove_dots(Base, /*remove_dot_dot=*/true);
  llvm::StringRef Rest = Abs;
  if (Base.empty() || !Rest.consume_front(Base))
    return std::nullopt;
  if (!Rest.empty() && !llvm::sys::path::is_separator(Rest.front()) &&
      !llvm::sys::path::is_separator(Base.back()))
    return std::nullopt; // "/src/a" is not below "/src/ab"
  return Rest.ltrim('/').str();
}

} // namespace conncheck
