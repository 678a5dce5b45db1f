#!/usr/bin/python3
"""Walks the AT-SPI tree of each main screen (library, play, board, new game, editor, preferences),
as a screen reader (Orca) sees it, and fails on an unnamed control (or one named by its type, a
placeholder, its mnemonic or its name twice over) and on a card view whose description lacks the
card's text.

Usage: test-atspi.py KLETSBORDEN DECK.json BOARD-DECK.json (under an X display). It starts its own session bus
with at-spi2-core's bus launcher and registry, and the app with its accessibility on (the
suite's GTK_A11Y=test is dropped for it)."""

import os
import re
import subprocess
import sys
import tempfile
import time

# Controls a screen reader user must be able to tell apart by name.
NAMED_ROLES = {'push button', 'toggle button', 'menu button', 'combo box', 'list item',
               'check box', 'radio button', 'spin button', 'slider', 'switch', 'link',
               'menu item', 'toggle', 'check menu item', 'radio menu item', 'page tab',
               'table cell',   # a GtkFlowBoxChild: a deck tile
               'text', 'entry', 'password text'}   # an entry must say what goes in it
# What GTK reads out for a row or button that takes its name from a dropdown with nothing chosen.
PLACEHOLDER_NAMES = {'(None)'}
# What GTK falls back to when a widget has no name: its type.
TYPE_NAME = re.compile(r'^(Gtk|Adw|Kb)[A-Z]\w*$')
MNEMONIC = re.compile(r'(^|\s)_\w')
# GTK 4.8 reads a label and then what the control is labelled by: "Open… Open…".
DOUBLED = re.compile(r'^(.+) \1$')


def reexec_in_own_bus():
    if os.environ.get('KB_ATSPI_BUS') == '1':
        return
    # AT-SPI warns when an app goes away mid-walk: never fatal here (the suite's G_DEBUG).
    env = dict(os.environ, KB_ATSPI_BUS='1', G_DEBUG='')
    # pyatspi is Debian's (python3-pyatspi): the system's python, not a virtualenv's.
    python = '/usr/bin/python3' if os.path.exists('/usr/bin/python3') else sys.executable
    os.execvpe('dbus-run-session', ['dbus-run-session', '--', python] + sys.argv, env)


def start_registry():
    launcher = '/usr/libexec/at-spi-bus-launcher'
    if not os.path.exists(launcher):
        print('1..0 # SKIP at-spi2-core is not installed')
        sys.exit(0)
    proc = subprocess.Popen([launcher, '--launch-immediately'],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.0)
    return proc


def start_app(binary, args, keys):
    env = dict(os.environ)
    for name in ('GTK_A11Y', 'NO_AT_BRIDGE'):
        env.pop(name, None)
    env['G_DEBUG'] = ''          # the AT bridge may warn about a slow registry
    env['GDK_DEBUG'] = 'gl-disable,no-portals'
    env['XDG_STATE_HOME'] = tempfile.mkdtemp(prefix='kb-atspi-')   # no kept game to offer
    proc = subprocess.Popen([binary] + args, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return proc


def find_app(pyatspi, pid, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        try:
            desktop = pyatspi.Registry.getDesktop(0)
            n = desktop.childCount
        except Exception:
            n = 0
        for i in range(n):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid and app.childCount > 0:
                    return app
            except Exception:
                pass
        time.sleep(0.3)
    return None


def walk(node, depth=0):
    yield node, depth
    try:
        n = node.childCount
    except Exception:
        return
    for i in range(n):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from walk(child, depth + 1)


def showing(pyatspi, node):
    """On screen: GTK 4.8 sets no SHOWING state, but what is not mapped has no size."""
    try:
        if not node.getState().contains(pyatspi.STATE_VISIBLE):
            return False
        extents = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return extents.width > 0 and extents.height > 0
    except Exception:
        return False


def check_screen(pyatspi, app, screen, card_text):
    problems = []
    cards = []
    boards = []
    n_controls = 0
    for node, depth in walk(app):
        role = node.getRoleName()
        name = node.name or ''
        if os.environ.get('KB_ATSPI_DUMP'):
            print('#%s %s %r %r %s' % ('  ' * depth, role, name, node.description,
                                        [str(x) for x in node.getState().getStates()]))
        if not showing(pyatspi, node):
            continue
        if role in NAMED_ROLES:
            n_controls += 1
            if not name.strip() or TYPE_NAME.match(name) or name in PLACEHOLDER_NAMES:
                parent = node.parent
                problems.append('an unnamed %s (%r) in %s %r' % (role, name,
                                parent.getRoleName() if parent else '-',
                                parent.name if parent else ''))
            elif MNEMONIC.search(name):
                problems.append('a %s named with its mnemonic: %r' % (role, name))
            elif DOUBLED.match(name):
                problems.append('a %s named twice over: %r' % (role, name))
        if role == 'image' and re.search(r'\bcard\b', name, re.I):
            cards.append((name, node.description or ''))
        if role == 'image' and name.startswith('Board') and screen == 'board':
            # The board as words: its squares and where each pawn stands.
            if 'squares:' not in (node.description or '') or \
                    ' on square ' not in (node.description or ''):
                problems.append('the board %r has the description %r, without its squares '
                                'and pawns' % (name, node.description))
            boards.append(name)
    if screen == 'board' and not boards:
        problems.append('no board view in the tree')
    if card_text is not None:
        if not cards:
            problems.append('no card view in the tree')
        for name, description in cards[:1]:
            if card_text not in description:
                problems.append('the card view %r has the description %r, without %r'
                                % (name, description, card_text))
    return problems, n_controls


def press(keys):
    for key in keys:
        ids = subprocess.run(['xdotool', 'search', '--name', 'Kletsborden'],
                             capture_output=True, text=True).stdout.split()
        for wid in ids:
            subprocess.run(['xdotool', 'key', '--window', wid, key])
        time.sleep(1.0)


def main():
    reexec_in_own_bus()
    binary, deck, board_deck = sys.argv[1], sys.argv[2], sys.argv[3]
    try:
        import pyatspi
    except ImportError:
        print('1..0 # SKIP python3-pyatspi is not installed')
        return 0
    registry = start_registry()
    # (name, arguments, keys to press, a text the card view must carry)
    screens = [
        ('library', [], [], None),
        ('play', [deck], ['space'], 'Card A'),
        ('board', ['--board', board_deck], ['Return', 'r'], None),
        ('new game', ['--board', board_deck], [], None),
        ('editor', [], ['ctrl+n'], None),
        ('preferences', [], ['ctrl+comma'], None),
    ]
    # KB_ATSPI_SCREENS="editor,preferences" walks only those (while mending one).
    only = os.environ.get('KB_ATSPI_SCREENS')
    if only:
        screens = [s for s in screens if s[0] in only.split(',')]
    print('1..%d' % len(screens))
    failed = 0
    for number, (screen, args, keys, card_text) in enumerate(screens, 1):
        proc = start_app(binary, args, keys)
        try:
            app = find_app(pyatspi, proc.pid)
            if app is None:
                print('not ok %d %s # the app never showed up on the accessibility bus'
                      % (number, screen))
                failed += 1
                continue
            time.sleep(1.5)
            press(keys)
            time.sleep(1.0)
            try:
                problems, n_controls = check_screen(pyatspi, app, screen, card_text)
            except Exception as error:
                problems, n_controls = ['walking the tree failed: %s' % error], -1
            if n_controls == 0:
                problems.append('no controls found at all')
            if problems:
                failed += 1
                print('not ok %d %s' % (number, screen))
                for problem in problems:
                    print('# ' + problem)
            else:
                print('ok %d %s (%d controls, all named)' % (number, screen, n_controls))
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    registry.terminate()
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
