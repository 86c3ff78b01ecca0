#!/bin/sh
# Makes Canvasboard's class data sharing archive for the place it is installed in, so it starts
# faster. The archive is tied to the absolute paths of the jars: run this again after moving the
# app image (the .deb runs it when installing). Usage: make-cds-archive.sh [APP_DIR]
set -eu
APP=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
CFG="$APP/lib/app/Canvasboard.cfg"
LIST="$APP/lib/app/canvasboard.classlist"
[ -f "$LIST" ] || { echo "no class list at $LIST" >&2; exit 0; }
CP=$(sed -n 's|^app.classpath=\$APPDIR|'"$APP"'/lib/app|p' "$CFG" | paste -sd: -)
rm -f "$APP/lib/app/canvasboard.jsa"
"$APP/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$LIST" \
  -XX:SharedArchiveFile="$APP/lib/app/canvasboard.jsa" \
  --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED -cp "$CP" >/dev/null 2>&1 \
  && echo "Canvasboard: start-up archive ready" \
  || echo "Canvasboard: no start-up archive (it starts without one)" >&2
