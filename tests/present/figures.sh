#!/usr/bin/env bash
# figures.sh [BUILDDIR] — the figures for issue 11, by hand (not in the suite; ~15 minutes):
#  1. the keys that reach the app in each mode, per compositor (every test of the suite
#     'present' once; each key press is a line "# key COMPOSITOR MODE KEY reached|LOST");
#  2. 20 launches of --present per compositor and pointer screen: where each window landed
#     (test-placement with KB_TEST_LANDING_ONLY=1: a fresh compositor and a fresh app each
#     time, the pointer on screen KB_TEST_POINTER_SCREEN before the start).
# Prints Markdown tables.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/_build}
launches=${KB_FIGURES_LAUNCHES:-20}
screens=${KB_FIGURES_SCREENS:-1 2}     # which pointer screens to launch with
keys=${KB_FIGURES_KEYS:-1}             # 0: only the launches
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

meson compile -C "$build" >/dev/null || exit 1
touch "$out/keys.json" "$out/landing-1.json" "$out/landing-2.json"
if (( keys )); then
  meson test -C "$build" --suite present --num-processes 1 >/dev/null
  cp "$build/meson-logs/testlog.json" "$out/keys.json"
fi

# One meson test per launch: meson's --repeat stops at the first failure.
for screen in $screens; do
  for _ in $(seq "$launches"); do
    KB_TEST_LANDING_ONLY=1 KB_TEST_POINTER_SCREEN=$screen \
      meson test -C "$build" --no-rebuild --num-processes 1 \
      placement-mutter-two placement-weston-two >/dev/null
    cat "$build/meson-logs/testlog.json" >>"$out/landing-$screen.json"
  done
done

python3 - "$out" <<'PY'
import collections, json, re, sys, os
out = sys.argv[1]

def lines(name):
    for record in open(os.path.join(out, name)):
        test = json.loads(record)
        for line in test["stdout"].splitlines():
            yield test["name"], line

keys = collections.OrderedDict()
for name, line in lines("keys.json"):
    if line.startswith("# key\t"):
        _, compositor, mode, key, result = line.split("\t")
        test = re.sub(r"-(mutter|weston|openbox)(-two)?$", "", name.split(" / ")[-1])
        keys.setdefault((test, compositor, mode), []).append((key, result))
print("## Keys that reach the app\n")
print("| test | compositor | mode | reached | lost |")
print("| --- | --- | --- | --- | --- |")
for (test, compositor, mode), results in keys.items():
    reached = [k for k, r in results if r == "reached"]
    lost = [k for k, r in results if r != "reached"]
    print(f"| {test} | {compositor} | {mode} | {len(reached)}/{len(results)} | "
          f"{' '.join(lost) or '—'} |")

print("\n## Where the windows land: --present, pointer on screen 1 or 2\n")
print("| compositor | pointer on | facilitator on | room on | launches | time to land (ms, median) |")
print("| --- | --- | --- | --- | --- | --- |")
for screen in (1, 2):
    counts = collections.Counter()
    times = collections.defaultdict(list)
    runs = collections.Counter()
    for name, line in lines(f"landing-{screen}.json"):
        if line.startswith("# landing\t") and "\tat start\t" in line:
            _, compositor, _, pointer, facilitator, room = line.split("\t")
            key = (compositor, pointer.replace("pointer on ", ""),
                   facilitator.replace("facilitator on ", ""), room.replace("room on ", ""))
            counts[key] += 1
            times[key].append(landed)
        m = re.match(r"# landed after (\d+) ms", line)
        if m:
            landed = int(m.group(1))
    for key, n in sorted(counts.items()):
        t = sorted(times[key])
        print(f"| {' | '.join(key)} | {n} | {t[len(t) // 2] if t else '—'} |")
PY
