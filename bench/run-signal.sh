#!/usr/bin/env bash
# Side-by-side signal benchmarks: AVRS (JMH + CPU-time runner) against the NumPy/SciPy peers of the same
# definitions on the same in-memory signals, one core each (taskset -c 1, OMP_NUM_THREADS=1), the peers with
# and without the glibc malloc tuning. Writes bench/results/signal-*.{json,txt} and bench/results/signal-bench.md.
#
#   bench/run-signal.sh            # builds avrs-bench first (skip with NO_BUILD=1)
#
# Needs a JDK >= 21 (tools/jdk.sh finds one) and Debian's /usr/bin/python3 with numpy/scipy.
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
bench_build

bench_env "$out/signal-env.txt" numpy scipy
load() { bench_load "$out/signal-env.txt" "$1"; }

load "before JMH"
taskset -c "$core" "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main 'org.avrs.bench.signal.*Bench' \
  -rf json -rff "$out/signal-jmh.json" | tee "$out/signal-jmh.txt"
load "before peer (default malloc)"
taskset -c "$core" env OMP_NUM_THREADS=1 /usr/bin/python3 bench/signal_peer.py --seconds 10 --out "$out/signal-peer-default.json" > /dev/null
load "before peer (malloc tuned)"
taskset -c "$core" env OMP_NUM_THREADS=1 "${malloc[@]}" /usr/bin/python3 bench/signal_peer.py --seconds 10 --out "$out/signal-peer-malloc.json" > /dev/null
load "before Java CPU-time runner"
taskset -c "$core" "$JAVA_HOME/bin/java" -Davrs.vector.after=0 -cp "$cp" org.avrs.bench.signal.CpuTimeRunner \
  > "$out/signal-java-cpu.json"
load "before Java CPU-time runner, scalar paths"
taskset -c "$core" "$JAVA_HOME/bin/java" -Davrs.vector=false -cp "$cp" org.avrs.bench.signal.CpuTimeRunner \
  > "$out/signal-java-cpu-scalar.json"
load "before MFCC cold start"
for mode in -Davrs.vector.after=0 -Davrs.vector=false; do
  taskset -c "$core" "$JAVA_HOME/bin/java" "$mode" -cp "$cp" org.avrs.bench.signal.MfccColdStart
done > "$out/signal-mfcc-cold.jsonl"
load "after"

/usr/bin/python3 bench/signal_report.py "$out" > "$out/signal-bench.md"
cat "$out/signal-bench.md"
