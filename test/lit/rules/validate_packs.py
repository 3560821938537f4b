"""Validates rule packs against rules/conncheck-rules.schema.json, so that
the schema users write against and the loader conncheck runs agree."""
import glob
import json
import os
import sys

import jsonschema

schema = json.load(open(sys.argv[1]))
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)
failed = 0
paths = []
for arg in sys.argv[2:]:
    # A directory stands for the packs in it (not the schema itself).
    if os.path.isdir(arg):
        paths += sorted(p for p in glob.glob(os.path.join(arg, '*.json'))
                        if not p.endswith('.schema.json'))
    else:
        paths.append(arg)
for path in paths:
    errors = list(validator.iter_errors(json.load(open(path))))
    for e in errors:
        print('%s: %s at %s' % (path, e.message, '/'.join(map(str, e.path))))
    failed += bool(errors)
    print('%s: %s' % (path.rsplit('/', 1)[-1], 'invalid' if errors else 'valid'))
sys.exit(1 if failed else 0)
