#!/usr/bin/env bash
# Builds conncheck and runs every test: GoogleTest unit tests and the lit
# behaviour tests, through ctest, in three configurations:
#   build/         LLVM 19, the main build (the README's example uses it)
#   build-22/      LLVM 22: the project and its plugin work there too
#   build-fuzz/    the libFuzzer targets (clang-19), run briefly
#   build-asan/    LLVM 19 with AddressSanitizer and UndefinedBehaviorSanitizer
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

"$root/scripts/build.sh" 19
ctest --test-dir "$root/build" --output-on-failure

"$root/scripts/build.sh" 22
ctest --test-dir "$root/build-22" --output-on-failure

cmake -S "$root" -B "$root/build-fuzz" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_COMPILER=clang++-19 -DCONNCHECK_FUZZ=ON >/dev/null
ninja -C "$root/build-fuzz" conncheck-RulePackFuzzer conncheck-SourceFuzzer
python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv --filter fuzz "$root/build-fuzz/test/lit"

# Leak checking is off: Clang keeps some allocations for the process's life.
cmake -S "$root" -B "$root/build-asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCONNCHECK_SANITIZE=ON >/dev/null
ninja -C "$root/build-asan"
ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$root/build-asan" --output-on-failure
