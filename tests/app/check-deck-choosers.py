#!/usr/bin/env python3
"""Every file chooser that opens decks offers the same filters, from kb-deck-file-filter.c: a
chooser whose title names a deck calls kb_deck_file_chooser_add_filters, and no other file
names the deck MIME type or writes a filter for JSON of its own (a json suffix, pattern or
MIME type). A real chooser cannot be looked into, so this reads the sources.

usage: check-deck-choosers.py SRCDIR
"""
import pathlib
import re
import sys

OWNER = 'kb-deck-file-filter'
# The call up to its first string: the title, in _() or not.
CHOOSER = re.compile(r'gtk_file_chooser_(?:native|dialog)_new\s*\(\s*(?:_\()?\s*"([^"]*)"', re.S)
OWN_FILTER = re.compile(r'x-kletsborden-deck|'
                        r'gtk_file_filter_add_(?:suffix|pattern|mime_type)\s*\([^;]*json', re.S | re.I)


def main(srcdir):
    problems = []
    deck_choosers = 0
    for path in sorted(pathlib.Path(srcdir, 'src').rglob('*.[ch]')):
        if path.stem == OWNER:
            continue
        text = path.read_text(encoding='utf-8')
        name = path.relative_to(srcdir)
        for m in OWN_FILTER.finditer(text):
            problems.append(f'{name}: a deck or JSON filter of its own ({m.group(0)!r}); '
                            f'use {OWNER}.h')
        titles = [t for t in CHOOSER.findall(text) if re.search(r'\bdecks?\b', t, re.I)]
        uses = len(re.findall(r'\bkb_deck_file_chooser_add_filters\s*\(', text))
        deck_choosers += len(titles)
        if uses < len(titles):
            problems.append(f'{name}: {len(titles)} deck chooser(s) ({titles}) but {uses} '
                            'call(s) of kb_deck_file_chooser_add_filters')
        for title in titles:
            print(f'ok {name}: "{title}"')
    if deck_choosers == 0:
        problems.append('no chooser that opens decks found (is the title still "Open a Deck"?)')
    for p in problems:
        print('FAIL ' + p)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(*sys.argv[1:]))
