#!/usr/bin/env bash
# The bash completion: it sources cleanly in a plain bash (no bash-completion package needed),
# --ex completes to the three export options, and after "--" every long option of the mode's
# --help is offered: the program's own, --export-pdf's, --export-png's, --import's and
# --export-csv's.
set -euo pipefail
kletsborden=$1
script=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

complete_line() {   # words of the command line, the last one being completed
  bash --norc --noprofile -c '
    source "$1" 2>&1 || exit 1
    shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
    _kletsborden
    printf "%s\n" "${COMPREPLY[@]}"' bash "$script" "$@"
}

out=$(bash --norc --noprofile -c 'source "$1" && complete -p kletsborden' bash "$script" 2>&1) || true
[[ $out == *"-F _kletsborden kletsborden" ]] || { echo "FAIL sourcing: $out"; exit 1; }
echo "ok sources cleanly: $out"

status=0
got=$(complete_line kletsborden --ex | sort | tr '\n' ' ')
if [[ $got == "--export-csv --export-pdf --export-png " ]]; then echo "ok --ex: $got"
else echo "FAIL --ex completes to '$got'"; status=1; fi

long_options() { sed -n 's/^ *\(-[a-zA-Z], \)\{0,1\}\(--[a-z][a-z-]*\).*/\2/p' | sort -u; }
check_mode() {   # the help text's options against what "--" completes to, after $@
  local name=$1; shift
  local offered
  offered=$(complete_line kletsborden "$@" -- | sed 's/=$//' | sort -u)
  while read -r option; do
    if grep -qx -- "$option" <<<"$offered"; then echo "ok $name $option"
    else echo "FAIL $name: $option is in --help but not completed"; status=1; fi
  done
}
"$kletsborden" --help | long_options | check_mode kletsborden
"$kletsborden" --export-pdf --help | long_options | check_mode --export-pdf --export-pdf deck.json
"$kletsborden" --export-png --help | long_options | check_mode --export-png --export-png deck.json
"$kletsborden" --import --help | long_options | check_mode --import --import cards.ods
"$kletsborden" --export-csv --help | long_options | check_mode --export-csv --export-csv deck.json
exit $status
