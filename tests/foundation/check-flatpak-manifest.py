#!/usr/bin/env python3
"""The Flatpak manifest: valid JSON, our app id and command, a GNOME runtime that is still
supported, the sandbox holes a reviewer expects and none wider, the app built from git, the
libraries the runtime lacks (libgsf; libspeechd for Read Aloud, with dotconf that its configure
wants) built from pinned git tags, minimal; and, where flatpak-builder is installed, the manifest
as flatpak-builder itself reads it.

usage: check-flatpak-manifest.py MANIFEST APP_ID COMMAND
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# GNOME runtimes on Flathub are supported for about a year after release, until the second
# release after them (GNOME 48 ended on 24 March 2026, when 50 came out): bump this floor with
# the manifest (https://release.gnome.org/calendar/).
OLDEST_SUPPORTED_GNOME = 50
REQUIRED_ARGS = {'--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri'}
# Holes a conversation-card app has no use for: the whole home, the host, every device, X11
# without Wayland first, the session bus.
FORBIDDEN_ARGS = {'--filesystem=home', '--filesystem=host', '--filesystem=host-os',
                  '--device=all', '--socket=x11', '--socket=session-bus', '--share=network'}
# The decks folder, and the host's speech-dispatcher socket for Read Aloud (the daemon runs on
# the host; Firefox's and Thunderbird's Flatpaks ask for the same, read-only).
FILESYSTEMS = ['--filesystem=xdg-data/kletsborden/decks:create',
               '--filesystem=xdg-run/speech-dispatcher:ro']
# Only libspeechd is built: no daemon, no synthesisers, no sound output, no Python.
SPEECHD_OFF = {'--disable-python', '--disable-doc', '--without-espeak', '--without-espeak-ng',
               '--without-flite', '--without-pico', '--without-pulse', '--without-libao',
               '--without-pipewire', '--without-alsa', '--without-oss', '--without-nas',
               '--without-systemdsystemunitdir', '--without-systemduserunitdir'}

problems = []


def check(condition, message):
    print(('ok ' if condition else 'FAIL ') + message)
    if not condition:
        problems.append(message)


def main(path, app_id, command):
    with open(path, encoding='utf-8') as f:
        manifest = json.load(f)
    print(f'ok {path} is JSON')

    check(manifest.get('id') == app_id, f'id is {app_id}')
    check(manifest.get('command') == command, f'command is {command}')
    check(manifest.get('runtime') == 'org.gnome.Platform', 'runtime is org.gnome.Platform')
    check(manifest.get('sdk') == 'org.gnome.Sdk', 'sdk is org.gnome.Sdk')
    version = str(manifest.get('runtime-version', ''))
    check(version.isdigit() and int(version) >= OLDEST_SUPPORTED_GNOME,
          f'runtime-version {version!r} is GNOME {OLDEST_SUPPORTED_GNOME} or newer')

    args = set(manifest.get('finish-args', []))
    check(REQUIRED_ARGS <= args, 'finish-args has ' + ', '.join(sorted(REQUIRED_ARGS)))
    check(not (args & FORBIDDEN_ARGS), 'finish-args has none of ' + ', '.join(sorted(FORBIDDEN_ARGS)))
    filesystems = sorted(a for a in args if a.startswith('--filesystem='))
    check(filesystems == FILESYSTEMS,
          f'the only file access is the decks folder and the speech-dispatcher socket ({filesystems})')

    modules = manifest.get('modules', [])
    app = modules[-1] if modules else {}
    check(app.get('name') == 'kletsborden' and app.get('buildsystem') == 'meson',
          'the last module is kletsborden, built with meson')
    sources = app.get('sources', [])
    git = [s for s in sources if s.get('type') == 'git']
    check(len(git) == 1 and git[0].get('url', '').startswith('https://') and
          any(k in git[0] for k in ('branch', 'tag', 'commit')),
          'built from one git source (https URL and a branch, tag or commit)')

    # Dependencies: pinned (a tag and its commit, so a moved tag fails the build), none that
    # the runtime has (libxml2), libgsf without what the app does not use.
    deps = modules[:-1]
    for dep in deps:
        name = dep.get('name', '?')
        dep_git = [s for s in dep.get('sources', []) if s.get('type') == 'git']
        check(len(dep_git) == 1 and dep_git[0].get('url', '').startswith('https://') and
              'tag' in dep_git[0] and
              re.fullmatch(r'[0-9a-f]{40}', dep_git[0].get('commit', '')) is not None,
              f'module {name} is built from git: an https URL, a tag and its 40-hex commit')
    names = [dep.get('name') for dep in deps]
    check('libxml2' not in names, 'libxml2 comes from the runtime, not a module')
    gsf = next((dep for dep in deps if dep.get('name') == 'libgsf'), {})
    opts = set(gsf.get('config-opts', []))
    check({'--disable-introspection', '--disable-gtk-doc'} <= opts,
          f'libgsf is a module before kletsborden, without introspection and gtk-doc ({sorted(opts)})')

    # Read Aloud: the runtime has no libspeechd (freedesktop-sdk 25.08 and GNOME 50 ship none;
    # GNOME OS builds it for Orca only). Its configure insists on dotconf, which is built first
    # and removed again: libspeechd does not link it.
    check('dotconf' in names and 'speech-dispatcher' in names and
          names.index('dotconf') < names.index('speech-dispatcher'),
          f'dotconf, then speech-dispatcher are modules before kletsborden ({names})')
    dotconf = next((dep for dep in deps if dep.get('name') == 'dotconf'), {})
    check(dotconf.get('cleanup') == ['*'], 'dotconf is cleaned up entirely (only configure needs it)')
    speechd = next((dep for dep in deps if dep.get('name') == 'speech-dispatcher'), {})
    opts = set(speechd.get('config-opts', []))
    check(SPEECHD_OFF <= opts, f'speech-dispatcher without {sorted(SPEECHD_OFF - opts)}')
    check(speechd.get('make-args') == ['-C', 'src/api/c'] and speechd.get('no-make-install') is True
          and 'make -C src/api/c install' in speechd.get('post-install', []),
          'speech-dispatcher builds and installs the client library only (src/api/c)')
    # A git checkout of either has no configure and no autogen.sh, and flatpak-builder then
    # stops ("Can't find autogen, autogen.sh or bootstrap").
    for dep in (dotconf, speechd):
        check(any(s.get('type') == 'script' and s.get('dest-filename') == 'autogen.sh' and
                  'autoreconf -fi' in s.get('commands', []) for s in dep.get('sources', [])),
              f'module {dep.get("name", "?")} brings an autogen.sh that runs autoreconf -fi')

    builder = shutil.which('flatpak-builder')
    if builder is None:
        print('# skip flatpak-builder --show-manifest: flatpak-builder is not installed')
    else:
        # In a folder of its own: flatpak-builder leaves its .flatpak-builder state dir behind.
        with tempfile.TemporaryDirectory() as scratch:
            shown = subprocess.run([builder, '--show-manifest', os.path.abspath(path)],
                                   capture_output=True, text=True, cwd=scratch)
        check(shown.returncode == 0, 'flatpak-builder --show-manifest reads it: ' + shown.stderr.strip())
        if shown.returncode == 0:
            check(json.loads(shown.stdout).get('id') == app_id, 'flatpak-builder sees the same id')

    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
