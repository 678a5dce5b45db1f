#!/usr/bin/env bash
# run-in-weston.sh [--outputs 1|2] PROGRAM [ARGS…]
# Runs a UI test in weston with one or two outputs of 1920×1080 side by side, inside an X
# server of its own (weston's x11 backend: each output is an X window; keys pressed with
# xdotool reach the focused Wayland client through them). Passes the TAP output through.
set -u
export KB_RUNNER_DIR=$(cd "$(dirname "$0")" && pwd)
source "$KB_RUNNER_DIR/runner-lib.sh"
outputs=1
if [[ ${1:-} == --outputs ]]; then outputs=$2; shift 2; fi
need weston Xvfb dbus-run-session xdotool xwininfo

inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat >"$inner" <<'INNER'
set -u
source "$KB_RUNNER_DIR/runner-lib.sh"
outputs=$1; shift
start_xvfb "$(( 1920 * outputs ))x1080"
export XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
socket=kb-weston
unset WAYLAND_DISPLAY
"${compositor_env[@]}" weston --backend=x11-backend.so --output-count=$outputs --width=1920 \
  --height=1080 --no-config --socket=$socket >"$XDG_RUNTIME_DIR/weston.log" 2>&1 &
weston_pid=$!
trap 'kill $weston_pid 2>/dev/null; wait $weston_pid 2>/dev/null; kill $xvfb_pid; wait $xvfb_pid
      rm -rf "$XDG_RUNTIME_DIR"' EXIT
started weston $weston_pid "$XDG_RUNTIME_DIR/weston.log" test -S "$XDG_RUNTIME_DIR/$socket"
if (( outputs > 1 )); then
  second=$(xwininfo -root -children | awk '/screen1/ {print $1}')
  [[ -n $second ]] && xdotool windowmove "$second" 1920 0
fi
# The pointer on the first output: X sends the keys to the window under it.
xdotool mousemove 960 540
export KB_TEST_COMPOSITOR=weston GDK_BACKEND=wayland WAYLAND_DISPLAY=$socket
"$@"
INNER
in_session bash "$inner" "$outputs" "$@"
