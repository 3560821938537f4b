#!/usr/bin/env python3
"""Runs conncheck on a test source and checks its diagnostics, in the manner
of clang-tidy's check_clang_tidy.py.

    check_conncheck.py [--expect-exit N] [--check-prefix P] \
        <source> [conncheck args...] [-- compiler args...]

Expected diagnostics are written in the source as FileCheck lines:

    upload(p);
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: ... [conncheck-...]
    // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' ...

Every warning and note conncheck prints must be matched (an unexpected one
fails the test), and the exit status must be 1 when warnings are expected and
0 when none are.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--conncheck', required=True)
    parser.add_argument('--filecheck', required=True)
    parser.add_argument('--expect-exit', type=int)
    parser.add_argument('--check-prefix', default='CHECK-MESSAGES')
    parser.add_argument('source')
    argv = sys.argv[1:]
    compiler_args = []
    if '--' in argv:
        split = argv.index('--')
        argv, compiler_args = argv[:split], argv[split + 1:]
    args, tool_args = parser.parse_known_args(argv)

    with open(args.source, encoding='utf-8') as f:
        text = f.read()
    prefix = re.escape(args.check_prefix)
    expects_warning = re.search(prefix + r':.*warning:', text) is not None
    has_checks = re.search(prefix + r'(-NOT)?:', text) is not None
    expected_exit = args.expect_exit
    if expected_exit is None:
        expected_exit = 1 if expects_warning else 0

    cmd = [args.conncheck] + tool_args + [args.source, '--'] + compiler_args
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True)
    output = proc.stdout
    print('command:', ' '.join(cmd))
    print('------ stdout ------\n' + output)
    print('------ stderr ------\n' + proc.stderr)

    if proc.returncode != expected_exit:
        sys.exit('FAIL: conncheck exited with %d, expected %d'
                 % (proc.returncode, expected_exit))

    if not has_checks:
        if re.search(r'(warning|error|note):', output):
            sys.exit('FAIL: the source expects no diagnostics, but conncheck '
                     'printed some')
        return

    with tempfile.NamedTemporaryFile('w', suffix='.out', delete=False) as out:
        out.write(output)
        out_path = out.name
    try:
        check = subprocess.run(
            [args.filecheck, args.source, '--input-file=' + out_path,
             '--check-prefix=' + args.check_prefix,
             '--implicit-check-not={{warning|error|note}}:',
             '--dump-input=fail'])
    finally:
        os.unlink(out_path)
    if check.returncode != 0:
        sys.exit('FAIL: FileCheck did not match conncheck\'s output')


if __name__ == '__main__':
    main()
