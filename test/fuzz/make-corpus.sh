#!/usr/bin/env bash
# Seed corpora and a dictionary for a fuzzing campaign (docs/fuzzing.md):
#
#   test/fuzz/make-corpus.sh DIR
#
# DIR/packs    every shipped pack and every pack the tests use
# DIR/sources  the self-contained seeds of test/fuzz/seeds (fast: no heavy
#              headers) and every C++ source of the check, pack and tool
#              tests, except the one that crashes Clang on purpose (the crash
#              containment test)
# DIR/source.dict  libFuzzer dictionary: the names the packs know (whole and
#              last component) and the C++ keywords the engine treats apart,
#              so that mutations produce code the analysis has something to
#              say about instead of random identifiers.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:?usage: make-corpus.sh DIR}"
mkdir -p "$out/packs" "$out/sources"

cp "$root"/rules/*.json "$root"/test/lit/*/Inputs/*.json \
   "$root"/test/lit/checks/*/Inputs/*.json "$out/packs/"
for f in "$root"/test/fuzz/seeds/*.cpp "$root"/test/lit/checks/*/*.cpp "$root"/test/lit/packs/*.cpp \
         "$root"/test/lit/tool/Inputs/*.cpp; do
  [ "$(basename "$f")" = crashes.cpp ] && continue
  # Sources of different directories may share a name.
  cp "$f" "$out/sources/$(echo "$f" | md5sum | cut -c1-8)-$(basename "$f")"
done

python3 - "$root/rules" > "$out/source.dict" <<'EOF'
import json, os, re, sys
names = set()
def walk(v):
    if isinstance(v, str):
        if re.fullmatch(r'~?[A-Za-z_][A-Za-z0-9_]*(::~?[A-Za-z_][A-Za-z0-9_]*)*', v):
            names.add(v)
            names.add(v.split('::')[-1])
    elif isinstance(v, list):
        for x in v: walk(x)
    elif isinstance(v, dict):
        for k, x in v.items():
            if k not in ('pack', 'description', '$schema'): walk(x)
rules = sys.argv[1]
for f in sorted(os.listdir(rules)):
    if f.endswith('.json') and f != 'conncheck-rules.schema.json':
        walk(json.load(open(os.path.join(rules, f))))
keywords = ['co_await', 'co_return', 'co_yield', 'try', 'catch (...)', 'throw',
            'return', 'goto', 'break;', 'continue;', 'for (;;)', 'while (true)',
            'do {', 'switch', 'case 0:', 'default:', 'if constexpr', 'template <',
            'typename', 'std::move(', 'std::unique_ptr<', 'std::shared_ptr<',
            '[&]()', '[=]()', 'operator()', 'virtual', 'override', 'static',
            'thread_local', 'noexcept', 'decltype(auto)', 'auto&&', 'namespace',
            '#include <', '#define ', '\\"BEGIN\\"', '\\"COMMIT\\"', '\\"ROLLBACK\\"',
            '[[clang::annotate(\\"conncheck::', 'conncheck::slow', 'conncheck::acquire',
            'conncheck::release', 'conncheck::lease', 'conncheck::transaction',
            'conncheck::begin_transaction', 'conncheck::end_transaction']
for i, t in enumerate(keywords):
    print('kw%d="%s"' % (i, t))
for i, n in enumerate(sorted(names)):
    print('name%d="%s"' % (i, n))
EOF
echo "$(ls "$out/packs" | wc -l) packs, $(ls "$out/sources" | wc -l) sources, $(wc -l < "$out/source.dict") dictionary entries in $out"
