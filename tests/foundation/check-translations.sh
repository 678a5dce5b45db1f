#!/usr/bin/env bash
# Every string the app shows must be translated into Dutch: extract the strings from the sources
# as they are now, merge them into nl.po and fail on anything untranslated or fuzzy.
set -euo pipefail
srcdir=$1
lang=${2:-nl}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

grep -v '^#' "$srcdir/po/POTFILES.in" | sed '/^$/d' >"$tmp/files"
xgettext --directory="$srcdir" --files-from="$tmp/files" --output="$tmp/app.pot" \
  --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dcgettext:2 --keyword=ngettext:1,2 --keyword=g_dngettext:2,3 \
  --keyword=g_dpgettext2:2c,3 --package-name=kletsborden 2>"$tmp/xgettext.log" || {
  cat "$tmp/xgettext.log" >&2; exit 1; }

po="$srcdir/po/$lang.po"
msgfmt --check --output-file=/dev/null "$po"
msgmerge --quiet --no-fuzzy-matching --output-file="$tmp/merged.po" "$po" "$tmp/app.pot"
stats=$(LC_ALL=C msgfmt --check --statistics --output-file=/dev/null "$tmp/merged.po" 2>&1)
echo "$lang: $stats"

untranslated=$(msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -c '^msgid ' || true)
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid ' || true)
if [[ $untranslated -gt 0 ]]; then
  echo "Untranslated in $lang.po (add these):" >&2
  msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -A1 '^msgid ' | grep -v '^--' >&2
fi
[[ $fuzzy -gt 0 ]] && echo "$fuzzy fuzzy strings in $lang.po" >&2
# The header counts as one "untranslated" msgid "" in msgattrib's output when it has none.
[[ $untranslated -eq 0 && $fuzzy -eq 0 ]]
