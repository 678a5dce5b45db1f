#!/bin/bash
# kletsborden --validate draws each image once: art that cannot be drawn, or draws too slowly,
# is a warning at its reference (file:line:column), once per file, as in data/hostile-art.expected.
prog=$(realpath "$1")
data=$2
echo "1..2"
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
