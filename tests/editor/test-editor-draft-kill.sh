#!/usr/bin/env bash
# A deck being made survives kill -9: its draft is on disk after the change, and the next start
# offers it and gets the title back.
set -u
helper=$1
if [[ -z ${DISPLAY:-} ]] || ! command -v xdotool >/dev/null; then
  echo "1..0 # SKIP needs DISPLAY and xdotool"; exit 77
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
export XDG_DATA_HOME=$data
drafts=$data/kletsborden/drafts

"$helper" type & pid=$!
for _ in $(seq 600); do
  grep -qs "Kept through a crash" "$drafts"/*.json && break
  sleep 0.05
done
kill -9 $pid
wait $pid 2>/dev/null
grep -qs "Kept through a crash" "$drafts"/*.json || { echo "not ok 1 no draft on disk after kill -9"; exit 1; }
echo "ok 1 the draft is on disk after kill -9"
ls "$drafts"/*.json.* 2>/dev/null && { echo "not ok: a temporary file was left"; exit 1; }
if "$helper" offered; then
  echo "ok 2 the next start offers the draft and restores it"
else
  echo "not ok 2 the draft was not offered or not restored"; exit 1
fi
echo "1..2"
