#!/usr/bin/env bash
# Installs everything conncheck needs to build and test on Debian 12, idempotently.
# Build toolchain: LLVM/Clang 19. Test-only: the real library headers the lit tests parse.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ python3
  clang-19 clang-tidy-19 libclang-19-dev libclang-cpp19-dev llvm-19-dev llvm-19-tools
  nlohmann-json3-dev libgtest-dev
  # real library headers used by the tests and the example
  libpqxx-dev libpq-dev libsoci-dev libsqlite3-dev libcurl4-openssl-dev
  libcpp-httplib-dev libboost-dev libpoco-dev libmariadb-dev
  # schema validation of the shipped rule packs
  python3-jsonschema
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends "${missing[@]}"
