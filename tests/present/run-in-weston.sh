#!/usr/bin/env bash
# run-in-weston.sh [--outputs 1|2] PROGRAM [ARGS…]
# Runs a UI test in weston with one or two outputs of 1920×1080 side by side, inside an X
# server of its own (weston's x11 backend: each output is an X window; keys pressed with
# xdotool reach the focused Wayland client through them). Passes the TAP output through.
set -u
outputs=1
if [[ ${1:-} == --outputs ]]; then outputs=$2; shift 2; fi
if ! command -v weston >/dev/null || ! command -v xvfb-run >/dev/null ||
   ! command -v dbus-run-session >/dev/null ||
   ! command -v xdotool >/dev/null || ! command -v xwininfo >/dev/null; then
  echo "1..0 # SKIP needs weston, xvfb-run, xdotool and xwininfo"; exit 77
fi

inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat >"$inner" <<'INNER'
set -u
outputs=$1; shift
export XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
socket=kb-weston
unset WAYLAND_DISPLAY
env -u G_DEBUG -u G_ENABLE_DIAGNOSTIC -u MALLOC_CHECK_ -u MALLOC_PERTURB_ weston --backend=x11-backend.so --output-count=$outputs --width=1920 --height=1080 --no-config \
  --socket=$socket >"$XDG_RUNTIME_DIR/weston.log" 2>&1 &
weston_pid=$!
trap 'kill $weston_pid 2>/dev/null; wait $weston_pid 2>/dev/null; rm -rf "$XDG_RUNTIME_DIR"' EXIT
for _ in $(seq 200); do
  [[ -S $XDG_RUNTIME_DIR/$socket ]] && break
  kill -0 $weston_pid 2>/dev/null || break
  sleep 0.05
done
if [[ ! -S $XDG_RUNTIME_DIR/$socket ]]; then
  echo "1..0 # SKIP weston could not start here: $(grep -v '^$' "$XDG_RUNTIME_DIR/weston.log" | tail -1)"
  exit 77
fi
if (( outputs > 1 )); then
  second=$(xwininfo -root -children | awk '/screen1/ {print $1}')
  [[ -n $second ]] && xdotool windowmove "$second" 1920 0
fi
# The pointer on the first output: X sends the keys to the window under it.
xdotool mousemove 960 540
export KB_TEST_COMPOSITOR=weston GDK_BACKEND=wayland WAYLAND_DISPLAY=$socket
"$@"
INNER
width=$(( 1920 * outputs ))
xvfb-run -a -s "-screen 0 ${width}x1080x24 -nolisten tcp" \
  dbus-run-session --config-file="$(dirname "$0")/session-bus.conf" -- bash "$inner" "$outputs" "$@"
