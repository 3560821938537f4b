"""Asserts the shape of conncheck's SARIF for Inputs/slow.cpp: what code
scanning needs of a run, a rule and a result."""
import json
import sys

log = json.load(open(sys.argv[1]))
assert log['version'] == '2.1.0'
run, = log['runs']
driver = run['tool']['driver']
assert driver['name'] == 'conncheck'
assert driver['version'] and driver['informationUri']
rule_ids = [r['id'] for r in driver['rules']]
assert 'conncheck-slow-call-in-transaction' in rule_ids
for r in driver['rules']:
    assert r['shortDescription']['text'] and r['help']['text'] and r['helpUri']
assert run['originalUriBaseIds']['%SRCROOT%']['uri'].endswith('/tool/')
assert run['invocations'][0]['executionSuccessful'] is True

result, = run['results']
assert result['ruleId'] == 'conncheck-slow-call-in-transaction'
assert rule_ids[result['ruleIndex']] == result['ruleId']
assert "'app::sleep_ms'" in result['message']['text']
loc = result['locations'][0]['physicalLocation']
assert loc['artifactLocation'] == {'uri': 'Inputs/slow.cpp', 'uriBaseId': '%SRCROOT%'}
assert loc['region'] == {'startLine': 14, 'startColumn': 3, 'endLine': 14, 'endColumn': 20}
related, = result['relatedLocations']
assert related['physicalLocation']['region']['startLine'] == 13
assert 'begins here' in related['message']['text']
assert len(result['partialFingerprints']['conncheckFingerprint/v2']) == 16
print('sarif ok')
