#!/usr/bin/env bash
# Runs test-screen-unplug in an X server of its own with two screens (Xorg with the dummy
# driver: unlike Xvfb it has RandR outputs that can be switched off, as a projector unplugged).
set -u
test_program=$1
xorg=$(command -v Xorg || true)
if [[ -z $xorg ]] || [[ ! -e /usr/lib/xorg/modules/drivers/dummy_drv.so ]] || ! command -v xrandr >/dev/null; then
  echo "1..0 # SKIP needs Xorg with the dummy driver and xrandr"; exit 77
fi

work=$(mktemp -d)
for n in $(seq 40 99); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || break; done
export DISPLAY=:$n
cat >"$work/xorg.conf" <<'CONF'
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 256000
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual 3840 1080
  EndSubSection
EndSection
CONF
"$xorg" "$DISPLAY" -config "$work/xorg.conf" -noreset -nolisten tcp -logfile "$work/xorg.log" \
  >"$work/xorg.out" 2>&1 &
xorg_pid=$!
trap 'kill $xorg_pid 2>/dev/null; wait $xorg_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do xrandr >/dev/null 2>&1 && break; sleep 0.05; done
if ! xrandr >/dev/null 2>&1; then
  echo "1..0 # SKIP Xorg could not start here"; tail -5 "$work/xorg.log"; exit 77
fi
xrandr --addmode DUMMY1 1920x1080
xrandr --output DUMMY0 --mode 1920x1080 --pos 0x0 --output DUMMY1 --mode 1920x1080 --pos 1920x0

for _ in $(seq 100); do xrandr --listmonitors | grep -q "Monitors: 2" && break; sleep 0.05; done
xrandr --listmonitors | grep -q "Monitors: 2" || { echo "Bail out! the X server did not get two screens"; exit 1; }
KB_TEST_UNPLUG_COMMAND="xrandr --output DUMMY1 --off" GDK_BACKEND=x11 "$test_program"
