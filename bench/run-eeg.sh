#!/usr/bin/env bash
# Side-by-side EEG and physiology feature benchmarks: AVRS extractors end to end (JMH wall clock + CPU-time
# runners) against NumPy/SciPy peers of the same definitions, one core each (taskset -c 1,
# OMP_NUM_THREADS=1), the peers with and without the glibc malloc tuning. Writes bench/results/eeg-* and
# bench/results/physio-*, and the reports bench/results/eeg-bench.md and physio-bench.md.
#
#   bench/run-eeg.sh            # builds avrs-bench first (skip with NO_BUILD=1)
#
# Needs a JDK >= 21 (tools/jdk.sh finds one) and Debian's /usr/bin/python3 with numpy/scipy.
# The DSP kernels alone (one Welch per channel, one sosfiltfilt) are benchmarked by bench/run-signal.sh.
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
core="${BENCH_CORE:-1}"
malloc=(MALLOC_MMAP_THRESHOLD_=1073741824 MALLOC_TRIM_THRESHOLD_=1073741824)
seconds="${PEER_SECONDS:-10}"

if [ "${NO_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q -pl avrs-bench -am package -DskipTests
fi
cp="avrs-bench/target/classes:avrs-bench/target/lib/*"
java=("$JAVA_HOME/bin/java" -cp "$cp")

env_file="$out/eeg-env.txt"
{
  echo "date: $(date -u +%FT%TZ)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs) ($(nproc) cores visible), pinned to core $core"
  echo "java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "python: $(/usr/bin/python3 -c 'import sys, numpy, scipy; print(sys.version.split()[0], "numpy", numpy.__version__, "scipy", scipy.__version__)')"
} > "$env_file"
load() { echo "$1: load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$env_file"; }

for kind in eeg physio; do
  if [ "$kind" = eeg ]; then bench='org.avrs.bench.eeg.*Bench'; runner=org.avrs.bench.eeg.EegCpuTime; peer=bench/peers/eeg_features.py
  else bench='org.avrs.bench.physio.*Bench'; runner=org.avrs.bench.physio.PhysioBench; peer=bench/peers/physio_features.py; fi
  load "$kind: before JMH"
  taskset -c "$core" "${java[@]}" org.openjdk.jmh.Main "$bench" -rf json -rff "$out/$kind-jmh.json" > "$out/$kind-jmh.txt"
  load "$kind: before peer (default malloc)"
  taskset -c "$core" env OMP_NUM_THREADS=1 /usr/bin/python3 "$peer" --seconds "$seconds" --out "$out/$kind-peer-default.json" > /dev/null
  load "$kind: before peer (malloc tuned)"
  taskset -c "$core" env OMP_NUM_THREADS=1 "${malloc[@]}" /usr/bin/python3 "$peer" --seconds "$seconds" --out "$out/$kind-peer-malloc.json" > /dev/null
  load "$kind: before Java CPU-time runner"
  taskset -c "$core" "${java[@]}" "$runner" > "$out/$kind-java-cpu.json"
done
load "after"
cp "$env_file" "$out/physio-env.txt"
/usr/bin/python3 bench/eeg_report.py "$out"
cat "$out/eeg-bench.md" "$out/physio-bench.md"
