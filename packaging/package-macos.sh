#!/bin/sh
# Builds Canvasboard.dmg on macOS with the JDK's jpackage (run on a Mac with JDK 17+ and Maven).
# Not run by CI, which is Linux; the Linux script is the tested one and this mirrors it.
set -eu
cd "$(dirname "$0")/.."
JDK=${JPACKAGE_JDK:-$(/usr/libexec/java_home)}
VER=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 1p)
JIT=$(sed -n 's:.*<app.jitOption>\(.*\)</app.jitOption>.*:\1:p' pom.xml)
mvn -q -B clean package -DskipTests -DskipPackaging
rm -rf target/jp target/dist
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DexcludeGroupIds=org.openjfx -DoutputDirectory=target/jp/lib
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DincludeGroupIds=org.openjfx \
    -DincludeClassifiers=mac,mac-aarch64 -DoutputDirectory=target/jp/javafx
cp "target/canvasboard-$VER.jar" target/jp/lib/
"$JDK/bin/jpackage" --type dmg --dest target/dist --name Canvasboard --app-version "$VER" \
  --vendor "Canvasboard" --icon assets/canvasboard.icns \
  --input target/jp/lib --main-jar "canvasboard-$VER.jar" --main-class org.canvasboard.app.Launcher \
  --module-path target/jp/javafx \
  --add-modules javafx.controls,javafx.swing,java.sql,java.logging,java.prefs,java.management,java.xml,jdk.unsupported \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2" \
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" --java-options "$JIT" \
  --file-associations packaging/canvasboard-files.properties \
  --mac-package-identifier org.canvasboard.app
echo "built: target/dist"
