#!/usr/bin/env bash
# Installs what is missing, then configures and builds conncheck.
# Usage: scripts/build.sh [llvm-major]   (default 19, into build/;
#                                        another major goes into build-<major>/)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
major="${1:-19}"
dir="$root/build"
[ "$major" = 19 ] || dir="$root/build-$major"
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCONNCHECK_LLVM_VERSION="$major" >/dev/null
ninja -C "$dir"
