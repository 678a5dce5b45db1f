#!/usr/bin/env bash
# A session survives kill -9: killed at random moments while keys come in, the kept session is
# always whole and shows a card the session showed; once a move is made, it is kept; the calm
# screen (B) is kept with it.
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

fold=$(dirname "$0")/../fold-journal.py

check() {   # prints the current card id kept in the store (its journal folded in), or fails
  python3 "$fold" "$store" | python3 -c '
import json, sys
data = json.load(sys.stdin)
assert data["format"] == "kletsborden-resume", data
print(data["session"]["current"] or "")
'
}

start_app() {   # starts the app on the deck; sets pid and win
  "$app" "$deck" & pid=$!
  win=""
  for _ in $(seq 200); do
    win=$(xdotool search --all --onlyvisible --pid $pid --name . 2>/dev/null | head -1)
    [[ -n $win ]] && break
    sleep 0.05
  done
  [[ -n $win ]] || { echo "no window"; kill -9 $pid; exit 1; }
}

# Killed at a random moment while keys come in: the kept session is always whole, and shows a
# card the session really showed (keys still queued when it died were never moves).
for round in 1 2 3 4 5 6; do
  rm -rf "$state/kletsborden"
  start_app
  presses=$(( RANDOM % 5 + 1 ))
  for _ in $(seq $presses); do xdotool key --window "$win" space; done
  sleep 0.$(( RANDOM % 4 ))
  kill -9 $pid
  wait $pid 2>/dev/null
  kept=$(check) || { echo "round $round: the kept session is unreadable after kill -9"; exit 1; }
  shown="-$(echo abcdef | cut -c1-$presses)"
  if [[ $shown != *"${kept:--}"* ]]; then
    echo "round $round: $presses presses, kept card '$kept', not one the session showed"; exit 1
  fi
  echo "ok round $round: $presses moves, killed, kept '${kept:-(before the first card)}'"
done

# Every move is kept as it is made: once the app has shown a card, kill -9 loses nothing.
rm -rf "$state/kletsborden"
start_app
# The deck is open (and kept) before the keys come: on a busy machine the window can show
# before it takes keys, and a lost key would make this wait in vain.
for _ in $(seq 200); do [[ -f $store ]] && break; sleep 0.05; done
for _ in 1 2 3; do xdotool key --window "$win" space; done
for _ in $(seq 400); do [[ $(check 2>/dev/null) == c ]] && break; sleep 0.05; done   # slow builds (ASan) need time
kill -9 $pid
wait $pid 2>/dev/null
kept=$(check) || { echo "the kept session is unreadable after kill -9"; exit 1; }
[[ $kept == c ]] || { echo "three moves made, but the kept session shows '$kept'"; exit 1; }
echo "ok: three moves, killed, all three kept"

# The calm screen (B) is kept too: after kill -9 the room sees a pause again, not the card.
calm() {   # prints True when the kept session shows the calm screen
  python3 "$fold" "$store" | python3 -c '
import json, sys
print(json.load(sys.stdin)["session"].get("calm", False))
'
}
rm -rf "$state/kletsborden"
start_app
for _ in $(seq 200); do [[ -f $store ]] && break; sleep 0.05; done
for _ in 1 2; do xdotool key --window "$win" space; done
for _ in $(seq 400); do [[ $(check 2>/dev/null) == b ]] && break; sleep 0.05; done
xdotool key --window "$win" b
for _ in $(seq 100); do [[ $(calm 2>/dev/null) == True ]] && break; sleep 0.05; done
kill -9 $pid
wait $pid 2>/dev/null
[[ $(calm) == True ]] || { echo "B pressed, killed, but the kept session is not calm"; exit 1; }
[[ $(check) == b ]] || { echo "B pressed, killed, but the kept card is '$(check)'"; exit 1; }
echo "ok: B pressed, killed, the calm screen kept on card b"
