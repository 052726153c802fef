#!/usr/bin/env bash
# Load benchmark of the AVRS service (issue 7): GET /api/recommendations and POST /api/sessions/{id}/affect
# on loopback with 1,000 viewers in an SQLite database, at fixed rates and at full speed. Writes
# bench/results/server-load.{md,json}. Extra arguments go to the benchmark, e.g. --seconds 60 or
# --db 'jdbc:postgresql://127.0.0.1:55432/avrs_test?user=avrs&password=avrs'.
#
#   bench/run-server-load.sh          # builds avrs-bench first (skip with NO_BUILD=1)
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
if [ "${NO_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -pl avrs-bench -am package -DskipTests
fi
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs) ($(nproc) cores), load average $(cut -d' ' -f1-3 /proc/loadavg)"
exec "$JAVA_HOME/bin/java" -XX:+UseParallelGC -Xmx2g -cp "avrs-bench/target/classes:avrs-bench/target/lib/*" \
  org.avrs.bench.server.ServerLoadBench --home "$root" --out bench/results "$@"
