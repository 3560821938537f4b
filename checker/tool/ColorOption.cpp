//===--- ColorOption.cpp --------------------------------------------------===//
#include "ColorOption.h"

namespace conncheck {

namespace cl = llvm::cl;

cl::opt<ColorMode> &registerColorOption(cl::OptionCategory &Category) {
  auto &Registered = cl::getRegisteredOptions();
  if (auto It = Registered.find("color"); It != Registered.end())
    It->second->removeArgument();
  static cl::opt<ColorMode> Color(
      "color",
      cl::desc("Colour the text report as clang does (default: auto, when "
               "it goes to a terminal)"),
      cl::values(clEnumValN(ColorMode::Auto, "auto", ""),
                 clEnumValN(ColorMode::Always, "always", ""),
                 clEnumValN(ColorMode::Never, "never", "")),
      cl::init(ColorMode::Auto), cl::cat(Category));
  return Color;
}

} // namespace conncheck
