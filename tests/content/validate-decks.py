#!/usr/bin/env python3
"""Runs `kletsborden --validate` on every built-in deck: the app's own loader must find no error
and no warning in what we ship. First proves the check bites on a deck it must warn about.

    validate-decks.py KLETSBORDEN CARDS_DIR BAD_DECK
"""
import os
import subprocess
import sys


def validate(binary, paths):
    result = subprocess.run([binary, "--validate", *paths], capture_output=True, text=True,
                            timeout=60)
    problems = [line for line in result.stdout.splitlines() if line.strip()]
    return result.returncode, problems, result.stderr.strip()


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    binary, cards_dir, bad_deck = argv[1:]

    rc, problems, summary = validate(binary, [bad_deck])
    if not any(": warning:" in p or ": error:" in p for p in problems):
        print(f"FAIL: --validate reported nothing for {bad_deck}, so this test would prove "
              f"nothing (exit {rc}, {summary!r})", file=sys.stderr)
        return 1

    decks = sorted(os.path.join(cards_dir, f) for f in os.listdir(cards_dir)
                   if f.endswith(".json") and not f.endswith(".schema.json"))
    if not decks:
        print(f"FAIL: no decks in {cards_dir}", file=sys.stderr)
        return 1
    rc, problems, summary = validate(binary, decks)
    print(summary)
    for p in problems:
        print(p, file=sys.stderr)
    if rc != 0 or problems:
        print(f"FAIL: the built-in decks must validate with no error and no warning (exit {rc}, "
              f"{len(problems)} problems)", file=sys.stderr)
        return 1
    print(f"{len(decks)} decks validate with no error and no warning")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
