#!/usr/bin/env bash
# EMD/IMEMD speed: AVRS (JMH + CPU-time runner) and the NumPy/SciPy transcription (bench/peers/emd_peer.py)
# on the same 3 s, 16 kHz utterances, one core each (taskset -c 1, OMP_NUM_THREADS=1), the peer with and
# without the glibc malloc tuning. Writes bench/results/emd-*.{json,txt}; bench/results/emd-imemd.md is
# written from them by hand (it quotes these files).
#
#   bench/run-emd.sh            # builds avrs-bench first (skip with NO_BUILD=1); SKIP_JMH=1 skips JMH
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
} > "$out/emd-env.txt"
load() { echo "$1: load average $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/emd-env.txt"; }

load "before Java CPU-time runner"
taskset -c "$core" "$JAVA_HOME/bin/java" -cp "$cp" org.avrs.bench.emd.EmdCpuTimeRunner | tee "$out/emd-java-cpu.json"
if [ "${SKIP_JMH:-0}" != 1 ]; then
  load "before JMH"
  taskset -c "$core" "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main 'org.avrs.bench.emd.ImemdBench' \
    -rf json -rff "$out/emd-jmh.json" | tee "$out/emd-jmh.txt"
fi
load "before peer (default malloc)"
taskset -c "$core" env OMP_NUM_THREADS=1 /usr/bin/python3 bench/peers/emd_peer.py --out "$out/emd-peer-default.json"
load "before peer (malloc tuned)"
taskset -c "$core" env OMP_NUM_THREADS=1 "${malloc[@]}" /usr/bin/python3 bench/peers/emd_peer.py --out "$out/emd-peer-malloc.json"
load "after"
cat "$out/emd-env.txt"
