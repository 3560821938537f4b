#!/usr/bin/env bash
# Runs conncheck on the given C++ files (as pre-commit passes the staged ones)
# against the project's compile database.
#
#   scripts/pre-commit-conncheck.sh [file...]
#
# Environment:
#   CONNCHECK            the conncheck binary (default: conncheck on PATH,
#                        else build/bin/conncheck of this checkout)
#   CONNCHECK_BUILD_DIR  the directory with compile_commands.json (default:
#                        build/, then the repository root)
#   CONNCHECK_ARGS       extra arguments (e.g. --rules conncheck-rules.json)
#
# Headers and files the compile database does not know are skipped: the
# translation units that include them are what conncheck analyses.
set -euo pipefail

conncheck="${CONNCHECK:-}"
if [ -z "$conncheck" ]; then
  if command -v conncheck >/dev/null 2>&1; then
    conncheck=conncheck
  else
    conncheck="$(cd "$(dirname "$0")/.." && pwd)/build/bin/conncheck"
  fi
fi

top="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
build="${CONNCHECK_BUILD_DIR:-}"
if [ -z "$build" ]; then
  for candidate in "$top/build" "$top"; do
    if [ -f "$candidate/compile_commands.json" ]; then
      build="$candidate"
      break
    fi
  done
fi
if [ -z "$build" ] || [ ! -f "$build/compile_commands.json" ]; then
  echo "conncheck: no compile_commands.json (set CONNCHECK_BUILD_DIR)" >&2
  exit 2
fi

# Keep the sources the compile database compiles.
known="$(python3 - "$build/compile_commands.json" <<'PY'
import json, os, sys
for entry in json.load(open(sys.argv[1])):
    path = entry['file']
    if not os.path.isabs(path):
        path = os.path.join(entry.get('directory', ''), path)
    print(os.path.realpath(path))
PY
)"
sources=()
for f in "$@"; do
  case "$f" in
    *.c|*.cc|*.cpp|*.cxx|*.c++) ;;
    *) continue ;;
  esac
  real="$(realpath "$f")"
  if grep -qxF "$real" <<<"$known"; then
    sources+=("$real")
  fi
done
[ ${#sources[@]} -gt 0 ] || exit 0

# shellcheck disable=SC2086
exec "$conncheck" -p "$build" ${CONNCHECK_ARGS:-} "${sources[@]}"
