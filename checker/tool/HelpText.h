//===--- HelpText.h - what --help says beyond the option list -------------===//
#ifndef CONNCHECK_TOOL_HELPTEXT_H
#define CONNCHECK_TOOL_HELPTEXT_H

#include <string>

namespace conncheck {

/// --help's OVERVIEW: what conncheck finds, and every check with what it
/// finds. (USAGE follows it; -p, "--" and the exit status come after the
/// options, as in clang-tidy's --help.)
std::string helpOverview();

} // namespace conncheck

#endif
