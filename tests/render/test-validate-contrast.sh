#!/bin/bash
# kletsborden --validate on a deck with a category colour that takes neither dark nor white text
# at 4.5:1: a warning at the colour naming the colour the cards show instead, as in
# data/low-contrast.expected; colours that read as they are (dark, or light) pass.
prog=$(realpath "$1")
data=$2
echo "1..1"
out=$(cd "$data" && LANGUAGE=en timeout 60 "$prog" --validate low-contrast.json 2>/dev/null)
status=$?
if [[ $status -eq 0 && $out == "$(cat "$data/low-contrast.expected")" ]]; then
  echo "ok 1 a colour that cannot carry readable text is a warning"
else
  echo "not ok 1 low contrast: status $status"
  diff <(echo "$out") "$data/low-contrast.expected" | sed 's/^/# /'
fi
