#!/usr/bin/env bash
# Installs what is missing, then configures and builds conncheck, showing
# the build's progress.
# Usage: scripts/build.sh [--tool|--example] [llvm-major]
#   llvm-major  default 19, into build/; another major goes into build-<major>/
#   --tool      installs only the build's packages and builds the tool alone
#               (not the plugin, nor the unit tests): conncheck in your CI
#   --example   the same, and the headers scripts/example.sh needs
#   neither     everything, tests included (scripts/test.sh)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
deps=()
targets=()
if [ "${1:-}" = --tool ] || [ "${1:-}" = --example ]; then
  deps=("$1")
  targets=(conncheck)
  shift
fi
major="${1:-19}"
dir="$root/build"
[ "$major" = 19 ] || dir="$root/build-$major"
"$root/scripts/install-deps.sh" "${deps[@]}"
echo "conncheck: configuring $dir (LLVM $major)"
cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCONNCHECK_LLVM_VERSION="$major" >/dev/null
echo "conncheck: building ${targets[*]:-everything} in $dir"
ninja -C "$dir" "${targets[@]}"
