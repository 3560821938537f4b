#!/usr/bin/env bash
# Installs what conncheck needs on Debian 12, idempotently, saying what it
# installs.
#   scripts/install-deps.sh            everything: build, example and tests
#   scripts/install-deps.sh --tool     only what building conncheck needs
#   scripts/install-deps.sh --example  that, and the headers the example
#                                      (examples/spec-service) includes
set -euo pipefail

# Building conncheck: LLVM/Clang 19 (the tool links Clang; the plugin loads
# into clang-tidy-19), nlohmann-json, GoogleTest (the unit tests are part of
# the build).
build_packages=(
  cmake ninja-build g++ python3
  clang-19 clang-tidy-19 libclang-19-dev libclang-cpp19-dev llvm-19-dev llvm-19-tools
  nlohmann-json3-dev libgtest-dev
)

# The headers examples/spec-service includes (its AWS headers are stubs in
# test/stubs/aws).
example_packages=(
  libpqxx-dev libpq-dev libcpp-httplib-dev
)

# Only the tests need these.
test_packages=(
  # the same project also builds against LLVM 22 (CI checks both)
  clang-22 clang-tidy-22 libclang-22-dev libclang-cpp22-dev llvm-22-dev llvm-22-tools
  # libFuzzer and the sanitizer runtimes for the fuzz targets (clang-19)
  libclang-rt-19-dev
  # real library headers the lit tests parse
  libsoci-dev libsqlite3-dev libcurl4-openssl-dev
  libboost-dev libpoco-dev libmariadb-dev
  qtbase5-dev libmysqlcppconn-dev libgrpc++-dev libcpprest-dev libcurlpp-dev
  libvmime-dev libboost-thread-dev libmsgsl-dev libabsl-dev
  # schema validation of the shipped rule packs; Node for the SARIF validator
  python3-jsonschema nodejs npm
  # the pre-commit framework, to test conncheck as its hook
  pre-commit git
  # groff renders the man page in its test (tool/man-page.test)
  groff-base
  # test-only: a real browser for the HTML report's test (tool/html-browser.test)
  chromium
)

root="$(cd "$(dirname "$0")/.." && pwd)"
say() { echo "conncheck: $*"; }

scope=all
case "${1:-}" in
  --tool) scope=tool ;;
  --example) scope=example ;;
  "") ;;
  *) echo "usage: $0 [--tool|--example]" >&2; exit 2 ;;
esac

packages=("${build_packages[@]}")
[ "$scope" = tool ] || packages+=("${example_packages[@]}")
[ "$scope" != all ] || packages+=("${test_packages[@]}")

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A machine may have its own node/npm already (not from Debian): use them.
command -v npm >/dev/null 2>&1 &&
  missing=($(printf '%s\n' "${missing[@]}" | grep -vx -e nodejs -e npm || true))

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  say "installing ${#missing[@]} Debian package(s): ${missing[*]}"
  $SUDO apt-get update -q
  # -q, not -qq: each download and each package set up is one line of progress.
  $SUDO apt-get install -y -q -o DPkg::Lock::Timeout=600 --no-install-recommends "${missing[@]}"
else
  say "the Debian packages are installed ($scope)"
fi

[ "$scope" = all ] || exit 0

# Microsoft's SARIF Multitool (npm), which the tests run on conncheck's SARIF.
multitool_dir="$root/build/tools/sarif"
multitool="$multitool_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$multitool" ]; then
  say "installing the SARIF Multitool (npm) into $multitool_dir"
  mkdir -p "$multitool_dir"
  npm install --loglevel=error --no-audit --no-fund --prefix "$multitool_dir" @microsoft/sarif-multitool@5.7.0
  chmod u+x "$multitool"
fi

# Test-only: playwright-core (npm) drives Debian's chromium in the HTML
# report's browser test; it downloads no browser of its own.
browser_dir="$root/build/tools/browser"
if [ ! -f "$browser_dir/node_modules/playwright-core/package.json" ]; then
  mkdir -p "$browser_dir"
  npm install --loglevel=error --no-audit --no-fund --prefix "$browser_dir" playwright-core@1.49.1
fi
