#!/usr/bin/env bash
# Breaks the app's display logic on purpose, one bug at a time, and checks that a test catches
# each: the Rest square's prompt title, pawn placement on special squares (in src/render's
# layout, and the board view not using it), a card texture cache of one. Run by hand, not in
# the suite (it edits the sources and rebuilds):
#   xvfb-run -a dbus-run-session -- tests/mutate.sh [BUILDDIR]
# Every file is restored afterwards, also when the script is interrupted.
set -u
cd "$(dirname "$0")/.."
build=${1:-_build}
backup=$(mktemp -d)
trap 'restore; rm -rf "$backup"' EXIT
changed=()
caught=0
missed=0

restore() {
  for f in "${changed[@]}"; do cp "$backup/$(basename "$f")" "$f"; done
  changed=()
}

# mutate NAME FILE SED-EXPRESSION TEST [TEST-ARGS]: the test must fail with the change in.
mutate() {
  local name=$1 file=$2 expr=$3 test=$4 args=${5:-}
  cp "$file" "$backup/$(basename "$file")"
  changed=("$file")
  sed -i "$expr" "$file"
  if cmp -s "$file" "$backup/$(basename "$file")"; then
    echo "STALE  $name: the change no longer applies to $file; update this script"
    missed=$((missed + 1)); restore; return
  fi
  if ! meson compile -C "$build" >"$backup/build.log" 2>&1; then
    echo "BROKEN $name: does not build"; tail -5 "$backup/build.log"
    missed=$((missed + 1)); restore; return
  fi
  if meson test -C "$build" "$test" ${args:+--test-args "$args"} >"$backup/test.log" 2>&1; then
    echo "MISSED $name: $test still passes"
    missed=$((missed + 1))
  else
    echo "CAUGHT $name: $test fails"
    caught=$((caught + 1))
  fi
  restore
}

mutate "rest prompt title" src/app/board/kb-board-page-show.c \
  's/title = _("Rest");/title = _("Start");/' board-page "-p /board/page/rest-square"
mutate "pawns on special squares (render's layout)" src/render/kb-board-layout.c \
  's/base = layout->worded\[square\] ?/base = FALSE ?/' test-board-layout
mutate "pawns not where render's layout puts them (board view)" \
  src/app/board/kb-board-view-draw.c 's/cy = spots\[i\]\.y;/cy = spots[i].y + spots[i].size;/' \
  board-page "-p /board/page/pawns-where-render-puts-them"
mutate "card texture cache of one" src/app/play/kb-card-view.c \
  's/kb_card_textures_new (TEXTURE_BUDGET, MIN_TEXTURES)/kb_card_textures_new (1, 1)/' \
  play-page "-p /play/page/keys"

meson compile -C "$build" >/dev/null 2>&1
echo "$caught caught, $missed missed"
[[ $missed -eq 0 ]]
