# What the runners (run-in-*.sh) share; sourced by them and by the script each runs inside its
# display server.

# need COMMAND…: the test is skipped unless every command is there.
need () {
  local c
  for c; do
    command -v "$c" >/dev/null || { echo "1..0 # SKIP needs $*"; exit 0; }
  done
}

# started NAME PID LOG CHECK…: waits (20 s at most: mutter takes some seconds on a busy 2-core
# machine) until CHECK… succeeds while PID lives; when it never does, the test is skipped with
# the last words of NAME's LOG: the compositor cannot start on this machine. (A TAP skip is a
# plan of 0 and exit status 0: meson counts a TAP test that exits 77 as an error.)
started () {
  local name=$1 pid=$2 log=$3
  shift 3
  for _ in $(seq 400); do
    "$@" && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.05
  done
  "$@" && return 0
  echo "1..0 # SKIP $name could not start here: $(grep -v '^$' "$log" | tail -1)"
  exit 0
}

# The test environment (fatal warnings, malloc checks) is for our code, not the compositor's.
compositor_env=(env -u G_DEBUG -u G_ENABLE_DIAGNOSTIC -u MALLOC_CHECK_ -u MALLOC_PERTURB_)

# in_session COMMAND…: runs COMMAND on a session bus of its own that starts no services.
in_session () {
  dbus-run-session --config-file="$KB_RUNNER_DIR/session-bus.conf" -- "$@"
}

# start_xvfb WIDTHxHEIGHT: an X server of its own, on a display number the server picks
# itself (xvfb-run -a races with another run starting at the same moment); sets DISPLAY and
# xvfb_pid.
start_xvfb () {
  local fifo n=""
  fifo=$(mktemp -u)
  mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 "${1}x24" -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
  xvfb_pid=$!
  read -r -t 20 n <"$fifo"
  rm -f "$fifo"
  if [[ -z $n ]]; then
    echo "1..0 # SKIP Xvfb could not start here"
    exit 0
  fi
  export DISPLAY=:$n
}
