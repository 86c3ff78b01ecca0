#!/bin/sh
# Builds Canvasboard for Linux with the JDK's jpackage and a jlink-trimmed runtime:
#   packaging/package-linux.sh            -> target/dist/Canvasboard        (app image)
#   packaging/package-linux.sh deb        -> target/dist/canvasboard_<version>_amd64.deb
# The image starts with class data sharing: a training run lists the classes used at start-up
# (under Xvfb when xvfb-run is installed, so the window's classes are included), and
# lib/app/make-cds-archive.sh turns the list into an archive for the place the app is installed. Set SKIP_BUILD=1 to use what 'mvn package' left in
# target/ (mvn verify does this on Linux to test the packaged program).
set -eu
cd "$(dirname "$0")/.."
TYPE=${1:-app-image}
JDK=${JPACKAGE_JDK:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}}
VER=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 1p)
JIT=$(sed -n 's:.*<app.jitOption>\(.*\)</app.jitOption>.*:\1:p' pom.xml)
IMG=target/dist/Canvasboard

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B clean package -DskipTests
fi
rm -rf target/jp target/dist
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DexcludeGroupIds=org.openjfx \
    -DoutputDirectory=target/jp/lib
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DincludeGroupIds=org.openjfx \
    -DincludeClassifiers=linux -DoutputDirectory=target/jp/javafx
cp "target/canvasboard-$VER.jar" target/jp/lib/

"$JDK/bin/jpackage" --type app-image --dest target/dist --name Canvasboard --app-version "$VER" \
  --vendor "Canvasboard" --description "Offline editor for business model canvases" \
  --icon assets/canvasboard-256.png \
  --input target/jp/lib --main-jar "canvasboard-$VER.jar" --main-class org.canvasboard.app.Launcher \
  --module-path target/jp/javafx \
  --add-modules javafx.controls,javafx.swing,java.sql,java.logging,java.prefs,java.management,java.xml,jdk.unsupported \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2" \
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" --java-options "$JIT"

# class data sharing: list the classes used at start-up (with a window under Xvfb when xvfb-run
# is installed, else a headless 'check'), ship the list, and dump the archive where the app lives
LIST="$IMG/lib/app/canvasboard.classlist"
EXAMPLE=src/main/resources/org/canvasboard/app/example.canvasboard
TRAINING="-XX:DumpLoadedClassList=$LIST -Dcanvasboard.home=$PWD/target/jp/training-home"
if command -v xvfb-run >/dev/null 2>&1; then
  JAVA_TOOL_OPTIONS="$TRAINING" timeout 120 xvfb-run -a "$IMG/bin/Canvasboard" --exit-after-first-frame \
    >/dev/null 2>&1 || true
fi
if [ ! -s "$LIST" ]; then
  JAVA_TOOL_OPTIONS="$TRAINING" "$IMG/bin/Canvasboard" check "$EXAMPLE" >/dev/null 2>&1 || true
fi
cp packaging/linux/make-cds-archive.sh "$IMG/lib/app/"
sed -i 's|^\[JavaOptions\]$|[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/canvasboard.jsa\njava-options=-Xshare:auto\njava-options=-Xlog:cds=off\njava-options=-Xlog:cds+dynamic=off|' \
  "$IMG/lib/app/Canvasboard.cfg"
if [ "$TYPE" = deb ]; then
  rm -f "$IMG/lib/app/canvasboard.jsa"   # the package makes it for /opt/canvasboard when installed
else
  sh "$IMG/lib/app/make-cds-archive.sh" "$PWD/$IMG"
fi

if [ "$TYPE" = deb ]; then
  "$JDK/bin/jpackage" --type deb --dest target/dist --app-image "$IMG" --name Canvasboard \
    --app-version "$VER" --vendor "Canvasboard" --description "Offline editor for business model canvases" \
    --linux-package-name canvasboard --linux-package-deps libgtk-3-0 --linux-app-category Office \
    --file-associations packaging/canvasboard-files.properties --resource-dir packaging/linux
fi
echo "built: $(ls -d target/dist/* | tr '\n' ' ')"
