#!/usr/bin/env python3
"""Prints 'N passed, N failed' from meson's testlog.json; exits 1 when a test failed or none ran."""
import json
import sys

PASSED = {"OK", "EXPECTEDFAIL"}
FAILED = {"FAIL", "TIMEOUT", "ERROR", "UNEXPECTEDPASS"}

passed = failed = skipped = 0
try:
    with open(sys.argv[1], encoding="utf-8") as log:
        for line in log:
            if not line.strip():
                continue
            result = json.loads(line).get("result")
            if result in PASSED:
                passed += 1
            elif result in FAILED:
                failed += 1
                # Only the name: the log's "env" holds the whole environment.
                print("failed:", json.loads(line).get("name"), file=sys.stderr)
            else:
                skipped += 1
except FileNotFoundError:
    print(f"no test log at {sys.argv[1]}: the suite did not run", file=sys.stderr)

line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
sys.exit(1 if failed or passed == 0 else 0)
