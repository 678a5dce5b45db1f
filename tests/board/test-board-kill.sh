#!/usr/bin/env bash
# A board game survives kill -9: killed at random moments while keys come in, the kept game is
# always whole; once a move is made, it is kept.
set -u
app=$1
deck=$2
if [[ -z ${DISPLAY:-} ]] || ! command -v xdotool >/dev/null; then
  echo "1..0 # SKIP needs DISPLAY and xdotool"; exit 77
fi
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
export XDG_STATE_HOME=$state
games=$state/kletsborden/games
# Kept under the deck id and a hash of the deck file's path: the one game file there.
store_file() { compgen -G "$games/kletsborden-*.json" | head -1; }

fold=$(dirname "$0")/../fold-journal.py

check() {   # prints the moves kept in the store (its journal folded in), one "kind value" per line
  python3 "$fold" "$(store_file)" | python3 -c '
import json, sys
data = json.load(sys.stdin)
assert data["format"] == "kletsborden-game", data
assert data["deck"]["id"] == "kletsborden", data
for move in data["moves"]:
    print(move["move"], move.get("value", ""))
'
}

start_app() {   # starts the new-game page on the deck and starts the game; sets pid and win
  "$app" --board "$deck" & pid=$!
  win=""
  # Up to 30 s: a start takes a second, but ten under the sanitizers on a busy machine.
  for _ in $(seq 600); do
    win=$(xdotool search --all --onlyvisible --pid $pid --name . 2>/dev/null | head -1)
    [[ -n $win ]] && break
    sleep 0.05
  done
  [[ -n $win ]] || { echo "no window"; kill -9 $pid; exit 1; }
  sleep 0.3
  xdotool key --window "$win" Return
  for _ in $(seq 400); do [[ -n $(store_file) ]] && break; sleep 0.05; done
  [[ -n $(store_file) ]] || { echo "Return did not start a game that is kept"; kill -9 $pid; exit 1; }
}

keys=(space k v Return r 3)
for round in 1 2 3 4 5 6; do
  rm -rf "$state/kletsborden"
  start_app
  presses=$(( RANDOM % 6 + 1 ))
  for _ in $(seq $presses); do xdotool key --window "$win" "${keys[RANDOM % ${#keys[@]}]}"; done
  sleep 0.$(( RANDOM % 5 ))
  kill -9 $pid
  wait $pid 2>/dev/null
  moves=$(check) || { echo "round $round: the kept game is unreadable after kill -9"; exit 1; }
  n=$(printf '%s' "$moves" | grep -c . || true)
  (( n <= presses )) || { echo "round $round: $presses keys, but $n moves kept"; exit 1; }
  echo "ok round $round: $presses keys, killed, $n moves kept"
done

# Every move is kept as it is made: a number thrown with a real die, then kill -9.
rm -rf "$state/kletsborden"
start_app
xdotool key --window "$win" 3
for _ in $(seq 400); do [[ $(check 2>/dev/null) == "throw 3" ]] && break; sleep 0.05; done
kill -9 $pid
wait $pid 2>/dev/null
moves=$(check) || { echo "the kept game is unreadable after kill -9"; exit 1; }
[[ $moves == "throw 3" ]] || { echo "a throw of 3 was made, but the kept game has '$moves'"; exit 1; }
echo "ok: a throw made, killed, kept"
