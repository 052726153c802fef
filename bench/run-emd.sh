#!/usr/bin/env bash
# EMD/IMEMD speed: AVRS (JMH + CPU-time runner) and the NumPy/SciPy transcription (bench/peers/emd_peer.py)
# on the same 3 s, 16 kHz utterances, one core each (taskset -c 1, OMP_NUM_THREADS=1), the peer with and
# without the glibc malloc tuning. Writes bench/results/emd-*.{json,txt}; bench/results/emd-imemd.md is
# written from them by hand (it quotes these files).
#
#   bench/run-emd.sh            # builds avrs-bench first (skip with NO_BUILD=1); SKIP_JMH=1 skips JMH
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
bench_build
bench_env "$out/emd-env.txt" numpy scipy
load() { bench_load "$out/emd-env.txt" "$1"; }

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
