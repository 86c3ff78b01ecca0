#!/bin/sh
# Prints the home of a JDK 25 or newer with jpackage, for the packaging scripts: JPACKAGE_JDK if
# set, else JAVA_HOME, the javac on the PATH, then the usual install folders (the system's JVM
# folder, SDKMAN, /opt). Maven finds the same JDK by itself (maven-toolchains-plugin); this is the
# shell's way. Exits 1 with one sentence when there is none.
set -eu
major() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}
for candidate in "${JPACKAGE_JDK:-}" "${JAVA_HOME:-}" \
    "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
    /usr/lib/jvm/* "$HOME"/.sdkman/candidates/java/* /opt/*jdk* /opt/java/*; do
  [ -n "$candidate" ] && [ -x "$candidate/bin/jpackage" ] || continue
  v=$(major "$candidate")
  if [ -n "$v" ] && [ "$v" -ge 25 ]; then
    echo "$candidate"
    exit 0
  fi
done
echo "Canvasboard is packaged with a JDK 25 or newer and none was found: install one (for example Temurin 25) or set JPACKAGE_JDK to its folder." >&2
exit 1
