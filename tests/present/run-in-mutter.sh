#!/usr/bin/env bash
# run-in-mutter.sh [--monitors 1|2] PROGRAM [ARGS…]
# Runs a UI test in GNOME's own compositor, mutter 43, headless, with one or two virtual
# monitors of 1920×1080 (Meta-0 at 0,0, Meta-1 at 1920,0), on a session bus of its own so that
# the test reaches mutter's RemoteDesktop API for real key presses (kb-remote-keys, found next
# to PROGRAM). See DESIGN.md, "Testing in a real compositor". Passes the TAP output through.
set -u
monitors=2
if [[ ${1:-} == --monitors ]]; then monitors=$2; shift 2; fi
if ! command -v mutter >/dev/null || ! command -v dbus-run-session >/dev/null; then
  echo "1..0 # SKIP needs mutter and dbus-run-session"; exit 77
fi
export KB_TEST_REMOTE_KEYS=${KB_TEST_REMOTE_KEYS:-$(dirname "$1")/kb-remote-keys}

inner=$(mktemp)
trap 'rm -f "$inner"' EXIT
cat >"$inner" <<'INNER'
set -u
monitors=$1; shift
export XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
socket=kb-mutter
args=(--headless --wayland --no-x11 --wayland-display=$socket)
for _ in $(seq "$monitors"); do args+=(--virtual-monitor 1920x1080); done
unset DISPLAY WAYLAND_DISPLAY
env -u G_DEBUG -u G_ENABLE_DIAGNOSTIC -u MALLOC_CHECK_ -u MALLOC_PERTURB_ mutter "${args[@]}" >"$XDG_RUNTIME_DIR/mutter.log" 2>&1 &
mutter_pid=$!
trap 'kill $mutter_pid 2>/dev/null; wait $mutter_pid 2>/dev/null; rm -rf "$XDG_RUNTIME_DIR"' EXIT
# mutter takes a few seconds to come up on a busy 2-core machine.
for _ in $(seq 400); do
  [[ -S $XDG_RUNTIME_DIR/$socket ]] && break
  kill -0 $mutter_pid 2>/dev/null || break
  sleep 0.05
done
if [[ ! -S $XDG_RUNTIME_DIR/$socket ]]; then
  echo "1..0 # SKIP mutter could not start here: $(grep -v '^$' "$XDG_RUNTIME_DIR/mutter.log" | tail -1)"
  exit 77
fi
export KB_TEST_COMPOSITOR=mutter GDK_BACKEND=wayland WAYLAND_DISPLAY=$socket
"$@"
INNER
dbus-run-session --config-file="$(dirname "$0")/session-bus.conf" -- bash "$inner" "$monitors" "$@"
