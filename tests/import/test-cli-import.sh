#!/usr/bin/env bash
# kletsborden --import and --export-csv as a trainer types them: a deck written atomically
# (to -o, or into the decks folder, one folder per deck), never over the input or into the
# built-in decks; problems as file:row:column; exit 0, 1 on errors, 2 on usage. A deck goes
# out as CSV and comes back with the same cards. Arguments: the program, tests/import.
set -uo pipefail
prog=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$2
unset DISPLAY WAYLAND_DISPLAY
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME=$tmp/data
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

cp "$here/data/excel-windows-1252.csv" "$tmp/Mijn kaarten.csv"
out=$(cd "$tmp" && "$prog" --import "Mijn kaarten.csv" -o mijn.json 2>"$tmp/err"); status=$?
check "--import -o: exit 0, the deck written, a summary on stderr" \
  '[[ $status -eq 0 && -s $tmp/mijn.json && $(cat "$tmp/err") == "3 cards in 2 categories written to $tmp/mijn.json" ]]'
check "the written deck validates without errors" \
  '"$prog" --validate "$tmp/mijn.json" >/dev/null 2>&1'
check "the title is the file name" 'grep -q "\"title\": \"Mijn kaarten\"" "$tmp/mijn.json"'
check "no temporary file is left beside it" '[[ $(ls "$tmp" | grep -c "mijn") -eq 1 ]]'

out=$("$prog" --import "$tmp/Mijn kaarten.csv" --title "Op het terras" 2>"$tmp/err"); status=$?
check "without -o: into the decks folder, a folder of its own" \
  '[[ $status -eq 0 && -s $XDG_DATA_HOME/kletsborden/decks/op-het-terras/op-het-terras.json ]]'
"$prog" --import "$tmp/Mijn kaarten.csv" --title "Op het terras" 2>/dev/null
check "a second import never writes over the first" \
  '[[ -s $XDG_DATA_HOME/kletsborden/decks/op-het-terras-2/op-het-terras-2.json ]]'

cp "$here/data/list.txt" "$tmp/list.txt"
before=$(md5sum <"$tmp/list.txt")
out=$("$prog" --import "$tmp/list.txt" -o "$tmp/list.txt" 2>&1); status=$?
check "refuses to write over its input" \
  '[[ $status -eq 1 && $out == *"it is the file being read"* && $(md5sum <"$tmp/list.txt") == "$before" ]]'
out=$("$prog" --import "$tmp/list.txt" -o "$KLETSBORDEN_CARDS_DIR/list.json" 2>&1); status=$?
check "refuses to write into the built-in decks" \
  '[[ $status -eq 1 && $out == *"built-in decks"* && ! -e $KLETSBORDEN_CARDS_DIR/list.json ]]'

out=$(cd "$here" && "$prog" --import bad/unknown-columns-and-values.csv -o "$tmp/u.json" 2>/dev/null)
status=$?
check "unknown columns and values: warnings at file:row:column, the deck still written" \
  '[[ $status -eq 0 && -s $tmp/u.json && $out == *"bad/unknown-columns-and-values.csv:2:4: warning: unknown kind \"vraagje\""* ]]'

out=$(cd "$here" && "$prog" --import bad/unclosed-quote.csv -o "$tmp/q.json" 2>/dev/null); status=$?
check "an error: exit 1, file:row:column, nothing written" \
  '[[ $status -eq 1 && ! -e $tmp/q.json && $out == "bad/unclosed-quote.csv:3:1: error: "* ]]'

"$prog" --import >/dev/null 2>&1; status=$?
check "no file: exit 2" '[[ $status -eq 2 ]]'
"$prog" --import "$tmp/no-such.csv" >/dev/null 2>&1; status=$?
check "a file that is not there: exit 1" '[[ $status -eq 1 ]]'

out=$("$prog" --export-csv "$KLETSBORDEN_CARDS_DIR/kletsborden.json" -o "$tmp/k.csv" 2>&1)
status=$?
check "--export-csv: exit 0, UTF-8 with a BOM, Dutch headers for a Dutch deck, CRLF" \
  '[[ $status -eq 0 && $(head -c 3 "$tmp/k.csv" | od -An -tx1 | tr -d " ") == efbbbf && $(head -1 "$tmp/k.csv") == *"categorie:nl;categorie:en;soort;"*$'"'"'\r'"'"' ]]'
"$prog" --import "$tmp/k.csv" -o "$tmp/k.json" >/dev/null 2>&1
count_cards () { python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["cards"]))' "$1"; }
check "and back: as many cards as the deck" \
  '[[ $(count_cards "$tmp/k.json") -eq $(count_cards "$KLETSBORDEN_CARDS_DIR/kletsborden.json") ]]'
out=$("$prog" --export-csv "$KLETSBORDEN_CARDS_DIR/rollenspellen.json" -o "$tmp/r.csv" --separator , 2>/dev/null)
check "what no column holds is named" '[[ $out == *"has roles, which no column holds"* && $(head -1 "$tmp/r.csv") == *"categorie:nl,categorie:en,"* ]]'
"$prog" --export-csv "$tmp/k.json" -o "$tmp/k.json" >/dev/null 2>&1; status=$?
check "--export-csv refuses to write over its deck" '[[ $status -eq 1 ]] && grep -q "\"format\"" "$tmp/k.json"'
"$prog" --export-csv "$tmp/k.json" >/dev/null 2>&1; status=$?
check "--export-csv without -o: exit 2" '[[ $status -eq 2 ]]'
"$prog" --export-csv "$tmp/k.json" -o "$tmp/x.csv" --separator "|" >/dev/null 2>&1; status=$?
check "a separator other than ; , tab: exit 2" '[[ $status -eq 2 ]]'

echo "1..$n"
exit $fail
