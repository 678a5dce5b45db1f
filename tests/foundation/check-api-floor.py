#!/usr/bin/env python3
"""Nothing newer than GTK 4.8, libadwaita 1.2 and GLib 2.74 (Debian 12), also where the headers
are newer (the Flatpak's GNOME runtime): every C file of the build is compiled with the version
macros at those versions, and a call to what newer headers mark as newer is an error, not a
warning that scrolls by. Newer headers mark it with G_UNAVAILABLE (GDK_AVAILABLE_IN_4_10 turns
into GDK_UNAVAILABLE (4, 10) when GDK_VERSION_MAX_ALLOWED is 4.8); the probe does the same, so
it bites with Debian's own headers too.

usage: check-api-floor.py COMPILE_COMMANDS.JSON SOURCE_ROOT
"""
import json
import os
import shlex
import subprocess
import sys
import tempfile

FLOOR = [
    '-DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74',
    '-DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74',
    '-DGDK_VERSION_MIN_REQUIRED=GDK_VERSION_4_8',
    '-DGDK_VERSION_MAX_ALLOWED=GDK_VERSION_4_8',
    '-DADW_VERSION_MIN_REQUIRED=ADW_VERSION_1_2',
    '-DADW_VERSION_MAX_ALLOWED=ADW_VERSION_1_2',
    '-Werror=deprecated-declarations',
]

PROBE = '''#include <adwaita.h>
G_UNAVAILABLE (4, 10) static inline void kb_probe_newer (void) {}
int main (void) { %s; return 0; }
'''

problems = []


def check(condition, message):
    print(('ok ' if condition else 'FAIL ') + message)
    if not condition:
        problems.append(message)


def probe_command(entry, probe):
    """The entry's own compiler command, checking @probe's syntax instead of its file."""
    args = entry['arguments'] if 'arguments' in entry else shlex.split(entry['command'])
    out, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif arg in ('-o', '-MQ', '-MF', '-MT'):
            skip = True
        elif arg in ('-c', '-MD', '-MMD') or arg == entry['file']:
            continue
        else:
            out.append(arg)
    return out + ['-fsyntax-only', probe]


def main(commands_path, source_root):
    with open(commands_path, encoding='utf-8') as f:
        entries = json.load(f)
    src = os.path.join(os.path.realpath(source_root), 'src') + os.sep
    ours = [e for e in entries
            if e['file'].endswith('.c') and
            os.path.realpath(os.path.join(e['directory'], e['file'])).startswith(src)]
    check(len(ours) > 50, f'{len(ours)} C files of src/ in the build')
    for flag in FLOOR:
        without = [e['file'] for e in ours
                   if flag not in (e['arguments'] if 'arguments' in e
                                   else shlex.split(e['command']))]
        check(not without, f'every one is compiled with {flag} ' +
              (f'(not {len(without)}: {", ".join(without[:3])}…)' if without else ''))

    app = next((e for e in ours if f'{os.sep}app{os.sep}' in e['file']), None)
    check(app is not None, 'a file of src/app to take the compiler command from')
    if app is None:
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        probe = os.path.join(scratch, 'probe.c')
        for call, should_build in (('(void) 0', True), ('kb_probe_newer ()', False)):
            with open(probe, 'w', encoding='utf-8') as f:
                f.write(PROBE % call)
            run = subprocess.run(probe_command(app, probe), cwd=app['directory'],
                                 capture_output=True, text=True)
            if should_build:
                check(run.returncode == 0, 'the probe builds with the app\'s flags ' +
                      run.stderr.strip()[-400:])
            else:
                check(run.returncode != 0 and 'Not available before 4.10' in run.stderr,
                      'a call to what is marked newer than GTK 4.8 does not build')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
