#!/usr/bin/env bash
# run-in-openbox.sh PROGRAM [ARGS…]
# Runs a UI test on X11 with a window manager, as many school laptops have: openbox in an X
# server of its own (Xvfb, one screen of 1920×1080). Fullscreen and focus are then real; keys
# pressed with xdotool go to the window that has the focus. Passes the TAP output through.
set -u
if ! command -v openbox >/dev/null || ! command -v xvfb-run >/dev/null ||
   ! command -v dbus-run-session >/dev/null ||
   ! command -v xdotool >/dev/null || ! command -v xprop >/dev/null; then
  echo "1..0 # SKIP needs openbox, xvfb-run, xdotool and xprop"; exit 77
fi

inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat >"$inner" <<'INNER'
set -u
work=$(mktemp -d)
env -u G_DEBUG -u G_ENABLE_DIAGNOSTIC -u MALLOC_CHECK_ -u MALLOC_PERTURB_ openbox --sm-disable >"$work/openbox.log" 2>&1 &
openbox_pid=$!
trap 'kill $openbox_pid 2>/dev/null; wait $openbox_pid 2>/dev/null; rm -rf "$work"' EXIT
# openbox is running once it has set its check window on the root.
for _ in $(seq 200); do
  xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break
  kill -0 $openbox_pid 2>/dev/null || break
  sleep 0.05
done
if ! xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; then
  echo "1..0 # SKIP openbox could not start here: $(grep -v '^$' "$work/openbox.log" | tail -1)"
  exit 77
fi
xdotool mousemove 960 540
export KB_TEST_COMPOSITOR=openbox GDK_BACKEND=x11
unset WAYLAND_DISPLAY
"$@"
INNER
xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
  dbus-run-session --config-file="$(dirname "$0")/session-bus.conf" -- bash "$inner" "$@"
