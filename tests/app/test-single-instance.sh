#!/usr/bin/env bash
# A second launch hands over to the running instance: still one window, and the second process
# exits at once. Needs a display and a session bus (build-aux/test gives both).
set -u
app=$1
if [[ -z ${DISPLAY:-} || -z ${DBUS_SESSION_BUS_ADDRESS:-} ]] || ! command -v xdotool >/dev/null; then
  echo "1..0 # SKIP needs DISPLAY, a session bus and xdotool"
  exit 77
fi

export XDG_STATE_HOME=$(mktemp -d)   # no kept session of the user in the way
windows() { xdotool search --all --onlyvisible --pid "$1" --name '^Kletsborden$' 2>/dev/null | wc -l; }

"$app" & first=$!
trap 'kill $first 2>/dev/null; wait $first 2>/dev/null; rm -rf "$XDG_STATE_HOME"' EXIT

for _ in $(seq 100); do
  [[ $(windows $first) -ge 1 ]] && break
  sleep 0.1
done
if [[ $(windows $first) -ne 1 ]]; then
  echo "expected one window from the first instance, found $(windows $first)"; exit 1
fi

if ! timeout 10 "$app"; then
  echo "the second launch did not exit by itself"; exit 1
fi
sleep 0.5
if [[ $(windows $first) -ne 1 ]]; then
  echo "expected one window after the second launch, found $(windows $first)"; exit 1
fi
if ! kill -0 $first 2>/dev/null; then
  echo "the first instance is gone"; exit 1
fi
echo "one instance, one window"
