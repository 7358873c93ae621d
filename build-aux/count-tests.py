#!/usr/bin/env python3
# Copyright 2026 The Wijkpact authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Count the results in one or more meson test logs (meson-logs/testlog.json).

Prints one line, `N passed, N failed`, with `, N skipped` when some were skipped. OK and
EXPECTEDFAIL count as passed; FAIL, TIMEOUT, ERROR, INTERRUPT and UNEXPECTEDPASS as
failed. Exit status 0 only when nothing failed, at least one test passed and every log
could be read.

Usage: count-tests.py TESTLOG.json...
"""

import json
import sys

PASSED = {'OK', 'EXPECTEDFAIL'}
SKIPPED = {'SKIP'}


def main():
    if len(sys.argv) < 2:
        print('usage: count-tests.py TESTLOG.json...', file=sys.stderr)
        return 2
    passed = failed = skipped = 0
    unreadable = False
    for path in sys.argv[1:]:
        try:
            with open(path, encoding='utf-8') as f:
                results = [json.loads(line)['result'] for line in f if line.strip()]
        except (OSError, ValueError, KeyError) as e:
            print('%s: no test results (%s)' % (path, e), file=sys.stderr)
            unreadable = True
            continue
        for result in results:
            if result in PASSED:
                passed += 1
            elif result in SKIPPED:
                skipped += 1
            else:
                failed += 1

    sys.stderr.flush()
    print('%d passed, %d failed%s' % (passed, failed,
                                      ', %d skipped' % skipped if skipped else ''))
    return 0 if passed > 0 and failed == 0 and not unreadable else 1


if __name__ == '__main__':
    sys.exit(main())
