#!/usr/bin/env bash
# A session survives kill -9: the app is killed at moments chosen at random while keys move
# through the deck, and every time the kept session can be read and is at most one move behind.
set -u
app=$1
deck=$2
if [[ -z ${DISPLAY:-} ]] || ! command -v xdotool >/dev/null; then
  echo "1..0 # SKIP needs DISPLAY and xdotool"; exit 77
fi
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
export XDG_STATE_HOME=$state
store=$state/kletsborden/session.json

check() {   # prints the current card id kept in the store, or fails
  python3 - "$store" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
assert data["format"] == "kletsborden-resume", data
print(data["session"]["current"] or "")
PY
}

for round in 1 2 3 4 5 6; do
  rm -rf "$state/kletsborden"
  "$app" "$deck" & pid=$!
  win=""
  for _ in $(seq 100); do
    win=$(xdotool search --all --onlyvisible --pid $pid --name . 2>/dev/null | head -1)
    [[ -n $win ]] && break
    sleep 0.05
  done
  [[ -n $win ]] || { echo "no window in round $round"; kill -9 $pid; exit 1; }
  presses=$(( RANDOM % 5 + 1 ))
  for _ in $(seq $presses); do xdotool key --window "$win" space; done
  sleep 0.$(( RANDOM % 4 + 1 ))
  kill -9 $pid
  wait $pid 2>/dev/null
  kept=$(check) || { echo "round $round: the kept session is unreadable after kill -9"; exit 1; }
  expected=$(echo abcdef | cut -c$presses)
  previous=$(echo "-abcdef" | cut -c$presses)
  if [[ $kept != "$expected" && $kept != "$previous" ]]; then
    echo "round $round: $presses presses, kept card '$kept', expected '$expected'"; exit 1
  fi
  echo "ok round $round: $presses moves, kept '$kept'"
done
