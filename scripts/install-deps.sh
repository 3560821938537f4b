#!/usr/bin/env bash
# Installs everything conncheck needs to build and test on Debian 12, idempotently.
# Build toolchain: LLVM/Clang 19. Test-only: the real library headers the lit tests parse.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ python3
  clang-19 clang-tidy-19 libclang-19-dev libclang-cpp19-dev llvm-19-dev llvm-19-tools
  nlohmann-json3-dev libgtest-dev
  # the same project also builds against LLVM 22 (CI checks both)
  clang-22 clang-tidy-22 libclang-22-dev libclang-cpp22-dev llvm-22-dev llvm-22-tools
  # libFuzzer and the sanitizer runtimes for the fuzz targets (clang-19)
  libclang-rt-19-dev
  # real library headers used by the tests and the example
  libpqxx-dev libpq-dev libsoci-dev libsqlite3-dev libcurl4-openssl-dev
  libcpp-httplib-dev libboost-dev libpoco-dev libmariadb-dev
  qtbase5-dev libmysqlcppconn-dev libgrpc++-dev libcpprest-dev libcurlpp-dev
  libvmime-dev libboost-thread-dev libmsgsl-dev libabsl-dev
  # schema validation of the shipped rule packs; Node for the SARIF validator
  python3-jsonschema nodejs npm
  # test-only: a real browser for the HTML report's test (tool/html-browser.test)
  chromium
)

root="$(cd "$(dirname "$0")/.." && pwd)"

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
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends "${missing[@]}"
fi

# Microsoft's SARIF Multitool (npm), which the tests run on conncheck's SARIF.
multitool_dir="$root/build/tools/sarif"
multitool="$multitool_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$multitool" ]; then
  mkdir -p "$multitool_dir"
  npm install --silent --no-audit --no-fund --prefix "$multitool_dir" @microsoft/sarif-multitool@5.7.0
  chmod u+x "$multitool"
fi

# Test-only: playwright-core (npm) drives Debian's chromium in the HTML
# report's browser test; it downloads no browser of its own.
browser_dir="$root/build/tools/browser"
if [ ! -f "$browser_dir/node_modules/playwright-core/package.json" ]; then
  mkdir -p "$browser_dir"
  npm install --silent --no-audit --no-fund --prefix "$browser_dir" playwright-core@1.49.1
fi
