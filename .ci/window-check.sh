#!/usr/bin/env bash
# Real-display window check: Canvasboard on a virtual 1920x1080 screen WITH a window manager
# (openbox), where window sizing, maximizing and dialog placement behave as on a desktop (Xvfb
# alone or JavaFX's headless platform hide the bugs this looks for). It checks that
#   - the first window opens at its intended size (1440 x 900 on this screen), not 200 x 200;
#   - each dialog and file chooser (Open, Save as, Export PNG, Keyboard shortcuts) has a title
#     bar, is centred on the main window, and leaves the main window's size, position and
#     maximized state as they were when it closes, both in a normal and a maximized window;
#   - an un-maximized window goes back to its old size and place;
#   - a maximized window opens maximized at the next start, and un-maximizes to its old size.
# Screenshots of every step go to target/window-check/ (look at them).
# Needs: apt-get install -y xvfb openbox wmctrl xdotool x11-utils imagemagick libgtk-3-0
# Usage: .ci/window-check.sh      (APP=path/to/bin/Canvasboard to check a packaged app; by default
#                                  the app image if built, else mvn javafx:run)
set -uo pipefail
cd "$(dirname "$0")/.."
OUT=$PWD/target/window-check
rm -rf "$OUT"; mkdir -p "$OUT/home" "$OUT/xdg"
export DISPLAY=:${WINDOW_CHECK_DISPLAY:-61}
failures=0
pids=()
cleanup() { for p in "${pids[@]}"; do kill -- -"$p" 2>/dev/null; kill "$p" 2>/dev/null; done; }
trap cleanup EXIT

say() { echo "window-check: $*"; }
fail() { say "FAIL: $*"; failures=$((failures + 1)); }
shot() { import -window root "$OUT/$1.png" 2>/dev/null; }

setsid Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
sleep 1
HOME=$OUT/home setsid openbox >/dev/null 2>&1 & pids+=($!)
sleep 1

app=${APP:-}
[ -z "$app" ] && [ -x target/dist/Canvasboard/bin/Canvasboard ] && app=target/dist/Canvasboard/bin/Canvasboard

start_app() {
  if [ -n "$app" ]; then
    HOME=$OUT/home XDG_CONFIG_HOME=$OUT/xdg setsid "$app" >>"$OUT/app.log" 2>&1 & app_pid=$!
  else
    HOME=$OUT/home XDG_CONFIG_HOME=$OUT/xdg setsid mvn -q javafx:run >>"$OUT/app.log" 2>&1 & app_pid=$!
  fi
  pids+=("$app_pid")
  for _ in $(seq 1 120); do
    main=$(main_window)
    [ -n "$main" ] && break
    sleep 1
  done
  [ -n "$main" ] || { fail "no Canvasboard window appeared"; tail -20 "$OUT/app.log"; exit 1; }
  sleep 3   # the window settles (the side panel is built after the first frame)
}

# the editor's window: its title ends in "Canvasboard"
main_window() { wmctrl -l | awk '/Canvasboard$/ {print $1; exit}'; }
# x y width height of a window's client area, as the window manager has it
geometry() { wmctrl -lG | awk -v id="$1" '$1 == id {print $3, $4, $5, $6}'; }
maximized() { xprop -id "$1" _NET_WM_STATE | grep -q "_NET_WM_STATE_MAXIMIZED_VERT.*_NET_WM_STATE_MAXIMIZED_HORZ\|_NET_WM_STATE_MAXIMIZED_HORZ.*_NET_WM_STATE_MAXIMIZED_VERT" && echo yes || echo no; }
title_bar() { xprop -id "$1" _NET_FRAME_EXTENTS | awk -F', ' '{print $3 + 0}'; }
others() { wmctrl -l | awk -v main="$main" '$1 != main {print $1}'; }

# opens a dialog with KEYS, checks it, closes it with Escape and checks the main window again
check_dialog() {
  local name=$1; shift
  local before state_before dialog=""
  before=$(geometry "$main"); state_before=$(maximized "$main")
  xdotool windowactivate --sync "$main" 2>/dev/null; sleep 0.5
  xdotool key --delay 100 "$@"
  for _ in $(seq 1 20); do
    dialog=$(others | head -1)
    [ -n "$dialog" ] && break
    sleep 0.5
  done
  if [ -z "$dialog" ]; then fail "$name: no dialog opened"; return; fi
  sleep 1.5
  shot "$name-open"
  local title; title=$(wmctrl -l | awk -v id="$dialog" '$1 == id {$1=$2=$3=""; sub(/^ +/, ""); print}')
  [ -n "$title" ] || fail "$name: the dialog has no title"
  local bar; bar=$(title_bar "$dialog")
  [ "$bar" -gt 0 ] || fail "$name: the dialog has no title bar"
  xprop -id "$dialog" WM_TRANSIENT_FOR | grep -q "window id" || fail "$name: the dialog is not owned by the main window"
  read -r mx my mw mh <<<"$(geometry "$main")"
  read -r dx dy dw dh <<<"$(geometry "$dialog")"
  local ox=$(( (dx + dw / 2) - (mx + mw / 2) )) oy=$(( (dy + dh / 2) - (my + mh / 2) ))
  # centred: the two centres within a tenth of the main window (JavaFX centres a dialog a
  # little above the middle, as desktops do)
  if [ ${ox#-} -gt $((mw / 10)) ] || [ ${oy#-} -gt $((mh / 10 + 40)) ]; then
    fail "$name: dialog at $dx,$dy ${dw}x$dh is not centred on the window at $mx,$my ${mw}x$mh"
  fi
  [ "$(geometry "$main")" = "$before" ] || fail "$name: opening it changed the main window: $before -> $(geometry "$main")"
  xdotool windowactivate --sync "$dialog" 2>/dev/null; sleep 0.3
  xdotool key Escape
  for _ in $(seq 1 20); do [ -z "$(others)" ] && break; sleep 0.3; done
  [ -z "$(others)" ] || { fail "$name: Escape did not close the dialog"; wmctrl -c "$title"; sleep 1; }
  sleep 1
  shot "$name-closed"
  [ "$(geometry "$main")" = "$before" ] || fail "$name: closing it changed the main window: $before -> $(geometry "$main")"
  [ "$(maximized "$main")" = "$state_before" ] || fail "$name: the window's maximized state went from $state_before to $(maximized "$main")"
  say "$name: '$title' $dw x $dh, centred (off by $ox, $oy), title bar $bar px, main window unchanged"
}

dialogs() {
  check_dialog "$1-open-file" ctrl+o
  check_dialog "$1-save-as" ctrl+shift+s
  check_dialog "$1-export-png" ctrl+shift+e
  check_dialog "$1-shortcuts" F1
}

start_app
shot first-window
read -r _ _ w h <<<"$(geometry "$main")"
if [ "$w" -ge 1400 ] && [ "$w" -le 1480 ] && [ "$h" -ge 860 ] && [ "$h" -le 940 ]; then
  say "first window: ${w}x$h"
else
  fail "the first window is ${w}x$h, not about 1440x900"
fi
dialogs normal
normal=$(geometry "$main")

wmctrl -i -r "$main" -b add,maximized_vert,maximized_horz; sleep 2
[ "$(maximized "$main")" = yes ] || fail "the window did not maximize"
shot maximized
dialogs maximized

# un-maximized, the window goes back to its size and place from before
wmctrl -i -r "$main" -b remove,maximized_vert,maximized_horz; sleep 2
shot unmaximized-in-session
[ "$(geometry "$main")" = "$normal" ] || fail "un-maximized, the window is at $(geometry "$main"), not back at $normal"
wmctrl -i -r "$main" -b add,maximized_vert,maximized_horz; sleep 2

# quit while maximized: the next start opens maximized, and un-maximizing gives the old size
xdotool windowactivate --sync "$main" 2>/dev/null; xdotool key ctrl+q
for _ in $(seq 1 30); do [ -z "$(main_window)" ] && break; sleep 0.5; done
[ -z "$(main_window)" ] || fail "Ctrl+Q did not close the editor"
sleep 1
start_app
shot restarted
[ "$(maximized "$main")" = yes ] || fail "a window closed maximized did not open maximized"
wmctrl -i -r "$main" -b remove,maximized_vert,maximized_horz; sleep 2
shot unmaximized
read -r _ _ w2 h2 <<<"$(geometry "$main")"
read -r _ _ w1 h1 <<<"$normal"
if [ $(( w2 - w1 )) -gt 4 ] || [ $(( w1 - w2 )) -gt 4 ] || [ $(( h2 - h1 )) -gt 4 ] || [ $(( h1 - h2 )) -gt 4 ]; then
  fail "un-maximized after a restart the window is ${w2}x$h2, not its old ${w1}x$h1"
else
  say "restart: opened maximized, un-maximized to ${w2}x$h2"
fi
xdotool windowactivate --sync "$main" 2>/dev/null; xdotool key ctrl+q; sleep 2

if [ "$failures" -gt 0 ]; then
  say "$failures problem(s); screenshots in $OUT"
  exit 1
fi
say "all checks passed; screenshots in $OUT"
