#!/bin/sh
# Builds Canvasboard.dmg on macOS with the JDK's jpackage (run on a Mac with a JDK 25 and Maven).
# Not run by CI, which is Linux; the Linux script is the tested one and this mirrors it: an app
# image first, then a training run that writes the Java AOT cache (the editor starts on the
# bundled example and quits once its first window is drawn), then the .dmg made from that image.
set -eu
cd "$(dirname "$0")/.."
JDK=${JPACKAGE_JDK:-$(/usr/libexec/java_home -v 25+ 2>/dev/null || true)}
[ -x "$JDK/bin/jpackage" ] || { echo "Canvasboard is packaged with a JDK 25 or newer and none was found: install one (for example Temurin 25) or set JPACKAGE_JDK to its folder." >&2; exit 1; }
VER=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 1p)
JIT=$(sed -n 's:.*<app.jitOption>\(.*\)</app.jitOption>.*:\1:p' pom.xml)
mvn -q -B clean package -DskipTests -DskipPackaging
rm -rf target/jp target/dist
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DexcludeGroupIds=org.openjfx -DoutputDirectory=target/jp/lib
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DincludeGroupIds=org.openjfx \
    -DincludeClassifiers=mac,mac-aarch64 -DoutputDirectory=target/jp/javafx
cp "target/canvasboard-$VER.jar" target/jp/lib/
"$JDK/bin/jpackage" --type app-image --dest target/dist --name Canvasboard --app-version "$VER" \
  --vendor "Canvasboard" --icon assets/canvasboard.icns \
  --input target/jp/lib --main-jar "canvasboard-$VER.jar" --main-class org.canvasboard.app.Launcher \
  --module-path target/jp/javafx \
  --add-modules javafx.controls,javafx.swing,java.sql,java.logging,java.prefs,java.management,java.xml,jdk.unsupported \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=zip-9" \
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" --java-options "$JIT" \
  --java-options "--enable-native-access=javafx.graphics" --java-options "--sun-misc-unsafe-memory-access=allow" \
  --mac-package-identifier org.canvasboard.app
APP=target/dist/Canvasboard.app
SCRATCH=$(mktemp -d)
JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$PWD/$APP/Contents/app/canvasboard.aot -Dcanvasboard.home=$SCRATCH" \
  "$APP/Contents/MacOS/Canvasboard" --exit-after-first-frame || true
rm -rf "$SCRATCH"
if [ -s "$APP/Contents/app/canvasboard.aot" ]; then
  sed -i '' 's|^\[JavaOptions\]$|[JavaOptions]\
java-options=-XX:AOTCache=$APPDIR/canvasboard.aot\
java-options=-Xlog:aot=off\
java-options=-Xlog:cds=off|' "$APP/Contents/app/Canvasboard.cfg"
else
  echo "Canvasboard: no start-up cache (it starts without one)" >&2
fi
"$JDK/bin/jpackage" --type dmg --dest target/dist --app-image "$APP" --name Canvasboard --app-version "$VER" \
  --vendor "Canvasboard" --file-associations packaging/canvasboard-files.properties \
  --mac-package-identifier org.canvasboard.app
echo "built: target/dist"
