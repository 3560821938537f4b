"""Checks the JSON examples of docs/rule-packs.md: each one is valid, for
the schema and for conncheck's loader, and every section a pack can have
(and every list of a section that has several: transactions.sql-text,
workers.threads...) is shown in at least one.

    doc_examples.py DOC SCHEMA CONNCHECK WORKDIR

A block that is not a whole pack (it has no "pack") is some of a pack's
top-level members ("leases": {...}, "pool-sizes": [...]): it is checked
inside a pack of its own. The sections come from the schema, so a section
added there needs an example here.
"""
import json
import os
import re
import subprocess
import sys

import jsonschema

DOC, SCHEMA_PATH, CONNCHECK, WORKDIR = sys.argv[1:5]
schema = json.load(open(SCHEMA_PATH))
validator = jsonschema.Draft7Validator(schema)
os.makedirs(WORKDIR, exist_ok=True)


def resolve(s):
    while '$ref' in s:
        s = schema['definitions'][s['$ref'].rsplit('/', 1)[-1]]
    return s


wanted = set()
for key, prop in schema['properties'].items():
    if key in ('$schema', 'pack', 'description'):
        continue
    prop = resolve(prop)
    if prop.get('type') == 'object' and 'properties' in prop:
        wanted |= {key + '.' + sub for sub in prop['properties']}
    else:
        wanted.add(key)

text = open(DOC).read()
shown = set()
problems = []
blocks = re.findall(r'^```json\n(.*?)^```', text, re.S | re.M)
for n, block in enumerate(blocks, 1):
    line = text[:text.index(block)].count('\n') + 1
    try:
        pack = json.loads(block)
    except ValueError:
        try:
            pack = json.loads('{' + block + '}')
        except ValueError as e:
            problems.append('%s:%d: not JSON, nor a pack\'s members: %s' % (DOC, line, e))
            continue
        pack = dict({'pack': 'example-%d' % n}, **pack)
    for e in validator.iter_errors(pack):
        problems.append('%s:%d: the schema rejects it: %s at /%s' % (
            DOC, line, e.message, '/'.join(map(str, e.path))))
    path = os.path.join(WORKDIR, 'example-%d.json' % n)
    with open(path, 'w') as f:
        json.dump(pack, f, indent=1)
    proc = subprocess.run([CONNCHECK, '--no-default-rules', '--rules', path,
                           '--list-rules'], capture_output=True, text=True)
    if proc.returncode != 0:
        problems.append('%s:%d: the loader rejects it: %s' % (
            DOC, line, proc.stderr.strip().replace('\n', '; ')))
    for key, value in pack.items():
        if isinstance(value, dict):
            shown |= {key + '.' + sub for sub in value}
        shown.add(key)

for missing in sorted(wanted - shown):
    problems.append('%s: no example of %s' % (DOC, missing))
for p in problems:
    print('problem: ' + p)
print('%d examples; %d of %d sections shown' % (
    len(blocks), len(wanted & shown), len(wanted)))
sys.exit(1 if problems else 0)
