#!/usr/bin/env bash
# Builds conncheck and runs every test: GoogleTest unit tests and the lit
# behaviour tests, through ctest (its summary line ends the run).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh"
ctest --test-dir "$root/build" --output-on-failure
