#!/usr/bin/env bash
# A second launch hands over to the running instance: still one window, the second process
# exits at once, and a deck given to the second launch opens in the first one's window.
# Needs a display and a session bus (build-aux/test gives both).
set -u
app=$1
deck=$2
if [[ -z ${DISPLAY:-} || -z ${DBUS_SESSION_BUS_ADDRESS:-} ]] || ! command -v xdotool >/dev/null; then
  echo "1..0 # SKIP needs DISPLAY, a session bus and xdotool"
  exit 77
fi

export XDG_STATE_HOME=$(mktemp -d)   # no kept session of the user in the way
windows() { xdotool search --all --onlyvisible --pid "$1" --name "$2" 2>/dev/null | wc -l; }

"$app" & first=$!
trap 'kill $first 2>/dev/null; wait $first 2>/dev/null; rm -rf "$XDG_STATE_HOME"' EXIT

for _ in $(seq 100); do
  [[ $(windows $first '^Kletsborden$') -ge 1 ]] && break
  sleep 0.1
done
if [[ $(windows $first '^Kletsborden$') -ne 1 ]]; then
  echo "expected one window from the first instance, found $(windows $first '^Kletsborden$')"; exit 1
fi

if ! timeout 10 "$app"; then
  echo "the second launch did not exit by itself"; exit 1
fi
sleep 0.5
if [[ $(windows $first 'Kletsborden') -ne 1 ]]; then
  echo "expected one window after the second launch, found $(windows $first 'Kletsborden')"; exit 1
fi

# A deck handed to a second launch opens in the first instance, in its one window.
if ! timeout 10 "$app" "$deck"; then
  echo "the second launch with a deck did not exit by itself"; exit 1
fi
for _ in $(seq 50); do
  [[ $(windows $first '^Six cards — Kletsborden$') -eq 1 ]] && break
  sleep 0.1
done
if [[ $(windows $first '^Six cards — Kletsborden$') -ne 1 ]]; then
  echo "the deck did not open in the first instance's window"; exit 1
fi
if [[ $(windows $first 'Kletsborden') -ne 1 ]]; then
  echo "expected still one window, found $(windows $first 'Kletsborden')"; exit 1
fi
if ! kill -0 $first 2>/dev/null; then
  echo "the first instance is gone"; exit 1
fi
echo "one instance, one window, and the deck opened there"
