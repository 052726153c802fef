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
seconds="${PEER_SECONDS:-10}"

bench_build
java=("$JAVA_HOME/bin/java" -cp "$cp")

env_file="$out/eeg-env.txt"
bench_env "$env_file" numpy scipy
load() { bench_load "$env_file" "$1"; }

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
