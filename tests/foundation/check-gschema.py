#!/usr/bin/env python3
"""The settings schema: glib-compile-schemas --strict takes it, and every key says what it is
for (a summary and a description: dconf-editor and a reviewer read them).

usage: check-gschema.py GLIB_COMPILE_SCHEMAS SCHEMA_DIR
"""
import glob
import os
import subprocess
import sys
import xml.etree.ElementTree as ET


def main(compiler, schema_dir):
    failures = 0
    run = subprocess.run([compiler, '--strict', '--dry-run', schema_dir],
                         capture_output=True, text=True)
    print(('ok' if run.returncode == 0 else 'FAIL') + ' glib-compile-schemas --strict ' +
          (run.stdout + run.stderr).strip())
    failures += run.returncode != 0
    for path in sorted(glob.glob(os.path.join(schema_dir, '*.gschema.xml'))):
        keys = list(ET.parse(path).getroot().iter('key'))
        bare = [k.get('name') for k in keys
                if not (k.findtext('summary') or '').strip() or
                not (k.findtext('description') or '').strip()]
        print(('FAIL' if bare else 'ok') + f' {os.path.basename(path)}: {len(keys)} keys, ' +
              (f'without a summary or a description: {", ".join(bare)}' if bare
               else 'each with a summary and a description'))
        failures += bool(bare) + (not keys)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
