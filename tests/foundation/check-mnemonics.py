#!/usr/bin/env python3
"""No menu uses one mnemonic letter twice, in English or in a translation (issue 17: the play
menu had F for both "Card Fills the Screen" and "Fullscreen"). Usage: check-mnemonics.py PO UI..."""
import re
import sys
import xml.etree.ElementTree as ET


def read_po(path):
    """msgid -> msgstr for the plain (one-line, no context) entries, which menus use."""
    table, msgid, context = {}, None, False
    unquote = lambda s: s[1:-1].encode().decode('unicode_escape').encode('latin-1').decode()
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('msgctxt '):
            context = True
        elif line.startswith('msgid '):
            msgid = None if context else unquote(line[6:])
            context = False
        elif line.startswith('msgstr ') and msgid:
            table[msgid] = unquote(line[7:])
    return table


def mnemonic(label):
    match = re.search(r'_(\w)', label)
    return match.group(1).lower() if match else None


def check_menu(menu, where, translate, language):
    failures, seen = 0, {}
    for item in menu.iter('item'):
        for attribute in item.findall('attribute'):
            if attribute.get('name') != 'label' or attribute.text is None:
                continue
            label = translate(attribute.text)
            letter = mnemonic(label)
            if letter is None:
                continue
            if letter in seen:
                print(f'{where}: {language}: “{seen[letter]}” and “{label}” both use _{letter}')
                failures += 1
            seen[letter] = label
    return failures


def main():
    po, uis = sys.argv[1], sys.argv[2:]
    nl = read_po(po)
    failures = 0
    for ui in uis:
        root = ET.parse(ui).getroot()
        for menu in root.iter('menu'):
            where = f'{ui}: menu {menu.get("id")}'
            failures += check_menu(menu, where, lambda s: s, 'en')
            failures += check_menu(menu, where, lambda s: nl.get(s, s), 'nl')
    print(f'{failures} menus with a mnemonic twice' if failures else 'every menu: one letter each')
    return 1 if failures else 0


sys.exit(main())
