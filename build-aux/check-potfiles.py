#!/usr/bin/env python3
# Copyright 2026 The Wijkpact authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check po/POTFILES.in against the source tree.

Fails when a file with translatable strings is not listed, when a listed file does not
exist, or when the list is not sorted (byte order, as `LC_ALL=C sort`) or has duplicates.

Translatable strings are looked for in src/ (*.c, *.h: _(), N_(), C_(), NC_() and the
GLib gettext calls, outside comments and string literals), ui/ (*.ui, *.blp:
translatable="yes") and data/ (desktop files, metainfo, MIME types, and GSettings schemas
that name a gettext-domain).

Usage: check-potfiles.py SOURCE-DIR
"""

import os
import re
import sys

C_TOKENS = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'', re.S)
C_CALL = re.compile(r'(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|Q_|gettext|ngettext|pgettext|'
                    r'g_dgettext|g_dcgettext|g_dngettext|g_dpgettext|g_dpgettext2)\s*\(')
UI_TRANSLATABLE = re.compile(r'translatable\s*=\s*["\'](?:yes|true|1)["\']'
                             r'|_\(\s*"', re.I)
DATA_ALWAYS = ('.desktop.in', '.metainfo.xml.in', '.appdata.xml.in', '.mime.xml.in')


def c_has_strings(text):
    # Comments and literals go first, so "_(" inside them does not count.
    code = C_TOKENS.sub(lambda m: ' ' if m.group(0)[0] == '/' else '""', text)
    return C_CALL.search(code) is not None


def has_translatable_strings(path):
    name = os.path.basename(path)
    if name.endswith(DATA_ALWAYS):
        return True
    with open(path, encoding='utf-8', errors='replace') as f:
        text = f.read()
    if name.endswith(('.c', '.h')):
        return c_has_strings(text)
    if name.endswith(('.ui', '.blp')):
        return UI_TRANSLATABLE.search(text) is not None
    if name.endswith('.gschema.xml'):
        return 'gettext-domain' in text
    return False


def candidates(srcdir):
    patterns = {
        'src': ('.c', '.h'),
        'ui': ('.ui', '.blp'),
        'data': DATA_ALWAYS + ('.gschema.xml',),
    }
    for top, suffixes in patterns.items():
        root = os.path.join(srcdir, top)
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith(suffixes):
                    path = os.path.join(dirpath, name)
                    yield os.path.relpath(path, srcdir).replace(os.sep, '/'), path


def read_potfiles(path):
    entries = []
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if line and not line.startswith(('#', '[')):
                entries.append((number, line))
    return entries


def main():
    if len(sys.argv) != 2:
        print('usage: check-potfiles.py SOURCE-DIR', file=sys.stderr)
        return 2
    srcdir = sys.argv[1]
    potfiles_in = os.path.join(srcdir, 'po', 'POTFILES.in')
    entries = read_potfiles(potfiles_in)
    listed = [name for _, name in entries]
    problems = []

    for number, name in entries:
        if not os.path.isfile(os.path.join(srcdir, name)):
            problems.append('po/POTFILES.in:%d: %s does not exist' % (number, name))

    seen = set()
    for number, name in entries:
        if name in seen:
            problems.append('po/POTFILES.in:%d: %s is listed twice' % (number, name))
        seen.add(name)

    for (_, before), (number, after) in zip(entries, entries[1:]):
        if after.encode() < before.encode():
            problems.append('po/POTFILES.in:%d: not sorted: %s should come before %s '
                            '(keep the file in `LC_ALL=C sort` order)' % (number, after, before))

    for name, path in candidates(srcdir):
        if name not in seen and has_translatable_strings(path):
            problems.append('%s has translatable strings but is not in po/POTFILES.in'
                            % name)

    for problem in problems:
        print(problem)
    if problems:
        return 1
    print('po/POTFILES.in lists %d files, sorted, all present; '
          'every file with translatable strings is listed' % len(listed))
    return 0


if __name__ == '__main__':
    sys.exit(main())
