#!/bin/bash
# Exports are atomic (issue 16, finding 4): a failed export leaves the old PDF whole, an export
# over its own deck is refused, and the message names the reason.
prog=$(realpath "$1")
deck=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "1..3"

# A write that fails half-way (the file size limit stands in for a full disk): ignored SIGXFSZ
# makes write() fail with EFBIG. The old export must still be there, whole, and no temp file.
printf 'OLD PDF' > "$tmp/cards.pdf"
out=$( (trap '' XFSZ; ulimit -f 16; exec "$prog" --export-pdf "$deck" -o "$tmp/cards.pdf") 2>&1)
status=$?
if [[ $status -ne 0 && $(cat "$tmp/cards.pdf") == "OLD PDF" && $(ls "$tmp") == "cards.pdf" ]]; then
  echo "ok 1 a failed export keeps the old PDF"
else
  echo "not ok 1 status $status, now: $(head -c 20 "$tmp/cards.pdf" | tr -d '\0'), files: $(ls "$tmp")"
fi
[[ -n $out ]] && echo "# $out"

cp "$deck" "$tmp/deck.json"
out=$("$prog" --export-pdf "$tmp/deck.json" -o "$tmp/deck.json" 2>&1); status=$?
if [[ $status -ne 0 ]] && cmp -s "$deck" "$tmp/deck.json"; then
  echo "ok 2 an export over its own deck is refused"
else
  echo "not ok 2 status $status"
fi
echo "# $out"

out=$("$prog" --export-pdf "$deck" -o "$tmp/no/such/folder/cards.pdf" 2>&1); status=$?
if [[ $status -ne 0 && $out == *"$tmp/no/such/folder"* && $out != *"error while writing to output stream"* ]]; then
  echo "ok 3 a missing folder is named, with the reason"
else
  echo "not ok 3 status $status: $out"
fi
echo "# $out"
