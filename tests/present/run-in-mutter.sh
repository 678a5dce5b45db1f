#!/usr/bin/env bash
# run-in-mutter.sh [--monitors 1|2] PROGRAM [ARGS…]
# Runs a UI test in GNOME's own compositor, mutter 43, headless, with one or two virtual
# monitors of 1920×1080 (Meta-0 at 0,0, Meta-1 at 1920,0), on a session bus of its own so that
# the test reaches mutter's RemoteDesktop API for real key presses (kb-remote-keys, found next
# to PROGRAM). See DESIGN.md, "Testing in a real compositor". Passes the TAP output through.
set -u
export KB_RUNNER_DIR=$(cd "$(dirname "$0")" && pwd)
source "$KB_RUNNER_DIR/runner-lib.sh"
monitors=2
if [[ ${1:-} == --monitors ]]; then monitors=$2; shift 2; fi
need mutter dbus-run-session
export KB_TEST_REMOTE_KEYS=${KB_TEST_REMOTE_KEYS:-$(dirname "$1")/kb-remote-keys}

inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat >"$inner" <<'INNER'
set -u
source "$KB_RUNNER_DIR/runner-lib.sh"
monitors=$1; shift
export XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
socket=kb-mutter
args=(--headless --wayland --no-x11 --wayland-display=$socket)
for _ in $(seq "$monitors"); do args+=(--virtual-monitor 1920x1080); done
unset DISPLAY WAYLAND_DISPLAY
"${compositor_env[@]}" mutter "${args[@]}" >"$XDG_RUNTIME_DIR/mutter.log" 2>&1 &
mutter_pid=$!
trap 'kill $mutter_pid 2>/dev/null; wait $mutter_pid 2>/dev/null; rm -rf "$XDG_RUNTIME_DIR"' EXIT
started mutter $mutter_pid "$XDG_RUNTIME_DIR/mutter.log" test -S "$XDG_RUNTIME_DIR/$socket"
export KB_TEST_COMPOSITOR=mutter GDK_BACKEND=wayland WAYLAND_DISPLAY=$socket
"$@"
INNER
in_session bash "$inner" "$monitors" "$@"
