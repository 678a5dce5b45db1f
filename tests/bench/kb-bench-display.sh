#!/usr/bin/env bash
# kb-bench-display.sh [--build DIR] COMMAND [ARGS…] — the real program, measured from outside,
# in weston (one 1920×1080 output, inside an Xvfb of its own, as tests/present runs it):
#   startup [RUNS=9] [DECK]   launch `kletsborden --present DECK` → its picture complete on the
#                             screen (kb-bench-pixel watches the screen), against a bare GTK 4
#                             window painting one card colour (kb-bench-probe); with
#                             GSK_RENDERER=cairo on both sides, and with the default renderer on
#                             both sides; the four interleaved, ratios per run, then medians
#   frames [KEYS=20] [DECK]   frame times from the frame clock's own timings (presentation
#                             times from the compositor) while Space draws and flips cards, and
#                             on the board (--board DECK) while Space rolls and the pawn walks;
#                             dropped frames counted against the refresh interval, and
#                             the app's CPU time per frame drawn; first the same keys on
#                             kb-bench-probe --slide (a bare GTK window sliding an opaque card):
#                             what this display stack allows (PARTS="probe cards board" chooses)
#   memory [CARDS=1000]       RSS and peak RSS (VmHWM) of the real process with a 1000-card
#                             deck, after 100 and after CARDS cards, each card's animation run out
# Not part of the test suite: figures are printed, never asserted. Every command prints the
# load average before and after. RENDERERS="cairo default" (the default; gl too) chooses the
# renderers: "default" is what each program picks by itself (the probe: GTK's GL, software here).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$top/_build
if [[ ${1:-} == --build ]]; then build=$(realpath "$2"); shift 2; fi
command=${1:-}
shift || true
export KB_RUNNER_DIR=$top/tests/present
source "$KB_RUNNER_DIR/runner-lib.sh"

case $command in
  startup|frames|memory) ;;
  *) sed -n '2,18p' "$0" >&2; exit 2 ;;
esac
for c in weston Xvfb dbus-run-session xdotool python3; do
  command -v $c >/dev/null || { echo "kb-bench-display: needs $c" >&2; exit 2; }
done
meson compile -C "$build" kletsborden gschemas.compiled kb-bench kb-bench-pixel \
  kb-bench-probe >/dev/null || exit 1

if [[ -z ${KB_BENCH_INSIDE:-} ]]; then
  # Start the display: Xvfb, a session bus of its own, weston on it; then this script again.
  export KB_BENCH_INSIDE=1
  inner=$(mktemp)
  trap 'rm -f "$inner"' EXIT
  cat >"$inner" <<'INNER'
set -u
source "$KB_RUNNER_DIR/runner-lib.sh"
start_xvfb 1920x1080
export XDG_RUNTIME_DIR=$(mktemp -d)
chmod 700 "$XDG_RUNTIME_DIR"
unset WAYLAND_DISPLAY
"${compositor_env[@]}" weston --backend=x11-backend.so --output-count=1 --width=1920 \
  --height=1080 --no-config --socket=kb-bench >"$XDG_RUNTIME_DIR/weston.log" 2>&1 &
weston_pid=$!
trap 'kill $weston_pid 2>/dev/null; wait $weston_pid 2>/dev/null; kill $xvfb_pid; wait $xvfb_pid
      rm -rf "$XDG_RUNTIME_DIR"' EXIT
started weston $weston_pid "$XDG_RUNTIME_DIR/weston.log" test -S "$XDG_RUNTIME_DIR/kb-bench" \
  >/dev/null || { echo "weston could not start" >&2; exit 1; }
# Keys go to weston's output under the pointer; in a corner, the pointer stays out of the rows
# and the column kb-bench-pixel watches.
xdotool mousemove 1900 1060
export GDK_BACKEND=wayland WAYLAND_DISPLAY=kb-bench
"$@"
INNER
  in_session bash "$inner" "$0" --build "$build" "$command" "$@"
  exit $?
fi

# From here on inside the display.
unset GSK_RENDERER GDK_DEBUG
work=$(mktemp -d)
trap '[[ -n ${KB_BENCH_KEEP:-} ]] && echo "kept $work" >&2 || rm -rf "$work"' EXIT
app=${KB_BENCH_APP:-$build/src/kletsborden}   # KB_BENCH_APP: another build of it, to compare
deck_default=$top/cards/eigen-schroom.json

loadavg () { echo "loadavg.$1 $(cut -d' ' -f1-3 /proc/loadavg)"; }

# The environment of a user's start, made repeatable: the uninstalled build's schema and
# decks, no kept session to offer (a fresh state folder each run), settings in memory. The
# shader cache of each side is kept between runs, as on a laptop after its first start.
app_env () {   # app_env SIDE RUN
  local state=$work/state-$1-$2
  mkdir -p "$state" "$work/cache-$1"
  echo env GSETTINGS_SCHEMA_DIR="$build/assets" GSETTINGS_BACKEND=memory \
    KLETSBORDEN_CARDS_DIR="$top/cards" KLETSBORDEN_LOCALEDIR="$build/po" LANG=C.UTF-8 \
    XDG_STATE_HOME="$state" XDG_CONFIG_HOME="$state" XDG_DATA_HOME="$state" \
    XDG_CACHE_HOME="$work/cache-$1"
}

# cairo, gl → GSK_RENDERER=…; default → what the program chooses (GSK_RENDERER unset above).
renderer_env () {
  [[ $1 != default ]] && echo GSK_RENDERER=$1 || echo KB_BENCH_RENDERER=default
}

bench_startup () {
  local runs=${1:-9} deck=${2:-$deck_default} side r renderer what order out shots
  local -a sides=()
  deck=$(realpath "$deck")
  for renderer in ${RENDERERS:-cairo default}; do
    sides+=(probe-$renderer app-$renderer)
    # KB_BENCH_APP_BEFORE=PROGRAM: an older build as a side of its own, for before and after.
    [[ -n ${KB_BENCH_APP_BEFORE:-} ]] && sides+=(before-$renderer)
  done
  loadavg before
  # One start of each side first, not counted: the page cache and the shader caches warm up.
  for r in $(seq 0 "$runs"); do
    # Each run starts its sides in another order, so no side always comes first.
    order=("${sides[@]:r % ${#sides[@]}}" "${sides[@]:0:r % ${#sides[@]}}")
    for side in "${order[@]}"; do
      renderer=${side#*-}
      case $side in
        probe-*) what=("$build/tests/bench/kb-bench-probe") ;;
        before-*) what=("$KB_BENCH_APP_BEFORE" --present "$deck") ;;
        *) what=("$app" --present "$deck") ;;
      esac
      # KB_BENCH_PIXEL_SHOTS=DIR: the screen at each change and the frame log with the marks of the
      # start, in DIR/SIDE-RUN/ (see kb-bench-pixel).
      shots=
      if [[ -n ${KB_BENCH_PIXEL_SHOTS:-} ]]; then
        shots="KB_BENCH_PIXEL_SHOTS=$KB_BENCH_PIXEL_SHOTS/$side-$r
               KLETSBORDEN_FRAME_LOG=$KB_BENCH_PIXEL_SHOTS/$side-$r/frames.log"
        mkdir -p "$KB_BENCH_PIXEL_SHOTS/$side-$r"
      fi
      out=$($(app_env "$side" "$r") $(renderer_env "$renderer") $shots \
        "$build/tests/bench/kb-bench-pixel" -- "${what[@]}" 2>"$work/err") ||
        { echo "startup: $side failed: $(tail -3 "$work/err")" >&2; return 1; }
      # KB_BENCH_PIXEL_TRACE=1: when the screen changed, for each start.
      [[ -n ${KB_BENCH_PIXEL_TRACE:-} ]] && echo "$side:" $(grep '^change\|^launch' "$work/err")
      if (( r > 0 )); then echo "$side $r" $out >>"$work/startup"; fi
    done
  done
  loadavg after
  python3 - "$work/startup" <<'PY'
import collections, statistics, sys
runs = collections.defaultdict(dict)
for line in open(sys.argv[1]):
    f = line.split()
    runs[int(f[1])][f[0]] = {f[i]: float(f[i + 1]) for i in range(2, len(f) - 1, 2)}
sides = sorted({s for r in runs.values() for s in r})
print(f"startup.runs {len(runs)} (each side once per run, interleaved; medians)")
for side in sides:
    for key in ("first_change_ms", "settled_ms"):
        print(f"startup.{side}.{key} {statistics.median(r[side][key] for r in runs.values()):.0f}")
for renderer in sorted({s.split('-', 1)[1] for s in sides}):
    for app in (f"app-{renderer}", f"before-{renderer}"):
        probe = f"probe-{renderer}"
        if app in sides and probe in sides:
            ratios = sorted(r[app]["settled_ms"] / r[probe]["settled_ms"] for r in runs.values())
            print(f"startup.ratio.{app} {statistics.median(ratios):.2f} "
                  f"(pairwise median; range {ratios[0]:.2f}–{ratios[-1]:.2f})")
PY
}

# frames_of LOG: the animations in a frame log (kb-frame-log.c), as figures. Frames closer
# than 400 ms belong to one animation (the script leaves 1.2 s between keys); within one, a
# gap of k refresh intervals between two frames on screen means k − 1 frames dropped.
frames_of () {
  python3 - "$@" <<'PY'
import statistics, sys
import collections
path, name = sys.argv[1], sys.argv[2]
cpu = int(sys.argv[3]) if len(sys.argv) > 3 else None
windows = collections.defaultdict(list)
for line in open(path):
    f = line.split()
    if f[0] == "frame":
        present, refresh = int(f[4]), int(f[5])
        windows[f[1]].append((present if present > 0 else int(f[3]), refresh, present > 0))
if not windows:
    print(f"frames.{name} none")
# The window that animated most: the room's view when presenting, else the main window.
frames = max(windows.values(), key=len) if windows else []
refresh = statistics.median(r for _, r, _ in frames if r > 0) if frames else 16667
animations, current = [], [frames[0][0]] if frames else []
for t, _, _ in frames[1:]:
    if t - current[-1] > 400000:
        animations.append(current); current = []
    current.append(t)
animations.append(current)
animations = [a for a in animations if len(a) > 2]
intervals = [(b - a) / 1000 for anim in animations for a, b in zip(anim, anim[1:])]
dropped = sum(max(0, round(i * 1000 / refresh) - 1) for i in intervals)
frames_n = sum(len(a) for a in animations)
span = sum((a[-1] - a[0]) / 1e6 for a in animations)
shown = sum(1 for _, _, p in frames if p)
print(f"frames.{name}.animations {len(animations)}")
print(f"frames.{name}.frames {frames_n} (with the compositor's presentation time: "
      f"{shown} of {len(frames)})")
print(f"frames.{name}.refresh_ms {refresh / 1000:.2f}")
if span:
    print(f"frames.{name}.fps {(frames_n - len(animations)) / span:.1f}")
print(f"frames.{name}.dropped {dropped} of {dropped + frames_n - len(animations)}")
# The work per frame, which a busy machine does not stretch as it stretches the frame times:
# all the process's CPU time during the keys, over the frames it drew in that time.
if cpu is not None and frames:
    print(f"frames.{name}.cpu_ms_per_frame {cpu / len(frames):.1f} ({cpu} ms over {len(frames)} "
          f"frames; 60 fps needs under 16.7 on one core)")
if intervals:
    q = sorted(intervals)
    print(f"frames.{name}.interval_ms median {statistics.median(q):.1f} "
          f"p95 {q[int(0.95 * (len(q) - 1))]:.1f} worst {q[-1]:.1f}")
PY
}

# start_app SIDE ARGS…: starts the app (the probe for a SIDE ending in -probe) with a frame log;
# sets pid and framelog, waits until its first frames are logged and it has drawn for a while.
start_app () {
  local side=$1 program=$app; shift
  [[ $side == *-probe ]] && program=$build/tests/bench/kb-bench-probe
  framelog=$work/frames-$side.log
  : >"$framelog"
  $(app_env "$side" 0) $(renderer_env "${side%%-*}") KLETSBORDEN_FRAME_LOG="$framelog" \
    "$program" "$@" >"$work/app-$side.log" 2>&1 &
  pid=$!
  for _ in $(seq 600); do [[ -s $framelog ]] && break; sleep 0.05; done
  quiet 2000
}

# grown: waits (2 s at most) until the frame log grows: the key's animation began.
grown () {
  local size
  size=$(stat -c %s "$framelog")
  for _ in $(seq 40); do
    (( $(stat -c %s "$framelog") > size )) && return 0
    sleep 0.05
  done
}

# quiet MS: waits until the frame log has not grown for MS ms (the animation ran out).
quiet () {
  local size=-1 same=0 step=50
  while (( same * step < $1 )); do
    local now
    now=$(stat -c %s "$framelog")
    if [[ $now == "$size" ]]; then same=$((same + 1)); else same=0; size=$now; fi
    sleep 0.05
  done
}

# cpu_ms: the CPU time (user and system, all threads) the app's process has used so far.
cpu_ms () {
  awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$pid/stat"
}

stop_app () { kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }

# space_frames NAME KEYS PAUSE: presses Space KEYS times, PAUSE seconds apart, on the program
# start_app started, then stops it and prints the figures of its frames as NAME.
space_frames () {
  local cpu_start cpu
  : >"$framelog"
  cpu_start=$(cpu_ms)
  for _ in $(seq "$2"); do xdotool key space; sleep "$3"; done
  cpu=$(( $(cpu_ms) - cpu_start ))
  stop_app
  frames_of "$framelog" "$1" "$cpu"
}

bench_frames () {
  local keys=${1:-20} deck=${2:-$deck_default} renderer parts=${PARTS:-probe cards board}
  deck=$(realpath "$deck")
  loadavg before
  for renderer in ${RENDERERS:-cairo default}; do
    if [[ $parts == *probe* ]]; then
      start_app "$renderer-probe" --slide
      xdotool key space; quiet 1000   # the first slide shows the first card
      space_frames "$renderer.probe" "$keys" 1.2
    fi
    if [[ $parts == *cards* ]]; then
      start_app "$renderer-cards" --present "$deck"
      space_frames "$renderer.cards" "$keys" 1.2
    fi
    [[ $parts == *board* ]] || continue
    start_app "$renderer-board" --board "$deck"
    xdotool key Return; quiet 1000      # the new game's page: start with its defaults
    space_frames "$renderer.board" "$keys" 2.5
  done
  loadavg after
}

rss () { awk -v k="$1:" '$1 == k { printf "%.1f", $2 / 1024 }' "/proc/$pid/status"; }

bench_memory () {
  local cards=${1:-1000} renderer i
  "$build/tests/bench/kb-bench" write-deck 1000 "$work/deck-1000.json" || return 1
  loadavg before
  for renderer in ${RENDERERS:-cairo default}; do
    start_app "$renderer-memory" --present "$work/deck-1000.json"
    echo "memory.$renderer.start rss_mb $(rss VmRSS) peak_mb $(rss VmHWM)"
    for i in $(seq "$cards"); do
      xdotool key space
      grown
      quiet 150
      (( i == 100 )) && echo "memory.$renderer.after_100 rss_mb $(rss VmRSS) peak_mb $(rss VmHWM)"
    done
    echo "memory.$renderer.after_$cards rss_mb $(rss VmRSS) peak_mb $(rss VmHWM)"
    stop_app
  done
  loadavg after
}

"bench_$command" "$@"
