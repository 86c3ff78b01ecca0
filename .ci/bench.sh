#!/usr/bin/env bash
# Runs Canvasboard's benchmarks and prints their figures (see docs/performance.md).
#   .ci/bench.sh          full run: JMH 3 warm-ups x 5 measurements, 7 start-up rounds
#   .ci/bench.sh quick    one short pass of each, to prove they work
# Start-up needs a display; without one an Xvfb server is started (apt-get install xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-full}
# the JDK 25 that builds Canvasboard (Maven finds it by itself; this is the shell's way)
JAVA="$(sh packaging/find-jdk.sh)/bin/java"
mvn -q -B test-compile -DskipTests
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
if [ "$mode" = quick ]; then JMH="-f 1 -wi 1 -i 1 -w 1s -r 1s"; RUNS=1; else JMH="-f 1 -wi 3 -i 5"; RUNS=7; fi
# the editor runs with this JIT setting (pom.xml, app.jitOption); the benchmarks use it too
JIT=$(sed -n 's:.*<app.jitOption>\(.*\)</app.jitOption>.*:\1:p' pom.xml)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $("$JAVA" -version 2>&1 | head -1); editor JVM: $JIT"
"$JAVA" -cp "$CP" org.openjdk.jmh.Main $JMH -jvmArgsAppend "$JIT" -rf json -rff target/jmh-result.json 'org.canvasboard.bench.*'
# the loader against Jackson's tree again with the JVM's default JIT: how our code compares,
# apart from the editor's choice of compiler
"$JAVA" -cp "$CP" org.openjdk.jmh.Main $JMH -rf json -rff target/jmh-default-jit.json \
  'org.canvasboard.bench.PersistenceBenchmark.(load|jacksonTreeBaseline)'
"$JAVA" -Xmx1g $JIT -cp "$CP" org.canvasboard.bench.MemoryBench
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :93 -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:93
  sleep 1
fi
"$JAVA" -Dapp.jitOption="$JIT" -cp "$CP" org.canvasboard.bench.StartupBench "$RUNS"
"$JAVA" $JIT -cp "$CP" org.canvasboard.bench.SmoothnessBench\$Main
# the packaged app (with its AOT cache) against a bare window and the editor-shaped shell, each
# with an AOT cache of its own, on the image's runtime; builds the image when it is missing
[ -x target/dist/Canvasboard/bin/Canvasboard ] || sh packaging/package-linux.sh
"$JAVA" -cp "$CP" org.canvasboard.bench.PackagedStartupBench target/dist/Canvasboard "$RUNS"
