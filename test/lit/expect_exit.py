#!/usr/bin/env python3
"""expect_exit.py N cmd args...: runs cmd, passes its output through, and
fails unless it exits with status N (lit's `not` accepts any failure)."""
import subprocess
import sys

expected = int(sys.argv[1])
proc = subprocess.run(sys.argv[2:])
if proc.returncode != expected:
    sys.stderr.write('expect_exit: %s exited with %d, expected %d\n'
                     % (sys.argv[2], proc.returncode, expected))
    sys.exit(1)
