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
# Where the transaction begins (line 13) and where it ends (the commit on
# line 15): the window the slow call sits in.
begin, end = result['relatedLocations']
assert begin['physicalLocation']['region']['startLine'] == 13
assert 'begins here' in begin['message']['text']
assert end['physicalLocation']['region'] == {'startLine': 15, 'startColumn': 6, 'endLine': 15, 'endColumn': 14}
assert end['message']['text'] == "transaction 'tx' ends here"
assert [begin['id'], end['id']] == [0, 1]
assert len(result['partialFingerprints']['conncheckFingerprint/v2']) == 16
print('sarif ok')
