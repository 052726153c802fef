# Sourced by the long speech jobs (after bench/lib.sh): builds the avrs jar if needed, then copies it with its libraries to a
# private folder with a launcher, "$avrs_run ARGS…". A long run is then immune to rebuilds of
# avrs-cli/target while it works (a jar rewritten under a running JVM can break it).
"$root/avrs" --version > /dev/null
avrs_snapshot="$(mktemp -d "${TMPDIR:-/tmp}/avrs-run.XXXXXX")"
cp -r "$root/avrs-cli/target/avrs.jar" "$root/avrs-cli/target/lib" "$avrs_snapshot/"
avrs_run="$avrs_snapshot/avrs"
cat > "$avrs_run" <<LAUNCHER
#!/usr/bin/env bash
exec "$JAVA_HOME/bin/java" --add-modules jdk.incubator.vector --sun-misc-unsafe-memory-access=allow -Dai.djl.offline=true -XX:+UseParallelGC \
  \${AVRS_JAVA_OPTS:-} -Davrs.home="$root" -jar "$avrs_snapshot/avrs.jar" "\$@"
LAUNCHER
chmod +x "$avrs_run"
