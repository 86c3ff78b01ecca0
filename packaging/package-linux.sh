#!/bin/sh
# Builds Canvasboard for Linux with the JDK's jpackage and a jlink-trimmed runtime:
#   packaging/package-linux.sh            -> target/dist/Canvasboard        (app image)
#   packaging/package-linux.sh deb        -> target/dist/canvasboard_<version>_amd64.deb
# The image starts from a Java AOT cache (lib/app/canvasboard.aot): a training run starts the
# editor on the bundled example and quits once its first window is drawn, under Xvfb when
# xvfb-run is installed, else on JavaFX's headless platform; the classes it loaded and linked,
# and the methods it profiled, are kept for every later start. Set SKIP_BUILD=1 to use what
# 'mvn package' left in target/ (mvn verify does this on Linux to test the packaged program).
# The JDK 25 is found by packaging/find-jdk.sh (JPACKAGE_JDK overrides it).
set -eu
cd "$(dirname "$0")/.."
TYPE=${1:-app-image}
JDK=$(sh packaging/find-jdk.sh)
VER=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 1p)
JIT=$(sed -n 's:.*<app.jitOption>\(.*\)</app.jitOption>.*:\1:p' pom.xml)
IMG=target/dist/Canvasboard

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q -B clean package -DskipTests -DskipPackaging
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
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=zip-9" \
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" --java-options "$JIT" \
  --java-options "--enable-native-access=javafx.graphics" --java-options "--sun-misc-unsafe-memory-access=allow"

cp packaging/linux/make-aot-cache.sh "$IMG/lib/app/"
sh "$IMG/lib/app/make-aot-cache.sh" "$PWD/$IMG"

if [ "$TYPE" = deb ]; then
  "$JDK/bin/jpackage" --type deb --dest target/dist --app-image "$IMG" --name Canvasboard \
    --app-version "$VER" --vendor "Canvasboard" --description "Offline editor for business model canvases" \
    --linux-package-name canvasboard --linux-package-deps libgtk-3-0 --linux-app-category Office \
    --file-associations packaging/canvasboard-files.properties --resource-dir packaging/linux
fi
echo "built: $(ls -d target/dist/* | tr '\n' ' ')"
