#!/usr/bin/env python3
"""Whether two decks hold the same columns: texts, titles and notes in every language (as the
deck shows them, fallback included), category names, kinds and intensities, card by card.
Usage: compare-decks.py ORIGINAL.json ROUND-TRIPPED.json; prints each difference, exit 1."""
import json
import sys


def shown(text, lang, languages):
    if text is None:
        return None
    if isinstance(text, str):
        return text
    return text.get(lang, text.get(languages[0]))


def main():
    a = json.load(open(sys.argv[1], encoding="utf-8"))
    b = json.load(open(sys.argv[2], encoding="utf-8"))
    langs = a["languages"]
    names_a = {c["id"]: c["name"] for c in a["categories"]}
    names_b = {c["id"]: c["name"] for c in b["categories"]}
    problems = []
    if b["languages"] != langs:
        problems.append(f"languages {langs} became {b['languages']}")
    if len(a["cards"]) != len(b["cards"]):
        problems.append(f"{len(a['cards'])} cards became {len(b['cards'])}")
    for x, y in zip(a["cards"], b["cards"]):
        for field in ("text", "title", "notes"):
            for lang in langs:
                if shown(x.get(field), lang, langs) != shown(y.get(field), lang, langs):
                    problems.append(f"{x['id']}: the {field} in {lang} differs")
        for lang in langs:
            if shown(names_a[x["category"]], lang, langs) != shown(names_b[y["category"]], lang,
                                                                  langs):
                problems.append(f"{x['id']}: the category in {lang} differs")
        if x.get("kind", "question") != y.get("kind", "question"):
            problems.append(f"{x['id']}: kind {x.get('kind')} became {y.get('kind')}")
        if x.get("intensity") != y.get("intensity"):
            problems.append(f"{x['id']}: intensity {x.get('intensity')} became {y.get('intensity')}")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
