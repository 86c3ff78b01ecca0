# Builds a Canvasboard installer (.msi) on Windows with the JDK's jpackage.
# Needs a JDK 25, Maven and the WiX Toolset 3 on the PATH (jpackage uses it for .msi).
# Not run by CI, which is Linux; the Linux script is the tested one and this mirrors it: an app
# image first, then a training run that writes the Java AOT cache (the editor starts on the
# bundled example and quits once its first window is drawn), then the .msi made from that image.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
$candidates = @($env:JPACKAGE_JDK, $env:JAVA_HOME) + (Get-ChildItem -Directory -ErrorAction SilentlyContinue `
    "$env:ProgramFiles\Eclipse Adoptium\jdk-2*", "$env:ProgramFiles\Java\jdk-2*", "$env:ProgramFiles\Microsoft\jdk-2*" |
    Sort-Object Name -Descending | ForEach-Object { $_.FullName })
$jdk = $candidates | Where-Object { $_ -and (Test-Path "$_\bin\jpackage.exe") -and
    ((Get-Content "$_\release" -ErrorAction SilentlyContinue) -match 'JAVA_VERSION="(2[5-9]|[3-9][0-9])') } |
    Select-Object -First 1
if (-not $jdk) { throw "Canvasboard is packaged with a JDK 25 or newer and none was found: install one (for example Temurin 25) or set JPACKAGE_JDK to its folder." }
[xml]$pom = Get-Content pom.xml
$ver = $pom.project.version
$jit = $pom.project.properties.'app.jitOption'
mvn -q -B clean package -DskipTests -DskipPackaging
Remove-Item -Recurse -Force target/jp, target/dist -ErrorAction SilentlyContinue
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DexcludeGroupIds=org.openjfx -DoutputDirectory=target/jp/lib
mvn -q -B dependency:copy-dependencies -DincludeScope=runtime -DincludeGroupIds=org.openjfx `
    -DincludeClassifiers=win -DoutputDirectory=target/jp/javafx
Copy-Item "target/canvasboard-$ver.jar" target/jp/lib/
& "$jdk/bin/jpackage" --type app-image --dest target/dist --name Canvasboard --app-version $ver `
  --vendor "Canvasboard" --icon assets/canvasboard.ico `
  --input target/jp/lib --main-jar "canvasboard-$ver.jar" --main-class org.canvasboard.app.Launcher `
  --module-path target/jp/javafx `
  --add-modules "javafx.controls,javafx.swing,java.sql,java.logging,java.prefs,java.management,java.xml,jdk.unsupported" `
  --jlink-options "--strip-debug --no-header-files --no-man-pages --compress=zip-9" `
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" --java-options $jit `
  --java-options "--enable-native-access=javafx.graphics" --java-options "--sun-misc-unsafe-memory-access=allow"
$app = Resolve-Path target/dist/Canvasboard
$scratch = New-Item -ItemType Directory -Path (Join-Path $env:TEMP "canvasboard-training-$PID")
$env:JAVA_TOOL_OPTIONS = "-XX:AOTCacheOutput=$app\app\canvasboard.aot -Dcanvasboard.home=$scratch"
Start-Process -Wait -FilePath "$app\Canvasboard.exe" -ArgumentList "--exit-after-first-frame"
Remove-Item Env:JAVA_TOOL_OPTIONS
Remove-Item -Recurse -Force $scratch
if (Test-Path "$app\app\canvasboard.aot") {
  $cfg = "$app\app\Canvasboard.cfg"
  (Get-Content $cfg) -replace '^\[JavaOptions\]$', "[JavaOptions]`njava-options=-XX:AOTCache=`$APPDIR\canvasboard.aot`njava-options=-Xlog:aot=off`njava-options=-Xlog:cds=off" |
    Set-Content $cfg
} else {
  Write-Warning "Canvasboard: no start-up cache (it starts without one)"
}
& "$jdk/bin/jpackage" --type msi --dest target/dist --app-image $app --name Canvasboard --app-version $ver `
  --vendor "Canvasboard" --file-associations packaging/canvasboard-files.properties `
  --win-menu --win-shortcut --win-dir-chooser
Write-Output "built: target/dist"
