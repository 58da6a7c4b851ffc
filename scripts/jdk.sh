# Sourced by ./kgi and ./run-tests: finds a JDK 21 or newer so that nobody sets JAVA_HOME by hand.
# Order: $JAVA_HOME if it is 21+, then the newest JDK 21+ under /usr/lib/jvm (or $KGI_JVM_DIR),
# then the `java` on the PATH. Prints the JDK's home on stdout, or one clear line on stderr.

kgi_java_major() { # $1 = path to a java binary; prints its major version or nothing
  local v
  v=$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  v=${v#1.}
  printf '%s\n' "${v%%[.+-]*}"
}

kgi_find_jdk() {
  local best="" best_major=0 home major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(kgi_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then printf '%s\n' "$JAVA_HOME"; return 0; fi
  fi
  for home in "${KGI_JVM_DIR:-/usr/lib/jvm}"/*/; do
    home=${home%/}
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(kgi_java_major "$home/bin/java")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best=$home; best_major=$major
    fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(kgi_java_major "$home/bin/java")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then best=$home; fi
  fi
  if [ -z "$best" ]; then
    echo "kgi: no JDK 21 or newer found (looked at JAVA_HOME, ${KGI_JVM_DIR:-/usr/lib/jvm}/* and the PATH); install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, or set JAVA_HOME to it." >&2
    return 1
  fi
  printf '%s\n' "$best"
}

# Maven 3.9 (Guice) calls sun.misc.Unsafe, which JDK 23+ warns about at every build; allow it quietly there.
kgi_maven_env() { # $1 = JDK home
  local major
  major=$(kgi_java_major "$1/bin/java")
  if [ "${major:-0}" -ge 23 ] 2>/dev/null; then
    case " ${MAVEN_OPTS:-} " in
      *sun-misc-unsafe-memory-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
}
