#!/usr/bin/env python3
"""The metainfo as GNOME Software and a Circle reviewer read it: appstreamcli's pedantic
validation with nothing left but the two findings we choose to keep, and what the release
checklist asks: every screenshot in assets/screenshots shown with a caption, release notes for
this version, the URLs, branding in both colour schemes, and <provides> naming the program and
the deck type that the MIME package registers.

usage: check-metainfo.py METAINFO.xml MIME.xml VERSION BINARY SCREENSHOTS_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

# Kept on purpose: our app id has a capital (it is the app's D-Bus name, renaming it loses
# users' settings), and AppStream 0.16 (Debian 12) does not know <developer>, which AppStream 1.0
# and Flathub want.
ACCEPTED = {'cid-contains-uppercase-letter', 'unknown-tag developer'}
problems = []


def check(condition, message):
    print(('ok ' if condition else 'FAIL ') + message)
    if not condition:
        problems.append(message)


def main(metainfo, mime_xml, version, binary, screenshots_dir):
    if shutil.which('appstreamcli'):
        run = subprocess.run(['appstreamcli', 'validate', '--no-net', '--pedantic', '--explain',
                              metainfo], capture_output=True, text=True)
        print(run.stdout + run.stderr)
        findings = re.findall(r'^[EWIP]: \S+: (.+)$', run.stdout, re.MULTILINE)
        unexpected = [f for f in findings if not any(a in f for a in ACCEPTED)]
        check(run.returncode == 0 and not unexpected,
              'appstreamcli validate --pedantic: nothing but ' + ', '.join(sorted(ACCEPTED)))
    else:
        print('# skip appstreamcli: not installed')

    root = ET.parse(metainfo).getroot()
    shots = root.findall('screenshots/screenshot')
    images = [os.path.basename(s.findtext('image', '')) for s in shots]
    files = sorted(f for f in os.listdir(screenshots_dir) if f.endswith('.png'))
    check(sorted(images) == files, f'every screenshot is shown: {images} = {files}')
    check(all(s.findtext('caption') for s in shots), 'every screenshot has a caption')
    check(sum(s.get('type') == 'default' for s in shots) == 1, 'one default screenshot')

    releases = root.findall('releases/release')
    check(any(r.get('version') == version and r.find('description/p') is not None
              for r in releases), f'release notes for {version}, this version')
    check(all(r.find('description') is not None for r in releases), 'every release has notes')

    urls = {u.get('type'): u.text for u in root.findall('url')}
    for kind in ('homepage', 'bugtracker', 'help'):
        check((urls.get(kind) or '').startswith('https://'), f'url {kind}: {urls.get(kind)}')
    developer = root.find('developer')
    check(developer is not None and developer.get('id') and developer.findtext('name'),
          'developer with an id and a name')
    schemes = {c.get('scheme_preference') for c in root.findall('branding/color')}
    check(schemes == {'light', 'dark'}, 'brand colours for light and dark')
    check(root.find('content_rating').get('type', '').startswith('oars-'), 'OARS content rating')

    mime_ns = '{http://www.freedesktop.org/standards/shared-mime-info}'
    deck_type = ET.parse(mime_xml).getroot().find(mime_ns + 'mime-type').get('type')
    check(root.findtext('provides/binary') == binary, f'provides binary {binary}')
    check([m.text for m in root.findall('provides/mediatype')] == [deck_type],
          f'provides mediatype {deck_type}')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
