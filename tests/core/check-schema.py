#!/usr/bin/env python3
"""The JSON Schema of format v1 says the same as the loader: checked with a real validator
(python3-jsonschema, draft 2020-12) against every deck in cards/, the good test decks, and every
bad test deck, whose .expected file tells whether the loader finds an error.

Usage: check-schema.py SCHEMA CARDS_DIR TESTS_CORE_DIR   (TAP output)"""
import json
import pathlib
import sys

import jsonschema

# Errors a schema cannot see: they need more than one place in the file, the disk, or the
# bytes before they are JSON. The loader reports them; the schema accepts these files.
CANNOT_SEE = {
    "art-link-outside",        # a symbolic link on disk
    "bad-unicode-escape",      # Python reads a lone surrogate without complaint
    "board-unknown-category",  # a reference to another part of the file
    "duplicate-card-id",
    "duplicate-category-id",
    "duplicate-key",           # JSON parsers keep the last one
    "nesting-too-deep",        # inside an unknown member, which the schema allows
    "unknown-category",
    "unknown-category-far",
    "text-bidi-override",      # the loader's text rules (kb-text-safety), not in the contract
    "text-combining-marks",
}

results = []


def check(ok, description):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {description}")


def errors_of(validator, path):
    try:
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        return None, str(e)
    return [e.message for e in validator.iter_errors(data)], None


def main():
    schema_path, cards_dir, core_dir = map(pathlib.Path, sys.argv[1:4])
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    check(True, f"{schema_path.name} is a valid draft 2020-12 schema")

    decks = sorted(p for p in cards_dir.glob("*.json") if not p.name.endswith(".schema.json"))
    decks += sorted((core_dir / "good").glob("*.json"))
    check(len(decks) >= 3, f"{len(decks)} good decks to check")
    for path in decks:
        errors, syntax = errors_of(validator, path)
        check(syntax is None and errors == [],
              f"accepts {path.parent.name}/{path.name} {syntax or '; '.join(errors or [])}")

    bad = sorted((core_dir / "bad").glob("*.json"))
    check(len(bad) >= 40, f"{len(bad)} bad decks to check")
    rejected = 0
    for path in bad:
        expected = path.with_suffix(".expected").read_text(encoding="utf-8")
        loader_errors = ": error: " in expected
        errors, syntax = errors_of(validator, path)
        if syntax is not None:
            check(loader_errors, f"{path.name}: not JSON ({syntax}), and the loader agrees")
        elif path.stem in CANNOT_SEE:
            check(loader_errors and errors == [],
                  f"{path.name}: an error only the loader can see")
        elif loader_errors:
            rejected += 1
            check(errors != [], f"rejects {path.name} like the loader: {'; '.join(errors[:1])}")
        else:
            check(errors == [], f"accepts {path.name}, which has only warnings "
                                f"{'; '.join(errors)}")
    check(rejected >= 30, f"the schema itself rejects {rejected} bad decks")

    print(f"1..{len(results)}")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
