# Builds a Canvasboard installer (.msi) on Windows with the JDK's jpackage.
# Needs JDK 17+, Maven and the WiX Toolset 3 on the PATH (jpackage uses it for .msi).
# Not run by CI, which is Linux; the Linux script is the tested one and this mirrors it.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$jdk = if ($env:JPACKAGE_JDK) { $env:JPACKAGE_JDK } else { $env:JAVA_HOME }
[xml]$pom = Get-Content pom.xml
$ver = $pom.project.version
$jit = $pom.project.properties.'app.jitOption'
mvn -q -B clean package -DskipTests -DskipPackaging
Remove-Item -Recurse -Force target/jp, target/dist -ErrorAction SilentlyContinue
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DexcludeGroupIds=org.openjfx -DoutputDirectory=target/jp/lib
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DincludeGroupIds=org.openjfx `
    -DincludeClassifiers=win -DoutputDirectory=target/jp/javafx
Copy-Item "target/canvasboard-$ver.jar" target/jp/lib/
& "$jdk/bin/jpackage" --type msi --dest target/dist --name Canvasboard --app-version $ver `
  --vendor "Canvasboard" --icon assets/canvasboard.ico `
  --input target/jp/lib --main-jar "canvasboard-$ver.jar" --main-class org.canvasboard.app.Launcher `
  --module-path target/jp/javafx `
  --add-modules "javafx.controls,javafx.swing,java.sql,java.logging,java.prefs,java.management,java.xml,jdk.unsupported" `
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=2" `
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" --java-options $jit `
  --file-associations packaging/canvasboard-files.properties `
  --win-menu --win-shortcut --win-dir-chooser
Write-Output "built: target/dist"
