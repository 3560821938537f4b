"""Prints the errors and warnings the SARIF Multitool's own SARIF log
(validate --output) reports, and how many there are."""
import json
import sys

results = json.load(open(sys.argv[1]))['runs'][0].get('results', [])
for r in results:
    print('%s %s: %s' % (r.get('level', 'warning'), r.get('ruleId'),
                         r['message'].get('text', '')[:200]))
print('problems: %d' % len(results))
