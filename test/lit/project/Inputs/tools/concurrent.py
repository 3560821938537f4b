"""Runs one command N times at once, each writing its stdout to OUT.<i>.

    concurrent.py N OUT -- command...

Exits with the first non-zero exit status that is not 0 or 1 (conncheck's
"findings" status), so that a run that failed or crashed fails the test.
"""
import subprocess
import sys

count, out = int(sys.argv[1]), sys.argv[2]
command = sys.argv[sys.argv.index('--') + 1:]
procs = []
for i in range(count):
    with open('{}.{}'.format(out, i), 'w') as f:
        procs.append(subprocess.Popen(command, stdout=f))
status = 0
for p in procs:
    rc = p.wait()
    if rc not in (0, 1) and status == 0:
        status = rc
sys.exit(status)
