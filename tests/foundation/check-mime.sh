#!/usr/bin/env bash
# The deck file type: installed into a fresh MIME database, a built-in deck is
# application/x-kletsborden-deck (also without its .json name), while other JSON files, such as
# the deck format's own JSON schema, keep their types; the desktop file claims decks only.
set -euo pipefail
mime_xml=$1      # the merged (translated) MIME package from the build
desktop=$2       # the built desktop file
srcdir=$3
deck_type=application/x-kletsborden-deck
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

xmllint --noout "$mime_xml"
mkdir -p "$tmp/data/mime/packages"
cp "$mime_xml" "$tmp/data/mime/packages/"
# update-mime-database only warns about a package it does not understand: any output fails.
XDG_DATA_HOME="$tmp/data" update-mime-database "$tmp/data/mime" >"$tmp/update.log" 2>&1
if [[ -s $tmp/update.log ]]; then cat "$tmp/update.log" >&2; exit 1; fi

type_of() {
  XDG_DATA_HOME="$tmp/data" XDG_DATA_DIRS="$tmp/data:/usr/local/share:/usr/share" \
    gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'
}
expect() {
  local got
  got=$(type_of "$1")
  if [[ $got == "$2" ]]; then echo "ok $1: $got"; else echo "FAIL $1: $got, not $2"; status=1; fi
}

status=0
cp "$srcdir/cards/kletsborden.json" "$tmp/deck-without-extension"
sed '1a\  "$schema": "https://kletsborden.nl/schema/format-v1.schema.json",' \
  "$srcdir/cards/kletsborden.json" >"$tmp/deck-with-schema.json"
printf '{\n  "format": "something-else",\n  "cards": []\n}\n' >"$tmp/plain.json"
expect "$srcdir/cards/kletsborden.json" "$deck_type"
expect "$srcdir/cards/rollenspellen.json" "$deck_type"
expect "$tmp/deck-without-extension" "$deck_type"
expect "$tmp/deck-with-schema.json" "$deck_type"
expect "$srcdir/cards/format-v1.schema.json" application/schema+json
expect "$tmp/plain.json" application/json

mime_line=$(grep '^MimeType=' "$desktop")
if [[ $mime_line == "MimeType=$deck_type;" ]]; then echo "ok $mime_line"
else echo "FAIL desktop file: $mime_line (decks only, not every JSON file)"; status=1; fi
grep -q "<comment xml:lang=\"nl\">" "$mime_xml" || { echo "FAIL the type's name is not translated"; status=1; }
exit $status
