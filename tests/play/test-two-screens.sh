#!/usr/bin/env bash
# Runs test-two-screens in weston with two outputs side by side, inside an X server of its own
# (see DESIGN.md, "Testing under a virtual display"). Passes the test's TAP output through.
set -u
test_program=$1
if ! command -v weston >/dev/null || ! command -v xvfb-run >/dev/null; then
  echo "1..0 # SKIP needs weston and xvfb-run"; exit 77
fi

inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat >"$inner" <<'INNER'
set -u
export XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
socket=kb-two-screens
weston --backend=x11-backend.so --output-count=2 --width=1920 --height=1080 --no-config \
  --socket=$socket >"$XDG_RUNTIME_DIR/weston.log" 2>&1 &
weston_pid=$!
trap 'kill $weston_pid 2>/dev/null; rm -rf "$XDG_RUNTIME_DIR"' EXIT
for _ in $(seq 100); do [[ -S $XDG_RUNTIME_DIR/$socket ]] && break; sleep 0.05; done
[[ -S $XDG_RUNTIME_DIR/$socket ]] || { echo "Bail out! weston did not start"; cat "$XDG_RUNTIME_DIR/weston.log"; exit 1; }
second=$(xwininfo -root -children | awk '/screen1/ {print $1}')
[[ -n $second ]] && xdotool windowmove "$second" 1920 0
GDK_BACKEND=wayland WAYLAND_DISPLAY=$socket "$@"
INNER
xvfb-run -a -s "-screen 0 3840x1080x24 -nolisten tcp" bash "$inner" "$test_program"
