#!/usr/bin/env bash
# Robustness corpus: every public header of large Debian -dev packages,
# analysed as its own translation unit, plus translation units that do not
# compile (name the packages that hold the headers: libboost1.74-dev, not the
# libboost-dev metapackage). Counts files, crashes (exit status other than 0, 1 or 2, or a
# "crashed on it" report) and hangs (over the time limit).
#
# The library's code is analysed, not only parsed: the tool analyses the main
# file and what --header-filter names, never system headers, and a header
# found through /usr/include is a system header. So each unit is run with
# --header-filter=^/usr/include/ and --no-system-header-prefix=<top>/ (boost/,
# Poco/, ...), which makes the package's own headers user headers; the C++
# library stays a system header. The summary counts the function summaries
# computed and the functions skipped over the analysis budget.
#
#   test/corpus/run-corpus.sh [package...]    (default: the list below)
#
# Environment: CONNCHECK (default build/bin/conncheck), CORPUS_TIMEOUT
# seconds per file (default 120), CORPUS_JOBS (default: cores), CORPUS_LIMIT
# (at most this many headers per package; default all), CORPUS_SKIP (leave out
# this many of each package's first headers: resume a run), CORPUS_RESULTS
# (keep the per-file lines there; they are written as the run goes, and the
# findings in library code beside them, in <file>.findings),
# CORPUS_DONE (a results file of an earlier run: its headers are skipped).
# Not part of the quick test run: the full corpus takes hours on two cores.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
conncheck="${CONNCHECK:-$root/build/bin/conncheck}"
timeout_s="${CORPUS_TIMEOUT:-120}"
jobs="${CORPUS_JOBS:-$(nproc)}"
limit="${CORPUS_LIMIT:-0}"
skip="${CORPUS_SKIP:-0}"
packages=("$@")
[ ${#packages[@]} -gt 0 ] || packages=(libboost1.74-dev qtbase5-dev libpoco-dev
  libpqxx-dev libsoci-dev libgrpc++-dev libcurl4-openssl-dev libcpp-httplib-dev)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One translation unit per header: #include it, with the include paths the
# package needs (Qt's modules live in subdirectories).
list="$work/headers"
for pkg in "${packages[@]}"; do
  dpkg -L "$pkg" 2>/dev/null | grep -E '^/usr/include/.*\.(h|hh|hpp|hxx)$' |
    tail -n "+$((skip + 1))" |
    { if [ "$limit" -gt 0 ]; then head -n "$limit"; else cat; fi; }
done | sort -u > "$list"
if [ -n "${CORPUS_DONE:-}" ]; then
  # A line is "STATUS path" (a CRASH line ends in "(exit N)"); paths may hold spaces.
  sed -E 's/^[A-Z]+ //; s/ \(exit [0-9]+\)$//' "$CORPUS_DONE" | sort -u > "$work/done"
  comm -23 "$list" "$work/done" > "$work/todo" && mv "$work/todo" "$list"
fi
# And translation units with compile errors.
for i in 1 2 3; do
  printf '#include <vector>\nvoid f%d() { undeclared_%d(); std::vector<int> v = 3; }\n' "$i" "$i" > "$work/broken$i.cpp"
  echo "$work/broken$i.cpp" >> "$list"
done

analyse() {
  local header="$1" tu status
  if [[ "$header" == *.cpp ]]; then
    tu="$header"
  else
    tu="$work/tu-$(echo "$header" | md5sum | cut -c1-16).cpp"
    printf '#include "%s"\n' "$header" > "$tu"
  fi
  # The package's include root: boost/ for /usr/include/boost/asio.hpp;
  # sqlite3.h for /usr/include/sqlite3.h.
  local rel="${header#/usr/include/}" prefix
  if [[ "$rel" == */* ]]; then prefix="${rel%%/*}/"; else prefix="$rel"; fi
  timeout "$timeout_s" "$conncheck" --verbose --header-filter='^/usr/include/' \
    "$tu" -- -std=c++17 -w $qt_includes -fPIC \
    "--no-system-header-prefix=$prefix" >"$tu.out" 2>&1
  status=$?
  # Findings in library code are kept for review: each is either true of
  # that code or a false positive to fix.
  grep -E 'warning: .*\[conncheck-' "$tu.out" | sed "s|^|$header: |" >> "$findings"
  # --verbose prints "link: 1 unit(s), N function summaries" and a "skipped"
  # note for each function over the analysis budget.
  echo "$(sed -nE 's/.*link: [0-9]+ unit\(s\), ([0-9]+) function summaries.*/\1/p' "$tu.out" | head -1) $(grep -c "note: skipped '" "$tu.out")" >> "$work/stats"
  if [ "$status" -eq 124 ]; then
    echo "HANG $header"
  elif [ "$status" -gt 2 ] || grep -q "crashed on it" "$tu.out"; then
    echo "CRASH $header (exit $status)"
  elif [ "$status" -eq 2 ]; then
    echo "NOCOMPILE $header"
  else
    echo "OK $header"
  fi
  rm -f "$tu.out"
}
# Qt's headers include each other by module-relative name.
qt_includes=""
for d in /usr/include/x86_64-linux-gnu/qt5 /usr/include/x86_64-linux-gnu/qt5/*/; do
  [ -d "$d" ] && qt_includes+=" -I${d%/}"
done
results="${CORPUS_RESULTS:-$work/results}"
findings="$results.findings"
: > "$findings"
: > "$work/stats"
export -f analyse
export conncheck timeout_s work qt_includes findings

start=$(date +%s)
xargs -a "$list" -P "$jobs" -I{} bash -c 'analyse "$@"' _ {} > "$results"
end=$(date +%s)

grep -E '^(CRASH|HANG)' "$results" || true
files=$(wc -l < "$results")
printf 'files: %d  analysed: %d  did not compile: %d  crashes: %d  hangs: %d  wall: %ds\n' \
  "$files" "$(grep -c '^OK' "$results")" "$(grep -c '^NOCOMPILE' "$results")" \
  "$(grep -c '^CRASH' "$results")" "$(grep -c '^HANG' "$results")" "$((end - start))"
awk '{ summaries += $1; skipped += $2 }
     END { printf "function summaries: %d  skipped over budget: %d\n", summaries, skipped }' "$work/stats"
echo "findings in library code: $(wc -l < "$findings")${CORPUS_RESULTS:+ (listed in $findings)}"
[ "$(grep -cE '^(CRASH|HANG)' "$results")" -eq 0 ]
