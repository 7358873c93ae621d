#!/usr/bin/env python3
# Copyright 2026 The Wijkpact authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check that every language in po/LINGUAS translates every string of the sources.

Extracts a fresh template from the files in po/POTFILES.in with xgettext (the same
keywords and flags as meson's "glib" preset), merges each language's .po file with it
into a temporary file, and fails when `msgfmt --check --statistics` reports an error, an
untranslated or a fuzzy message, naming the language and the messages.

Usage: check-translations.py SOURCE-DIR
"""

import os
import re
import subprocess
import sys
import tempfile

XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments', '--force-po',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format',
    '--flag=g_printf:1:c-format', '--flag=g_fprintf:2:c-format',
    '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
]
STATISTICS = re.compile(r'(\d+) (translated|fuzzy|untranslated)')
C_ESCAPE = re.compile(r'\\(.)')
ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '"': '"', '\\': '\\'}


def read_list(path, split=False):
    """The non-comment lines of POTFILES.in, or the words of LINGUAS (split=True)."""
    with open(path, encoding='utf-8') as f:
        lines = [line.split('#', 1)[0].strip() for line in f]
    if split:
        return ' '.join(lines).split()
    return [line for line in lines if line and not line.startswith('[')]


def unquote(text):
    return C_ESCAPE.sub(lambda m: ESCAPES.get(m.group(1), m.group(0)), text[1:-1])


def po_entries(path):
    """Yields (context, msgid, fuzzy, translated) for each live message but the header."""
    entry, field = None, None

    def finish(e):
        if e is not None and 'msgid' in e and e['msgid'] != '':
            strings = [v for k, v in e.items() if k.startswith('msgstr')]
            yield (e.get('msgctxt'), e['msgid'], e['fuzzy'],
                   bool(strings) and all(strings))

    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                yield from finish(entry)
                entry, field = None, None
                continue
            if line.startswith('#~'):
                continue
            if entry is None:
                entry = {'fuzzy': False}
            if line.startswith('#,'):
                entry['fuzzy'] = entry['fuzzy'] or 'fuzzy' in line[2:].replace(',', ' ').split()
            elif line.startswith('#'):
                continue
            elif line.startswith('"') and field is not None:
                entry[field] += unquote(line)
            else:
                key, _, value = line.partition(' ')
                field = key
                entry[field] = unquote(value)
    yield from finish(entry)


def describe(context, msgid):
    text = msgid if len(msgid) <= 72 else msgid[:69] + '...'
    text = text.replace('\n', '\\n')
    return '"%s"' % text if context is None else '"%s" (context "%s")' % (text, context)


def check_language(lang, po_file, template, tmp):
    """Returns a one-line summary and the lines naming the messages that need work."""
    merged = os.path.join(tmp, lang + '.po')
    subprocess.run(['msgmerge', '--quiet', '--previous', '--output-file=' + merged,
                    po_file, template], check=True)
    stats = subprocess.run(['msgfmt', '--check', '--statistics', '--output-file=/dev/null',
                            merged], capture_output=True, text=True)
    counts = {kind: int(n) for n, kind in STATISTICS.findall(stats.stderr)}
    missing = counts.get('untranslated', 0)
    fuzzy = counts.get('fuzzy', 0)
    if stats.returncode == 0 and missing == 0 and fuzzy == 0:
        return None, '%s: complete, %d messages translated' % (lang, counts.get('translated', 0))

    details = []
    if stats.returncode != 0:
        details.append(stats.stderr.replace(merged, 'po/%s.po (merged)' % lang).rstrip())
    for context, msgid, is_fuzzy, translated in po_entries(merged):
        if is_fuzzy:
            details.append('  %s: fuzzy: %s' % (lang, describe(context, msgid)))
        elif not translated:
            details.append('  %s: untranslated: %s' % (lang, describe(context, msgid)))
    summary = ('%s: INCOMPLETE: %d translated, %d untranslated, %d fuzzy%s (po/%s.po)'
               % (lang, counts.get('translated', 0), missing, fuzzy,
                  '' if stats.returncode == 0 else ', msgfmt --check failed', lang))
    return details, summary


def main():
    if len(sys.argv) != 2:
        print('usage: check-translations.py SOURCE-DIR', file=sys.stderr)
        return 2
    srcdir = os.path.abspath(sys.argv[1])
    podir = os.path.join(srcdir, 'po')
    languages = read_list(os.path.join(podir, 'LINGUAS'), split=True)
    sources = read_list(os.path.join(podir, 'POTFILES.in'))
    if not languages:
        print('po/LINGUAS names no language')
        return 1

    with tempfile.TemporaryDirectory(prefix='wijk-po-') as tmp:
        files_from = os.path.join(tmp, 'POTFILES')
        with open(files_from, 'w', encoding='utf-8') as f:
            f.write(''.join(name + '\n' for name in sources))
        template = os.path.join(tmp, 'wijkpact.pot')
        subprocess.run(['xgettext', '--directory=' + srcdir, '--files-from=' + files_from,
                        '--output=' + template, '--package-name=wijkpact'] + XGETTEXT_ARGS,
                       check=True)

        summaries = []
        for lang in languages:
            po_file = os.path.join(podir, lang + '.po')
            if not os.path.isfile(po_file):
                summaries.append('%s: INCOMPLETE: po/%s.po is missing (the language is in '
                                 'po/LINGUAS)' % (lang, lang))
                continue
            details, summary = check_language(lang, po_file, template, tmp)
            for line in details or []:
                print(line)
            summaries.append(summary)

    # The summaries come last, where a truncated test log still shows them.
    for summary in summaries:
        print(summary)
    return 1 if any('INCOMPLETE' in summary for summary in summaries) else 0

if __name__ == '__main__':
    sys.exit(main())
