#!/usr/bin/env bash
# The CSV export goes through LibreOffice Calc and back: every built-in deck is written with
# --export-csv, opened by LibreOffice as a spreadsheet (";" separator, UTF-8, as its import
# dialog offers it) and saved as .ods and .xlsx, and --import of those gives the same cards
# (Calc keeps the apostrophe the export puts before a formula-like cell; the import drops it).
# Skips without soffice (package libreoffice-calc-nogui). Arguments: the program, tests/import.
set -uo pipefail
prog=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$2
unset DISPLAY WAYLAND_DISPLAY
command -v soffice >/dev/null || { echo "1..0 # SKIP soffice (libreoffice-calc-nogui) is not installed"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data
mkdir -p "$HOME"
n=0
fail=0

decks=()
# The built-in decks, and one whose cells a spreadsheet would take for formulas.
for deck in "$KLETSBORDEN_CARDS_DIR"/*.json "$here/decks/formula-like.json"; do
  [[ $deck == *.schema.json ]] && continue
  decks+=("$deck")
  "$prog" --export-csv "$deck" -o "$tmp/$(basename "$deck" .json).csv" >/dev/null 2>&1
done
# One LibreOffice for all files of a format: it takes seconds to start. 59 is ";", 34 '"',
# 76 UTF-8, 1 the first line.
for format in ods xlsx; do
  (cd "$tmp" && timeout 300 soffice --headless --infilter="CSV:59,34,76,1" \
    --convert-to "$format" --outdir "$tmp" ./*.csv >/dev/null 2>&1)
done

for deck in "${decks[@]}"; do
  name=$(basename "$deck" .json)
  for format in ods xlsx; do
    n=$((n + 1))
    if [[ ! -s $tmp/$name.$format ]]; then
      echo "not ok $n - $name.$format: LibreOffice wrote nothing"; fail=1; continue
    fi
    if ! "$prog" --import "$tmp/$name.$format" -o "$tmp/$name-$format.json" >/dev/null 2>&1; then
      echo "not ok $n - $name.$format does not import"; fail=1; continue
    fi
    if diff=$(python3 "$here/compare-decks.py" "$deck" "$tmp/$name-$format.json"); then
      echo "ok $n - $name: CSV, LibreOffice .$format, deck: the same cards"
    else
      echo "not ok $n - $name.$format: $(head -3 <<<"$diff" | tr '\n' ' ')"; fail=1
    fi
  done
done
echo "1..$n"
exit $fail
