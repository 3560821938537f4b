#!/usr/bin/env python3
"""help_options.py HELP: the options listed in a --help output, one a line,
sorted ("--color", "-o", ...), LLVM's generic ones left out."""
import re
import sys

generic = {'-h', '--help', '--help-hidden', '--help-list', '--help-list-hidden',
           '--print-all-options', '--print-options', '--version'}
options = set()
for line in open(sys.argv[1]):
    m = re.match(r'^  (-{1,2}[A-Za-z][\w-]*)', line)
    if m and m.group(1) not in generic:
        options.add(m.group(1))
print('\n'.join(sorted(options)))
