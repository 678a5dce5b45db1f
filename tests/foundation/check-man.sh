#!/usr/bin/env bash
# The manual page: groff formats it without a single warning, and every long option that
# kletsborden --help (and --export-pdf/--export-png/--import/--export-csv --help) lists is in
# it; it names this version.
set -euo pipefail
kletsborden=$1
page=$2
version=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

groff -man -Tutf8 -ww -z "$page" 2>"$tmp/warnings"
if [[ -s $tmp/warnings ]]; then cat "$tmp/warnings" >&2; echo "FAIL groff warns" >&2; exit 1; fi
echo "ok groff -man -ww: no warnings"
grep -q "^\.TH KLETSBORDEN 1 .* \"Kletsborden $version\"" "$page" ||
  { echo "FAIL the .TH line does not name version $version" >&2; exit 1; }
echo "ok version $version"

# One long line per paragraph, ASCII hyphens: an option is found however it is set.
groff -man -Tascii -rLL=2000n "$page" 2>/dev/null | col -b >"$tmp/page.txt"
long_options() { sed -n 's/^ *\(-[a-zA-Z], \)\{0,1\}\(--[a-z][a-z-]*\).*/\2/p'; }
{
  "$kletsborden" --help
  "$kletsborden" --export-pdf --help
  "$kletsborden" --export-png --help
  "$kletsborden" --import --help
  "$kletsborden" --export-csv --help
} | long_options | sort -u >"$tmp/options"
[[ $(wc -l <"$tmp/options") -ge 10 ]] || { echo "FAIL too few options read from --help" >&2; exit 1; }

status=0
while read -r option; do
  if grep -q -- "$option\\b" "$tmp/page.txt"; then echo "ok $option"
  else echo "FAIL $option is in --help but not in the manual page"; status=1; fi
done <"$tmp/options"
exit $status
