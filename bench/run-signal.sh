#!/usr/bin/env bash
# Side-by-side signal benchmarks: AVRS (JMH + CPU-time runner) against the NumPy/SciPy peers of the same
# definitions on the same in-memory signals, one core each (taskset -c 1, OMP_NUM_THREADS=1), the peers with
# and without the glibc malloc tuning. Writes bench/results/signal-*.{json,txt} and bench/results/signal-bench.md.
#
#   bench/run-signal.sh            # builds avrs-bench first (skip with NO_BUILD=1)
#
# Needs a JDK >= 21 (tools/jdk.sh finds one) and Debian's /usr/bin/python3 with numpy/scipy.
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
core="${BENCH_CORE:-1}"
malloc=(MALLOC_MMAP_THRESHOLD_=1073741824 MALLOC_TRIM_THRESHOLD_=1073741824)

if [ "${NO_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -pl avrs-bench -am package -DskipTests
fi
cp="avrs-bench/target/classes:avrs-bench/target/lib/*"

{
  echo "date: $(date -u +%FT%TZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs) ($(nproc) cores visible), pinned to core $core"
  echo "java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "python: $(/usr/bin/python3 -c 'import sys, numpy, scipy; print(sys.version.split()[0], "numpy", numpy.__version__, "scipy", scipy.__version__)')"
} > "$out/signal-env.txt"

load() { echo "$1: load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/signal-env.txt"; }

load "before JMH"
taskset -c "$core" "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main 'org.avrs.bench.signal.*Bench' \
  -rf json -rff "$out/signal-jmh.json" | tee "$out/signal-jmh.txt"
load "before peer (default malloc)"
taskset -c "$core" env OMP_NUM_THREADS=1 /usr/bin/python3 bench/signal_peer.py --seconds 10 --out "$out/signal-peer-default.json" > /dev/null
load "before peer (malloc tuned)"
taskset -c "$core" env OMP_NUM_THREADS=1 "${malloc[@]}" /usr/bin/python3 bench/signal_peer.py --seconds 10 --out "$out/signal-peer-malloc.json" > /dev/null
load "before Java CPU-time runner"
taskset -c "$core" "$JAVA_HOME/bin/java" -cp "$cp" org.avrs.bench.signal.CpuTimeRunner > "$out/signal-java-cpu.json"
load "after"

/usr/bin/python3 bench/signal_report.py "$out" > "$out/signal-bench.md"
cat "$out/signal-bench.md"
