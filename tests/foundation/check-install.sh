#!/usr/bin/env bash
# `meson install` puts everything a desktop needs in its place: program, desktop file, metainfo,
# icons (full colour and symbolic), settings schema, the deck file type, the manual page, bash
# completion, translations and the built-in decks.
set -euo pipefail
builddir=$1
app_id=$2
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

meson install -C "$builddir" --destdir "$dest" --no-rebuild --quiet >/dev/null
prefix=$(meson introspect "$builddir" --buildoptions |
         python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root="$dest$prefix"

status=0
for path in \
  bin/kletsborden \
  "share/applications/$app_id.desktop" \
  "share/metainfo/$app_id.metainfo.xml" \
  "share/icons/hicolor/scalable/apps/$app_id.svg" \
  "share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
  share/glib-2.0/schemas/nl.kletsborden.Kletsborden.gschema.xml \
  "share/mime/packages/$app_id.xml" \
  share/man/man1/kletsborden.1 \
  share/bash-completion/completions/kletsborden \
  share/locale/nl/LC_MESSAGES/kletsborden.mo; do
  if [[ -e $root/$path ]]; then echo "ok $path"; else echo "MISSING $path"; status=1; fi
done
# One id inside them too: the metainfo names itself and its desktop file by it, the desktop
# file its icon, the schema itself (a development build's .Devel id keeps the one schema).
has() {
  if grep -qF -- "$2" "$root/$1"; then echo "ok $1 has $2"; else echo "FAIL $1 lacks $2"; status=1; fi
}
has "share/metainfo/$app_id.metainfo.xml" "<id>$app_id</id>"
has "share/metainfo/$app_id.metainfo.xml" \
  "<launchable type=\"desktop-id\">$app_id.desktop</launchable>"
has "share/applications/$app_id.desktop" "Icon=$app_id"
has share/glib-2.0/schemas/nl.kletsborden.Kletsborden.gschema.xml \
  '<schema id="nl.kletsborden.Kletsborden" path="/nl/kletsborden/Kletsborden/">'
decks=$(find "$root/share/kletsborden/cards" -name '*.json' ! -name '*.schema.json' | wc -l)
echo "$decks built-in decks installed"
[[ $decks -eq $(find "$(dirname "$0")/../../cards" -maxdepth 1 -name '*.json' ! -name '*.schema.json' | wc -l) ]] || status=1
exit $status
