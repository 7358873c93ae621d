#!/usr/bin/python3
# e2e-draft-action.py
#
# Copyright 2026 The Wijkpact authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# End to end over AT-SPI (dogtail): starts wijkpact on the bundled Haasrode
# workshop, drafts an action through the controls a person uses, found by
# their accessible names ("New action", the new-action dialog's title, the
# type "Cycling to work", "Create action", the editor's "Parameter
# commuters" and "Title"), reads the result back through AT-SPI (the action
# list's row, the editor's field), quits, and checks the workshop file with
# `wijkpact --export-json - FILE`.
#
# Run with Debian's own python3 in a D-Bus session on a display, e.g.
#   GDK_BACKEND=x11 xvfb-run -a dbus-run-session -- /usr/bin/python3 \
#     tests/gui/e2e-draft-action.py build/src/wijkpact
# GTK 4.8 gives check boxes and entry rows no AT-SPI action and wrong
# coordinates, so those are reached with the keyboard (Tab until the control
# has the focus, as a keyboard user does); buttons are clicked through their
# "click" action.

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TITLE = 'Bike racks at hall 3'
NEW_TITLE = 'Covered bike racks at hall 3'
COMMUTERS = 120

tests = []

# The TAP stream. meson's test starts this script with its stdout on fd 3
# and fd 1 on stderr (see tests/gui/meson.build): the D-Bus session's
# daemons (the AT-SPI registry) write to the stdout they inherit, and
# their lines must not mix with the TAP lines.
try:
    tap = os.fdopen(3, 'w', buffering=1)
except OSError:
    tap = sys.stdout


def emit(line):
    print(line, file=tap)
    tap.flush()


def ok(passed, description, diagnostic=None):
    tests.append(passed)
    emit('%s %d - %s' % ('ok' if passed else 'not ok', len(tests), description))
    if not passed and diagnostic is not None:
        for line in str(diagnostic).splitlines():
            emit('# ' + line)
    return passed


def bail(reason):
    emit('Bail out! ' + reason)
    sys.exit(1)


def wait_for(condition, seconds=20, step=0.2):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            result = condition()
        except Exception:
            result = None
        if result:
            return result
        time.sleep(step)
    return None


try:
    from dogtail.config import config
    config.checkForA11y = False
    config.logDebugToFile = False
    config.logDebugToStdOut = False
    config.defaultDelay = 0.2
    config.searchCutoffCount = 10
    from dogtail import rawinput, tree
except ImportError as error:
    emit('1..0 # SKIP dogtail is not importable: %s' % error)
    sys.exit(0)

if not os.environ.get('DISPLAY'):
    emit('1..0 # SKIP no display (run the suite under xvfb-run)')
    sys.exit(0)

if len(sys.argv) != 2:
    bail('usage: e2e-draft-action.py PATH-TO-WIJKPACT')

WIJKPACT = os.path.abspath(sys.argv[1])
data_home = tempfile.mkdtemp(prefix='wijk-e2e-')
workshop_file = os.path.join(data_home, 'wijkpact', 'Haasrode Research Park.wijkpact')

env = dict(os.environ)
# The test suite's GTK_A11Y=test would keep GTK off the accessibility bus.
env.pop('GTK_A11Y', None)
env.pop('NO_AT_BRIDGE', None)
env['GDK_BACKEND'] = 'x11'
env.setdefault('GSK_RENDERER', 'cairo')
env['GSETTINGS_BACKEND'] = 'memory'
env['XDG_DATA_HOME'] = data_home
env['LC_ALL'] = 'C.UTF-8'
# Under the sanitizers (.ci/run), this one run keeps AddressSanitizer and
# UndefinedBehaviorSanitizer but not LeakSanitizer: GTK 4.8 leaks the list
# of action names each AT-SPI query of a widget's actions builds (inside
# libgtk-4, with no symbols to suppress it by), which only an AT-SPI client
# like this test triggers. The other tests check for leaks.
if 'ASAN_OPTIONS' in env:
    env['ASAN_OPTIONS'] += ':detect_leaks=0'

emit('1..9')
app_process = subprocess.Popen([WIJKPACT], env=env)


def cleanup():
    if app_process.poll() is None:
        app_process.send_signal(signal.SIGTERM)
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    shutil.rmtree(data_home, ignore_errors=True)


def find(root, predicate):
    return root.findChild(predicate, retry=False, requireResult=False)


def focused(root):
    for node in root.findChildren(lambda n: True):
        try:
            if node.focused:
                return node
        except Exception:
            pass
    return None


def tab_to(root, predicate, limit=80, backwards=False):
    """Presses Tab until the focused control matches, as a keyboard user does."""
    for _ in range(limit):
        node = focused(root)
        if node is not None and predicate(node):
            return node
        rawinput.keyCombo('<Shift>Tab' if backwards else 'Tab')
        time.sleep(0.15)
    return None


def named(role, name):
    return lambda n: n.roleName == role and n.name == name


try:
    app = wait_for(lambda: tree.root.application('wijkpact'), 30)
    window = app and wait_for(lambda: find(app, lambda n: n.roleName == 'frame'
                                           and n.name.endswith('Wijkpact')), 30)
    if not ok(window is not None and window.name.startswith('Haasrode'),
              'the window shows the bundled Haasrode workshop',
              window.name if window else 'no window'):
        bail('no window')

    # "+ Action": its accessible name is "New action" (GTK 4.8 appends the
    # button's visible text).
    new_action = find(window, lambda n: n.roleName == 'push button'
                      and n.name.startswith('New action'))
    if new_action is None:
        bail('no "New action" button')
    new_action.doActionNamed('click')
    dialog = wait_for(lambda: find(app, named('frame', 'New Action')), 10)
    if not ok(dialog is not None, 'the "New action" button opens the new-action dialog'):
        bail('no dialog')

    # The title row follows the dialog's Cancel button and comes before the
    # Theme; its text field is not itself in the accessible tree.
    tab_to(dialog, named('combo box', 'Theme'))
    rawinput.keyCombo('<Shift>Tab')
    time.sleep(0.3)
    rawinput.typeText(TITLE)
    check = tab_to(dialog, named('check box', 'Cycling to work'))
    if check is not None:
        rawinput.pressKey('space')
    ok(check is not None and wait_for(lambda: check.checked, 5),
       'the type "Cycling to work" is chosen from the keyboard')

    create = find(dialog, named('push button', 'Create action'))
    if create is None or not create.sensitive:
        bail('"Create action" is missing or insensitive')
    create.doActionNamed('click')

    editor = wait_for(lambda: find(window, lambda n: n.name == 'Edit Action'), 10)
    row = wait_for(lambda: find(window, lambda n: n.roleName == 'panel' and n.name == TITLE), 10)
    ok(editor is not None and row is not None,
       'the editor opens and the action list has a row "%s"' % TITLE)

    # A parameter: the number of commuters, typed into its spin button.
    fields = find(window, lambda n: n.name == 'WijkActionEditor') or window
    commuters = tab_to(fields, named('spin button', 'Parameter commuters'))
    if commuters is not None:
        rawinput.keyCombo('<Control>a')
        rawinput.typeText(str(COMMUTERS))
        rawinput.pressKey('Tab')
    value = wait_for(lambda: commuters.queryValue().currentValue == COMMUTERS and COMMUTERS, 10) \
        if commuters is not None else None
    ok(value == COMMUTERS, 'the editor shows %d commuters' % COMMUTERS,
       commuters.queryValue().currentValue if commuters is not None else 'no spin button')

    # The title: its field comes just before the status.
    title_done = tab_to(fields, named('combo box', 'Status'), backwards=True) is not None
    if title_done:
        rawinput.keyCombo('<Shift>Tab')
        time.sleep(0.3)
        rawinput.keyCombo('<Control>a')
        rawinput.typeText(NEW_TITLE)
        rawinput.pressKey('Return')
    renamed = wait_for(lambda: find(window, lambda n: n.roleName == 'panel'
                                    and n.name == NEW_TITLE), 10)
    ok(title_done and renamed is not None,
       'the action list follows the new title "%s"' % NEW_TITLE)

    # Quitting: every edit is already in the file. The application may be
    # gone before it answers the call.
    try:
        window.doActionNamed('window.close')
    except Exception:
        pass
    try:
        status = app_process.wait(120)
    except subprocess.TimeoutExpired:
        status = None
    ok(status == 0, 'the application quits cleanly', 'exit status %s' % status)

    exported = subprocess.run([WIJKPACT, '--export-json', '-', workshop_file], env=env,
                              capture_output=True, text=True, timeout=60)
    actions = []
    if exported.returncode == 0:
        actions = [a for a in json.loads(exported.stdout)['actions']
                   if a.get('title') == NEW_TITLE]
    ok(len(actions) == 1 and actions[0]['type'] == 'bike_shift',
       'the file holds one "Cycling to work" action titled "%s"' % NEW_TITLE,
       exported.stderr or [a.get('title') for a in actions])
    ok(len(actions) == 1 and actions[0]['params'].get('commuters') == COMMUTERS,
       'its commuters parameter is %d in the file' % COMMUTERS,
       actions[0]['params'] if actions else None)
finally:
    cleanup()

sys.exit(0 if all(tests) and len(tests) == 9 else 1)
