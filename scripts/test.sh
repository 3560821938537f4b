#!/usr/bin/env bash
# Builds conncheck and runs every test: GoogleTest unit tests and the lit
# behaviour tests, through ctest. The project builds against LLVM 19 and 22;
# both are built and tested, LLVM 19 (the main build, which the README's
# example uses) first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh" 19
ctest --test-dir "$root/build" --output-on-failure
"$root/scripts/build.sh" 22
ctest --test-dir "$root/build-22" --output-on-failure
