#!/bin/sh
# Builds a Linux app image of Canvasboard (target/dist/Canvasboard) with the JDK's jpackage and
# a jlink-trimmed runtime; pass "deb" to build a .deb instead (needs fakeroot and dpkg-deb).
# JavaFX modules come from Maven Central's *-linux.jar modular jars, so no jmods are needed.
set -eu
cd "$(dirname "$0")/.."
JDK=${JPACKAGE_JDK:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}}
TYPE=${1:-app-image}
VER=$(sed -n "s:.*<version>\(.*\)</version>.*:\1:p" pom.xml | sed -n 1p)
mvn -q -B clean package -DskipTests
rm -rf target/jp target/dist
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DexcludeGroupIds=org.openjfx \
    -DoutputDirectory=target/jp/lib
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DincludeGroupIds=org.openjfx \
    -DincludeClassifiers=linux -DoutputDirectory=target/jp/javafx
cp "target/canvasboard-$VER.jar" target/jp/lib/
EXTRA=""
[ "$TYPE" = deb ] && EXTRA="--linux-package-deps libgtk-3-0"
"$JDK/bin/jpackage" --type "$TYPE" --dest target/dist --name Canvasboard --app-version "$VER" \
  --vendor "Canvasboard" --icon assets/canvasboard-256.png \
  --input target/jp/lib --main-jar "canvasboard-$VER.jar" --main-class org.canvasboard.app.Launcher \
  --module-path target/jp/javafx \
  --add-modules javafx.controls,javafx.swing,java.sql,java.logging,java.prefs,jdk.unsupported \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands --compress=2" \
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" \
  $EXTRA
echo "built: target/dist"
