#!/usr/bin/env python3
"""Prints a kept state file (a session or a saved game) with its journal folded in, as the app
reads it (src/core/format/kb-journal.h): NAME and NAME.journal, whose first line carries the id
of the snapshot it belongs to; a last line cut off by a kill is left out. For the kill tests,
which look into the files as any other program would."""
import json
import sys


def apply(doc, line):
    if "keep" in line:    # a board game: moves kept, moves added, the state now
        doc["moves"][line["keep"]:] = line["add"]
        doc["state"] = line["state"]
        if "start" in line:
            doc["start"] = line["start"]
    else:                 # a card session: the session now, log entries from log-at on
        doc["log"]["entries"][line["log-at"]:] = line["entries"]
        doc["session"] = line["session"]


def fold(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    try:
        with open(path + ".journal", encoding="utf-8") as f:
            text = f.read()
    except OSError:
        return doc
    lines = text.split("\n")
    complete, rest = lines[:-1], lines[-1]   # rest: after the last newline, cut off or empty
    if not complete or doc.get("journal") is None:
        return doc
    try:
        if json.loads(complete[0]).get("journal") != doc["journal"]:
            return doc                       # a journal from before this snapshot
    except ValueError:
        return doc
    for line in complete[1:]:
        try:
            apply(doc, json.loads(line))
        except (ValueError, KeyError, TypeError):
            break
    if rest:
        print(f"{path}.journal: the last line is cut off; left out", file=sys.stderr)
    return doc


if __name__ == "__main__":
    json.dump(fold(sys.argv[1]), sys.stdout)
