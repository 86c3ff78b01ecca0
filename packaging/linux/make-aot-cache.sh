#!/bin/sh
# Makes Canvasboard's ahead-of-time cache (Java 25, JEP 483/514/515) so that it starts faster: a
# training run starts the editor on the bundled example and quits as soon as its first window is
# drawn; the JVM keeps the classes it loaded and linked and the methods it profiled in
# lib/app/canvasboard.aot, and the launcher's configuration names the cache. The run uses a real
# display when there is one (DISPLAY, or Xvfb through xvfb-run), else JavaFX's headless platform,
# so a machine without any display still gets a cache of a drawn window.
# Usage: make-aot-cache.sh [APP_DIR]   (the .deb runs it when installing)
set -eu
APP=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
CFG="$APP/lib/app/Canvasboard.cfg"
AOT="$APP/lib/app/canvasboard.aot"
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
# train without the old cache: the run writes a new one
sed -i '/AOTCache=\|-Xlog:aot\|-Xlog:cds/d' "$CFG"
rm -f "$AOT"
TRAINING="-XX:AOTCacheOutput=$AOT -Dcanvasboard.home=$SCRATCH"
train() {
  JAVA_TOOL_OPTIONS="$TRAINING ${1:-}" timeout 300 "$APP/bin/Canvasboard" --exit-after-first-frame \
    >"$SCRATCH/training.log" 2>&1 || true
}
if [ -z "${CANVASBOARD_TRAIN_HEADLESS:-}" ]; then
  if [ -n "${DISPLAY:-}" ]; then
    train
  elif command -v xvfb-run >/dev/null 2>&1; then
    JAVA_TOOL_OPTIONS="$TRAINING" timeout 300 xvfb-run -a -s "-screen 0 1920x1080x24" \
      "$APP/bin/Canvasboard" --exit-after-first-frame >"$SCRATCH/training.log" 2>&1 || true
  fi
fi
if [ ! -s "$AOT" ]; then
  DISPLAY= train "-Dglass.platform=Headless -Dprism.order=sw"
fi
if [ -s "$AOT" ] && grep -q "first frame after" "$SCRATCH/training.log"; then
  sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:AOTCache=$APPDIR/canvasboard.aot\njava-options=-Xlog:aot=off\njava-options=-Xlog:cds=off|' "$CFG"
  echo "Canvasboard: start-up cache ready ($(du -k "$AOT" | cut -f1) KB)"
else
  rm -f "$AOT"
  echo "Canvasboard: no start-up cache (it starts without one)" >&2
  sed 's/^/  /' "$SCRATCH/training.log" >&2
fi
