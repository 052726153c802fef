# Sourced by ./avrs, ./run-tests and .ci/run: finds a JDK >= 21 and exports JAVA_HOME.
# Order: $JAVA_HOME if it is new enough, else the newest JDK under /usr/lib/jvm, else a clear error.

avrs_java_major() { # prints the major version of the java binary $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9.]*\)$/\1/p' | sed 's/^1\.//'
}

avrs_find_jdk() {
  local need=21 best="" best_v=0 v home
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(avrs_java_major "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge "$need" ]; then
      return 0
    fi
    echo "avrs: JAVA_HOME=$JAVA_HOME is Java ${v:-?}, AVRS needs ${need}+; looking under /usr/lib/jvm" >&2
  fi
  for home in /usr/lib/jvm/*; do
    [ -x "$home/bin/javac" ] || continue
    v=$(avrs_java_major "$home/bin/java")
    if [ -n "$v" ] && [ "$v" -ge "$need" ] && [ "$v" -gt "$best_v" ]; then
      best="$home"; best_v="$v"
    fi
  done
  if [ -z "$best" ]; then
    echo "avrs: no JDK ${need} or newer found (JAVA_HOME is '${JAVA_HOME:-unset}', nothing suitable under /usr/lib/jvm)." >&2
    echo "avrs: install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+) or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
