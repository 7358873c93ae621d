#!/usr/bin/env python3
# Copyright 2026 The Wijkpact authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the MIME type definition of workshop files.

Builds a private shared-mime-info database from the given package file and asks GIO for
the content type of a few SQLite files: a workshop is recognised by its .wijkpact name and,
without that name, by its header (application_id 0x57494A4B at offset 68); an ordinary
SQLite database, or one whose application_id has the bytes the other way round, is not.

Usage: check-mime-type.py MIME-PACKAGE.xml
Exit status 0 on success, 1 on a failed check, 77 (skip) when a needed tool is missing.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

MIME_TYPE = 'application/x-wijkpact'
APPLICATION_ID = 0x57494A4B


def make_database(path, application_id):
    db = sqlite3.connect(path)
    if application_id is not None:
        db.execute('PRAGMA application_id = %d' % application_id)
    db.execute('CREATE TABLE t (x)')
    db.commit()
    db.close()


def content_type(path, env):
    out = subprocess.run(['gio', 'info', '-a', 'standard::content-type', path],
                         env=env, check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        key, _, value = line.strip().partition(': ')
        if key == 'standard::content-type':
            return value
    return None


def main():
    if len(sys.argv) != 2:
        print('usage: check-mime-type.py MIME-PACKAGE.xml', file=sys.stderr)
        return 2
    package = sys.argv[1]

    for tool in ('update-mime-database', 'gio'):
        if shutil.which(tool) is None:
            print('%s is not installed' % tool)
            return 77

    with tempfile.TemporaryDirectory(prefix='wijk-mime-') as tmp:
        data_home = os.path.join(tmp, 'data')
        packages = os.path.join(data_home, 'mime', 'packages')
        os.makedirs(packages)
        shutil.copy(package, os.path.join(packages, 'wijkpact.xml'))

        env = dict(os.environ, XDG_DATA_HOME=data_home)
        update = subprocess.run(['update-mime-database', os.path.join(data_home, 'mime')],
                                env=env, capture_output=True, text=True)
        if update.returncode != 0 or update.stdout or update.stderr:
            print('update-mime-database rejected %s:\n%s%s'
                  % (package, update.stdout, update.stderr))
            return 1

        # (file name, application_id or None, expected: is it a workshop?)
        cases = [
            ('park.wijkpact', APPLICATION_ID, True),
            ('park-without-extension', APPLICATION_ID, True),
            ('plain-database', None, False),
            ('swapped-id', 0x4B4A4957, False),
        ]
        failures = 0
        for name, application_id, expected in cases:
            path = os.path.join(tmp, name)
            make_database(path, application_id)
            found = content_type(path, env)
            ok = (found == MIME_TYPE) == expected
            print('%s %s: %s%s' % ('ok' if ok else 'FAILED', name, found,
                                   '' if expected else ' (must not be %s)' % MIME_TYPE))
            failures += not ok
        return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
