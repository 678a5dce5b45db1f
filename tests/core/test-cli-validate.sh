#!/usr/bin/env bash
# kletsborden --validate: runs without a display, prints one problem per line, and exits
# 0 without errors, 1 with errors, 2 without files. Arguments: the program, tests/core.
set -uo pipefail
prog=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$2
unset DISPLAY WAYLAND_DISPLAY
n=0
fail=0

check () {
  n=$((n + 1))
  if eval "$2"; then
    echo "ok $n - $1"
  else
    echo "not ok $n - $1"
    fail=1
  fi
}

out=$("$prog" --validate "$here/good/full.json" 2>/dev/null); status=$?
check "a good deck: exit 0, nothing on stdout" '[[ $status -eq 0 && -z $out ]]'

out=$("$prog" --validate "$here/good/newer.json" 2>/dev/null); status=$?
check "warnings only: exit 0, one line each" \
  '[[ $status -eq 0 && $(grep -c ": warning: unknown member" <<<"$out") -eq 4 ]]'

out=$(cd "$here" && "$prog" --validate good/minimal.json bad/unknown-category.json 2>/dev/null)
status=$?
check "a bad deck among good: exit 1, file:line:column as given" \
  '[[ $status -eq 1 && $out == "bad/unknown-category.json:27:19: error: there is no category \"schrom\"; did you mean \"schroom\"?" ]]'

out=$(cd "$here" && "$prog" --validate=bad/many-problems.json 2>&1 >/dev/null); status=$?
check "--validate=FILE; the summary goes to stderr" \
  '[[ $status -eq 1 && $out == "1 file checked: 7 errors, 0 warnings" ]]'

"$prog" --validate >/dev/null 2>&1; status=$?
check "no file: exit 2" '[[ $status -eq 2 ]]'

out=$("$prog" --validate "$here/no-such-deck.json" 2>/dev/null); status=$?
check "a missing file: exit 1 with a message" \
  '[[ $status -eq 1 && $out == *"no-such-deck.json:1:1: error: the file does not exist" ]]'

out=$(timeout 10 "$prog" --validate /dev/zero 2>/dev/null); status=$?
check "a device: an error, no endless read" \
  '[[ $status -eq 1 && $out == "/dev/zero:1:1: error: this is not a file but a folder or a device" ]]'

out=$(cd "$here" && "$prog" --validate good 2>&1); status=$?
check "a folder: every deck in it, in order" \
  '[[ $status -eq 0 && $out == *"good/newer.json:44:3: warning: unknown member \"theme\""* && $out == *"good/numbers.json:"*"5 files checked: 0 errors, 5 warnings" ]]'

out=$(cd "$here" && "$prog" --validate fuzz 2>/dev/null); status=$?
check "a folder without decks is an error" \
  '[[ $status -eq 1 && $out == "fuzz: error: there are no deck files (*.json) in this folder" ]]'

out=$("$prog" --help 2>&1); status=$?
check "--help documents --validate" '[[ $status -eq 0 && $out == *"--validate=FILE"* ]]'

out=$("$prog" --validate --help 2>&1); status=$?
check "--validate --help explains the exit status" \
  '[[ $status -eq 0 && $out == *"Exits with 0"* ]]'

out=$(cd "$here" && LANG=C.UTF-8 LANGUAGE=nl "$prog" --validate bad/unknown-kind.json 2>&1)
check "Dutch messages" \
  '[[ $out == *"fout: „qeustion” is geen bekende „kind”; bedoel je „question”?"* && $out == *"1 bestand gecontroleerd: 1 fout, 0 waarschuwingen"* ]]'

echo "1..$n"
exit $fail
