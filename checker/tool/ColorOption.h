//===--- ColorOption.h - --color=auto|always|never -------------------------===//
#ifndef CONNCHECK_TOOL_COLOROPTION_H
#define CONNCHECK_TOOL_COLOROPTION_H

#include "llvm/Support/CommandLine.h"

namespace conncheck {

enum class ColorMode { Auto, Always, Never };

/// Registers --color in \p Category and returns it; call once, before the
/// command line is parsed. LLVM registers a boolean --color of its own
/// (WithColor's), which this one replaces: a second option of that name
/// registered at start-up would abort.
llvm::cl::opt<ColorMode> &registerColorOption(llvm::cl::OptionCategory &Category);

} // namespace conncheck

#endif
