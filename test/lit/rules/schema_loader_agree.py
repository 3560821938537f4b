"""Checks that the published schema and conncheck's loader agree, for every
kind of object a pack has (the pack itself, `transactions`, each kind of
entry...): the keys each accepts, the keys each requires, and the
conditions between keys that the table CONDITIONS below lists.

    schema_loader_agree.py SCHEMA CONNCHECK WORKDIR

Neither side's keys are copied here. The kinds of object and their keys come
from the schema; the loader's keys come from the loader itself, from its
error for an unknown key ("expected one of: ..."). Every pack built here is
given both to the schema validator and to `conncheck --rules PACK
--list-rules`, and their verdicts must be the same. A key added to one side
only, a key one side requires and the other does not, or a condition one
side enforces and the other does not, fails this test.

Exit status 0 when they agree; 1, with one line per disagreement, when not.
"""
import copy
import json
import os
import re
import subprocess
import sys

import jsonschema

SCHEMA_PATH, CONNCHECK, WORKDIR = sys.argv[1:4]
SCHEMA = json.load(open(SCHEMA_PATH))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)
os.makedirs(WORKDIR, exist_ok=True)

# Conditions between keys of one entry, beyond "required": (where the entry
# is, the entry, whether a pack holding it is valid). Checked against both
# sides like everything else.
ACQUIRE = ('leases', 'acquire-calls', 0)
TX_ACQUIRE = ('transactions', 'acquire-calls', 0)
CONDITIONS = [
    # A handle must be given back: it needs release calls, at least one.
    (ACQUIRE, {'calls': ['p::get'], 'returns': 'handle'}, False),
    (ACQUIRE, {'calls': ['p::get'], 'returns': 'handle', 'release-calls': []}, False),
    (ACQUIRE, {'calls': ['p::get'], 'returns': 'handle', 'release-calls': ['p::put']}, True),
    (ACQUIRE, {'calls': ['p::get'], 'returns': 'handle-in-arg', 'release-calls': ['p::put']}, False),
    (ACQUIRE, {'calls': ['p::get'], 'returns': 'handle-in-arg', 'release-calls': ['p::put'],
               'handle-arg': 1}, True),
    (ACQUIRE, {'calls': ['p::get'], 'returns': 'raii'}, True),
    (ACQUIRE, {'calls': ['p::get'], 'returns': 'transient'}, True),
    (ACQUIRE, {'calls': ['p::get'], 'returns': 'raii', 'returns-arg-if-not-null': 0}, False),
    (ACQUIRE, {'calls': ['p::get'], 'returns': 'handle', 'release-calls': ['p::put'],
               'returns-arg-if-not-null': 0}, True),
    # What a transaction acquire call returns holds the transaction.
    (TX_ACQUIRE, {'calls': ['p::begin'], 'returns': 'handle', 'release-calls': ['p::end']}, False),
    (TX_ACQUIRE, {'calls': ['p::begin'], 'returns': 'raii'}, True),
    (TX_ACQUIRE, {'calls': ['p::begin'], 'returns': 'transient'}, True),
    (('slow-calls', 0), {'calls': ['f'], 'category': 'wait', 'nonblocking-arg-calls': ['now']}, False),
    (('slow-calls', 0), {'calls': ['f'], 'category': 'wait', 'nonblocking-arg-calls': ['now'],
                         'nonblocking-if-zero-arg': 1}, True),
    (('slow-calls', 0), {'calls': ['f'], 'category': 'rpc', 'param-index': 1}, False),
    (('slow-calls', 0), {'calls': ['f'], 'category': 'rpc', 'param-index': 1,
                         'param-type': 'grpc::ClientContext'}, True),
    (('transactions', 'sql-text', 0), {'function': 'f', 'handle-arg': 'object'}, True),
    (('transactions', 'sql-text', 0), {'function': 'f', 'handle-arg': 'self'}, False),
    (('pool-sizes', 0), {'type': 'p::Pool', 'default-size': 0}, False),
    (('pool-sizes', 0), {'type': 'p::Pool', 'default-size': 1}, True),
]

# Keys that both sides accept in the entry but no pack can use: with them the
# entry is never valid (checked: both sides must reject every probe of them).
NEVER_VALID = {
    # Needs 'returns': 'handle', which a transaction acquire call cannot be.
    (TX_ACQUIRE, 'returns-arg-if-not-null'),
}


def resolve(s):
    while '$ref' in s:
        s = SCHEMA['definitions'][s['$ref'].rsplit('/', 1)[-1]]
    return s


def object_kinds(s, path=()):
    """(path, schema) of every kind of object in a pack; a path is the keys
    and array elements (0) that lead to it."""
    s = resolve(s)
    yield path, s
    for key, prop in s.get('properties', {}).items():
        prop = resolve(prop)
        if prop.get('type') == 'object' and 'properties' in prop:
            yield from object_kinds(prop, path + (key,))
        elif prop.get('type') == 'array':
            items = resolve(prop.get('items', {}))
            if items.get('type') == 'object' and 'properties' in items:
                yield from object_kinds(items, path + (key, 0))


def sample(s):
    """A value the schema accepts for \\p s (without conditions)."""
    s = resolve(s)
    if 'const' in s:
        return s['const']
    if 'enum' in s:
        return s['enum'][0]
    for alternatives in ('oneOf', 'anyOf'):
        if alternatives in s:
            return sample(s[alternatives][0])
    kind = s.get('type')
    if kind == 'string':
        return 'probe::name'
    if kind == 'integer':
        # Not 0 or 1: those are the defaults of argument indexes that must
        # differ from the one given (sql-text's handle-arg and sql-arg).
        return max(2, s.get('minimum', 2))
    if kind == 'boolean':
        return True
    if kind == 'array':
        return [sample(s.get('items', {}))]
    if kind == 'object':
        return minimal(s)
    raise SystemExit('schema_loader_agree.py: cannot make a value for %r' % s)


def minimal(s):
    s = resolve(s)
    return {k: sample(s['properties'][k]) for k in s.get('required', [])}


def pack_with(path, entry):
    """A pack with \\p entry at \\p path, everything around it minimal."""
    def build(s, rest):
        s = resolve(s)
        if not rest:
            return entry
        if rest[0] == 0:
            return [build(s['items'], rest[1:])]
        obj = minimal(s)
        obj[rest[0]] = build(s['properties'][rest[0]], rest[1:])
        return obj
    return build(SCHEMA, tuple(path))


def schema_of(path):
    s = resolve(SCHEMA)
    for step in path:
        s = resolve(s['items'] if step == 0 else s['properties'][step])
    return s


RUNS = 0


def loader(pack):
    """(accepted, stderr) of conncheck's loader for \\p pack."""
    global RUNS
    RUNS += 1
    path = os.path.join(WORKDIR, 'probe-%d.json' % RUNS)
    with open(path, 'w') as f:
        json.dump(pack, f, indent=1)
    proc = subprocess.run([CONNCHECK, '--no-default-rules', '--rules', path,
                           '--list-rules'], capture_output=True, text=True)
    if proc.returncode not in (0, 2):
        raise SystemExit('schema_loader_agree.py: conncheck exited %d on %s:\n%s'
                         % (proc.returncode, path, proc.stderr))
    return proc.returncode == 0, proc.stderr


def schema_accepts(pack):
    return VALIDATOR.is_valid(pack)


def where(path):
    return '/' + '/'.join(str(p) for p in path) if path else '(the pack)'


problems = []


def agree(path, entry, what):
    """Whether both sides accept \\p entry at \\p path; a disagreement is a
    problem."""
    pack = pack_with(path, entry)
    by_loader, err = loader(pack)
    by_schema = schema_accepts(pack)
    if by_loader != by_schema:
        problems.append('%s: %s: the loader %s it, the schema %s it%s' % (
            where(path), what, 'accepts' if by_loader else 'rejects',
            'accepts' if by_schema else 'rejects',
            (' (loader: %s)' % err.strip().replace('\n', '; ')) if err else ''))
    return by_loader and by_schema


kinds = list(object_kinds(SCHEMA))
for path, s in kinds:
    props = set(s.get('properties', {}))
    required = set(s.get('required', []))
    base = minimal(s)

    # The keys: the loader lists those it knows when it meets one it does not.
    probe = dict(base, **{'x-unknown-key': 1})
    _, err = loader(pack_with(path, probe))
    m = re.search(r"unknown key 'x-unknown-key'; expected one of: (.*)", err)
    if not m:
        problems.append('%s: the loader did not reject an unknown key: %s'
                        % (where(path), err.strip()))
        continue
    loader_keys = set(m.group(1).split(', '))
    for k in sorted(loader_keys - props):
        problems.append("%s: the loader accepts '%s', the schema does not list it"
                        % (where(path), k))
    for k in sorted(props - loader_keys):
        problems.append("%s: the schema lists '%s', the loader does not accept it"
                        % (where(path), k))

    # Required keys: the minimal object is valid, and each one it holds is
    # needed.
    agree(path, base, 'the required keys alone')
    for k in sorted(required):
        agree(path, {x: v for x, v in base.items() if x != k},
              "without required '%s'" % k)

    # Every other key, alone on the minimal object (with the keys the schema
    # says it depends on).
    for k in sorted((props & loader_keys) - required):
        entry = dict(base)
        for dep in s.get('dependencies', {}).get(k, []):
            entry[dep] = sample(s['properties'][dep])
        entry[k] = sample(s['properties'][k])
        accepted = agree(path, entry, "with '%s'" % k)
        if (path, k) in NEVER_VALID:
            if accepted:
                problems.append("%s: '%s' was thought never valid, yet both "
                                "accept it" % (where(path), k))
        elif not accepted and not any(
                p == path and k in e and ok for p, e, ok in CONDITIONS):
            problems.append("%s: neither side accepts '%s' on its own, and no "
                            "CONDITIONS entry shows it accepted" % (where(path), k))

for path, entry, valid in CONDITIONS:
    pack = pack_with(path, entry)
    by_loader, err = loader(pack)
    by_schema = schema_accepts(pack)
    for side, verdict in (('loader', by_loader), ('schema', by_schema)):
        if verdict != valid:
            problems.append('%s: %s: the %s %s it, it should %s it%s' % (
                where(path), json.dumps(entry), side,
                'accepts' if verdict else 'rejects',
                'accept' if valid else 'reject',
                (' (loader: %s)' % err.strip().replace('\n', '; '))
                if side == 'loader' and err else ''))

for p in problems:
    print('disagreement: ' + p)
print('%d kinds of object, %d conditions, %d packs loaded: %s' % (
    len(kinds), len(CONDITIONS), RUNS,
    '%d disagreement(s)' % len(problems) if problems else 'schema and loader agree'))
sys.exit(1 if problems else 0)
