#!/usr/bin/env bash
# run-in-openbox.sh PROGRAM [ARGS…]
# Runs a UI test on X11 with a window manager, as many school laptops have: openbox in an X
# server of its own (Xvfb, one screen of 1920×1080). Fullscreen and focus are then real; keys
# pressed with xdotool go to the window that has the focus. Passes the TAP output through.
set -u
export KB_RUNNER_DIR=$(cd "$(dirname "$0")" && pwd)
source "$KB_RUNNER_DIR/runner-lib.sh"
need openbox Xvfb dbus-run-session xdotool xprop

inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat >"$inner" <<'INNER'
set -u
source "$KB_RUNNER_DIR/runner-lib.sh"
start_xvfb 1920x1080
work=$(mktemp -d)
"${compositor_env[@]}" openbox --sm-disable >"$work/openbox.log" 2>&1 &
openbox_pid=$!
trap 'kill $openbox_pid 2>/dev/null; wait $openbox_pid 2>/dev/null; kill $xvfb_pid; wait $xvfb_pid
      rm -rf "$work"' EXIT
# openbox is running once it has set its check window on the root.
wm_running () { xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; }
started openbox $openbox_pid "$work/openbox.log" wm_running
xdotool mousemove 960 540
export KB_TEST_COMPOSITOR=openbox GDK_BACKEND=x11
unset WAYLAND_DISPLAY
"$@"
INNER
in_session bash "$inner" "$@"
