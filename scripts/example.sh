#!/usr/bin/env bash
# Builds conncheck and runs it on the bundled example service: the bad
# version has findings, the fixed version has none. Installs only what that
# needs (scripts/test.sh installs what the tests need too).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/build.sh" --example
cd "$root"
example=examples/spec-service
flags=(-std=c++17 -I"$example/include" -isystem test/stubs/aws)
rules=(--rules "$example/conncheck-rules.json")

echo
echo "== conncheck on $example/bad/spec_writer.cpp"
status=0
build/bin/conncheck "${rules[@]}" "$example/bad/spec_writer.cpp" -- "${flags[@]}" || status=$?
if [ "$status" -ne 1 ]; then
  echo "expected findings (exit 1) for the bad version, got exit $status" >&2
  exit 1
fi

echo
echo "== conncheck on $example/fixed/spec_writer.cpp"
build/bin/conncheck "${rules[@]}" "$example/fixed/spec_writer.cpp" -- "${flags[@]}"
echo "no findings"
