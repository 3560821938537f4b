#!/usr/bin/env bash
# conncheck for a commit: every unit of the project's compile database is
# analysed (through the facts cache, so only units whose inputs changed are
# parsed again) and linked, and the findings that the given files take part
# in -- at them, or with a chain through them -- are reported. A commit that
# adds an HTTP call to a helper in uploader.cpp is reported at the
# transaction in repository.cpp that reaches it.
#
# What is analysed is the staged content (git's index), not the working
# tree: an unstaged edit neither hides nor invents a finding.
#
#   scripts/pre-commit-conncheck.sh [file...]   (paths relative to the
#                                                repository's top, as
#                                                pre-commit passes them)
#
# Environment:
#   CONNCHECK            the conncheck binary (default: conncheck on PATH,
#                        else the one installed or built with this script)
#   CONNCHECK_BUILD_DIR  the directory with compile_commands.json (default:
#                        build/, then the repository's top)
#   CONNCHECK_ARGS       extra arguments (e.g. --rules conncheck-rules.json)
#
# The first run fills the cache (<build-dir>/.cache/conncheck) and analyses
# the whole project; later commits analyse the units they change.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
conncheck="${CONNCHECK:-}"
if [ -z "$conncheck" ]; then
  if command -v conncheck >/dev/null 2>&1; then
    conncheck=conncheck
  elif [ -x "$here/../../bin/conncheck" ]; then
    conncheck="$here/../../bin/conncheck"      # installed: <prefix>/share/conncheck
  else
    conncheck="$here/../build/bin/conncheck"   # a source checkout
  fi
fi

top="$(git rev-parse --show-toplevel)"
cd "$top"
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

is_cxx() {
  case "$1" in
    *.c|*.cc|*.cpp|*.cxx|*.c++|*.C|*.h|*.hh|*.hpp|*.hxx|*.h++|*.ipp|*.inl|*.tpp) return 0 ;;
    *) return 1 ;;
  esac
}

changed=()
for f in "$@"; do
  if is_cxx "$f"; then
    changed+=(--changed "$top/$f")
  fi
done
[ ${#changed[@]} -gt 0 ] || exit 0

# Files whose working-tree content differs from the index are analysed as
# staged: their index content, laid over the real files by a clang VFS
# overlay. (Under the pre-commit framework, which stashes unstaged changes
# first, there are none.)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
overlay=()
mapfile -d '' -t unstaged < <(git diff --name-only -z)
staged_copies=()
for f in "${unstaged[@]}"; do
  is_cxx "$f" || continue
  mkdir -p "$tmp/index/$(dirname "$f")"
  if git show ":$f" > "$tmp/index/$f" 2>/dev/null; then
    staged_copies+=("$f")
  fi
done
if [ ${#staged_copies[@]} -gt 0 ]; then
  python3 - "$top" "$tmp/index" "$tmp/overlay.yaml" "${staged_copies[@]}" <<'PY'
import json, os, sys
top, copies, out, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
dirs = {}
for f in files:
    real = os.path.join(top, f)
    dirs.setdefault(os.path.dirname(real), []).append(
        {'type': 'file', 'name': os.path.basename(real),
         'external-contents': os.path.join(copies, f)})
roots = [{'type': 'directory', 'name': d, 'contents': c}
         for d, c in sorted(dirs.items())]
json.dump({'version': 0, 'use-external-names': False, 'roots': roots},
          open(out, 'w'), indent=1)
PY
  overlay=(--vfsoverlay "$tmp/overlay.yaml")
fi

if [ ! -d "$build/.cache/conncheck" ]; then
  echo "conncheck: no facts cache yet: analysing the whole project once" >&2
fi
status=0
# shellcheck disable=SC2086
"$conncheck" -p "$build" "${overlay[@]}" "${changed[@]}" ${CONNCHECK_ARGS:-} || status=$?
exit "$status"
