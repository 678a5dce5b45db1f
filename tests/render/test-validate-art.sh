#!/bin/bash
# kletsborden --validate draws each image once: art that cannot be drawn, or draws too slowly,
# is a warning at its reference (file:line:column), once per file, as in data/hostile-art.expected.
# A PDF of the same deck draws placeholders for that art, also within the budget (a 50 MB SVG
# made an export run past 120 s and leave a 0-byte PDF).
prog=$(realpath "$1")
data=$2
echo "1..3"
start=$(date +%s)
out=$(cd "$data" && timeout 60 "$prog" --validate hostile-art.json 2>/dev/null); status=$?
if [[ $status -eq 0 && $out == "$(cat "$data/hostile-art.expected")" ]]; then
  echo "ok 1 hostile art: one warning per file at its reference"
else
  echo "not ok 1 hostile art: status $status"
  diff <(echo "$out") "$data/hostile-art.expected" | sed 's/^/# /'
fi
# Two files over the budget of 1.5 s each, the others at once: never the 100 s they would take.
elapsed=$(( $(date +%s) - start ))
if [[ $elapsed -lt 20 ]]; then echo "ok 2 within the budget (${elapsed} s)"; else echo "not ok 2 took ${elapsed} s"; fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$(date +%s)
(cd "$data" && timeout 60 "$prog" --export-pdf hostile-art.json -o "$tmp/hostile.pdf" 2>/dev/null)
status=$?
elapsed=$(( $(date +%s) - start ))
if [[ $status -eq 0 && $elapsed -lt 20 && $(head -c 5 "$tmp/hostile.pdf" 2>/dev/null) == "%PDF-" ]]; then
  echo "ok 3 the PDF, with placeholders, within the budget (${elapsed} s)"
else
  echo "not ok 3 PDF export: status $status after ${elapsed} s, $(stat -c %s "$tmp/hostile.pdf" 2>/dev/null || echo no) bytes"
fi
