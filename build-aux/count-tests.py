#!/usr/bin/env python3
# Copyright 2026 The Wijkpact authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Count the results in one or more meson test logs (meson-logs/testlog.json).

Prints one line, `N passed, N failed`, with `, N skipped` when some were skipped. OK and
EXPECTEDFAIL count as passed; FAIL, TIMEOUT, ERROR, INTERRUPT and UNEXPECTEDPASS as
failed. Before that line, each failed test is named with the last lines of its output,
so that the end of a long CI log still says what went wrong. Exit status 0 only when nothing failed, at least one test passed and every log
could be read.

Usage: count-tests.py TESTLOG.json...
"""

import json
import sys

TAIL_LINES = 25

PASSED = {'OK', 'EXPECTEDFAIL'}
SKIPPED = {'SKIP'}


def report_failure(path, entry):
    """Name a failed test and show the end of its output."""
    lines = ((entry.get('stdout') or '') + (entry.get('stderr') or '')).splitlines()
    print('--- %s: %s (%s, exit %s, %.1f s); last lines of its output:' % (
        path, entry.get('name', '?'), entry['result'], entry.get('returncode'),
        entry.get('duration') or 0.0))
    for line in lines[-TAIL_LINES:]:
        print('    ' + line)


def main():
    if len(sys.argv) < 2:
        print('usage: count-tests.py TESTLOG.json...', file=sys.stderr)
        return 2
    passed = failed = skipped = 0
    unreadable = False
    for path in sys.argv[1:]:
        try:
            with open(path, encoding='utf-8') as f:
                entries = [json.loads(line) for line in f if line.strip()]
                results = [entry['result'] for entry in entries]
        except (OSError, ValueError, KeyError) as e:
            print('%s: no test results (%s)' % (path, e), file=sys.stderr)
            unreadable = True
            continue
        for entry, result in zip(entries, results):
            if result in PASSED:
                passed += 1
            elif result in SKIPPED:
                skipped += 1
            else:
                failed += 1
                report_failure(path, entry)

    sys.stderr.flush()
    print('%d passed, %d failed%s' % (passed, failed,
                                      ', %d skipped' % skipped if skipped else ''))
    return 0 if passed > 0 and failed == 0 and not unreadable else 1


if __name__ == '__main__':
    sys.exit(main())
