#!/usr/bin/env bash
# Starts Canvasboard under a virtual 1920x1080 display, waits for the window and saves a
# screenshot of the whole screen. Needs: apt-get install -y xvfb libgtk-3-0 xdotool imagemagick
# Usage: .ci/screenshot.sh OUT.png [seconds-to-wait] [project-file]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/screenshot.png}
wait=${2:-20}
args=${3:-}
display=:97
Xvfb $display -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display mvn -q -B javafx:run ${args:+-Djavafx.args="$args"} >target/screenshot-run.log 2>&1 &
app=$!
sleep "$wait"
DISPLAY=$display import -window root "$out"
echo "screenshot: $out"
