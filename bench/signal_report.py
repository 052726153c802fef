#!/usr/bin/python3
"""Turns the raw outputs of bench/run-signal.sh (in the folder given) into the markdown report."""
import json
import os
import sys

d = sys.argv[1]
jmh = {r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]: r["primaryMetric"]
       for r in json.load(open(os.path.join(d, "signal-jmh.json")))}
java_cpu = json.load(open(os.path.join(d, "signal-java-cpu.json")))
scalar_path = os.path.join(d, "signal-java-cpu-scalar.json")
java_cpu_scalar = json.load(open(scalar_path)) if os.path.exists(scalar_path) else None
peer = {k: json.load(open(os.path.join(d, f"signal-peer-{k}.json")))["results"] for k in ("default", "malloc")}
env = open(os.path.join(d, "signal-env.txt")).read()

UNITS = {"mfcc": 6020, "welch": 245760, "filtfilt": 245760}
JMH_KEY = {"mfcc": "MfccBench.extract", "welch": "EegDspBench.welchBandPower",
           "filtfilt": "EegDspBench.bandpassFiltfilt"}
LABEL = {"mfcc": "MFCC frames/s", "welch": "Welch + 5 band powers, channel-samples/s",
         "filtfilt": "band-pass sosfiltfilt, channel-samples/s"}
# The issue's targets are the peers' best configuration; these are the peers' figures it quotes, from an
# earlier measurement on this machine. The test below is side by side: AVRS ≥ every peer variant here.
ISSUE_PEER_FIGURE = {"mfcc": 545_000, "welch": 7.9e7, "filtfilt": 1.6e7}


def fmt(v):
    return f"{v:,.0f}" if v < 1e6 else f"{v:.3g}"


print("# avrs-signal speed vs NumPy/SciPy (one core each)\n")
print("Produced by `bench/run-signal.sh` (raw files next to this one: signal-jmh.json/.txt, "
      "signal-java-cpu.json, signal-peer-default.json, signal-peer-malloc.json, signal-env.txt).\n")
print("```\n" + env.strip() + "\n```\n")
print(f"AVRS ran with the Vector API (SIMD lanes): {java_cpu.get('vector', 'not recorded')}.\n")
print("Exact commands (from bench/run-signal.sh, shown for core 1 (BENCH_CORE; the env block names the core used); bench/lib.sh exports "
      "JDK_JAVA_OPTIONS=--add-modules jdk.incubator.vector for every JVM):\n")
print("```\n./mvnw -B -q -pl avrs-bench -am package -DskipTests\n"
      "taskset -c 1 $JAVA_HOME/bin/java -cp 'avrs-bench/target/classes:avrs-bench/target/lib/*' org.openjdk.jmh.Main "
      "'org.avrs.bench.signal.*Bench' -rf json -rff bench/results/signal-jmh.json\n"
      "taskset -c 1 env OMP_NUM_THREADS=1 /usr/bin/python3 bench/signal_peer.py --seconds 10 "
      "--out bench/results/signal-peer-default.json\n"
      "taskset -c 1 env OMP_NUM_THREADS=1 MALLOC_MMAP_THRESHOLD_=1073741824 MALLOC_TRIM_THRESHOLD_=1073741824 "
      "/usr/bin/python3 bench/signal_peer.py --seconds 10 --out bench/results/signal-peer-malloc.json\n"
      "taskset -c 1 $JAVA_HOME/bin/java -Davrs.vector.after=0 -cp 'avrs-bench/target/classes:avrs-bench/target/lib/*' "
      "org.avrs.bench.signal.CpuTimeRunner > bench/results/signal-java-cpu.json\n"
      "taskset -c 1 $JAVA_HOME/bin/java -Davrs.vector=false -cp 'avrs-bench/target/classes:avrs-bench/target/lib/*' "
      "org.avrs.bench.signal.CpuTimeRunner > bench/results/signal-java-cpu-scalar.json\n"
      "/usr/bin/python3 bench/signal_report.py bench/results > bench/results/signal-bench.md\n```\n")
print("Workloads (same definitions, same in-memory signals, float64 everywhere unless noted):")
print("- MFCC: 20 utterances × 3 s at 16 kHz = 60 s of audio, 6,020 frames per operation; librosa 0.10 mfcc "
      "defaults with n_mfcc 13, n_fft 512, win 400, hop 160, 40 mels. AVRS `Mfcc.extract(Signal)`; peer "
      "`FastMfcc` (window and mel basis made once, strided framing, scipy.fft.rfft, one matmul, scipy.fft.dct; "
      "checked equal to the golden reference before timing).")
print("- Welch: 32 channels × 60 s at 128 Hz (245,760 channel-samples); Hann, nperseg 256, noverlap 128, "
      "constant detrend, density; power in 1–4, 4–8, 8–13, 13–30, 30–45 Hz. Peer: `scipy.signal.welch` "
      "vectorized over channels + masked sums.")
print("- sosfiltfilt: the same channels, Butterworth order 4 band-pass 8–13 Hz (4 sections), odd padding. Peer: "
      "`scipy.signal.sosfiltfilt(sos, X, axis=-1)`.\n")

print("## Wall clock (JMH for AVRS; median of the peer's runs)\n")
print("| workload | AVRS (JMH) | NumPy/SciPy default malloc | ratio | NumPy/SciPy malloc-tuned | ratio |")
print("|---|---|---|---|---|---|")
for k in ("mfcc", "welch", "filtfilt"):
    m = jmh[JMH_KEY[k]]
    java = m["score"] * UNITS[k]
    err = m["scoreError"] * UNITS[k]
    p0 = UNITS[k] / peer["default"][k]["median_s"]
    p1 = UNITS[k] / peer["malloc"][k]["median_s"]
    print(f"| {LABEL[k]} | {fmt(java)} ± {fmt(err)} | {fmt(p0)} | {java / p0:.2f}× | {fmt(p1)} | {java / p1:.2f}× |")
m = jmh["MfccBench.extract"]
for name, key in (("MFCC in float32 (librosa's dtype for float32 audio)", "mfcc_float32"),):
    p0 = UNITS["mfcc"] / peer["default"][key]["median_s"]
    p1 = UNITS["mfcc"] / peer["malloc"][key]["median_s"]
    java = m["score"] * UNITS["mfcc"]
    print(f"| {name}, frames/s | {fmt(java)} (float64) | {fmt(p0)} | {java / p0:.2f}× | {fmt(p1)} | {java / p1:.2f}× |")
c = jmh["MfccBench.compute"]
print(f"\nAVRS MFCC without the Signal/FeatureMatrix wrapping (`Mfcc.compute(double[])`): "
      f"{fmt(c['score'] * 6020)} frames/s.\n")

print("## CPU time (thread CPU seconds; robust to other load on a shared machine)\n")
print("| workload | AVRS (CpuTimeRunner, best) | NumPy/SciPy default (best) | ratio | malloc-tuned (best) | ratio "
      "| ≥ the peer's best in this run (issue's figure for the peer) | AVRS meets it |")
print("|---|---|---|---|---|---|---|---|")
for k in ("mfcc", "welch", "filtfilt"):
    java = UNITS[k] / java_cpu[k]
    p0 = UNITS[k] / peer["default"][k]["cpu_best_s"]
    p1 = UNITS[k] / peer["malloc"][k]["cpu_best_s"]
    variants = [p0, p1]
    if k == "mfcc":  # librosa on float32 audio counts as a configuration of the peer too
        variants += [UNITS[k] / peer[m]["mfcc_float32"]["cpu_best_s"] for m in ("default", "malloc")]
    best = max(variants)
    print(f"| {LABEL[k]} | {fmt(java)} | {fmt(p0)} | {java / p0:.2f}× | {fmt(p1)} | {java / p1:.2f}× "
          f"| ≥ {fmt(best)} ({fmt(ISSUE_PEER_FIGURE[k])}) | {'yes' if java >= best else 'no'} |")
java = UNITS["mfcc"] / java_cpu["mfcc"]
p0 = UNITS["mfcc"] / peer["default"]["mfcc_float32"]["cpu_best_s"]
p1 = UNITS["mfcc"] / peer["malloc"]["mfcc_float32"]["cpu_best_s"]
print(f"| MFCC float32 peer, frames/s | {fmt(java)} (float64) | {fmt(p0)} | {java / p0:.2f}× | {fmt(p1)} "
      f"| {java / p1:.2f}× | | |")
if java_cpu_scalar:
    for k in ("mfcc", "welch", "filtfilt"):
        js = UNITS[k] / java_cpu_scalar[k]
        p1 = UNITS[k] / peer["malloc"][k]["cpu_best_s"]
        print(f"| {LABEL[k]}, AVRS without the Vector API (-Davrs.vector=false) | {fmt(js)} | | | {fmt(p1)} "
              f"| {js / p1:.2f}× | | |")
print(f"\nMFCC real-time factor (CPU time): AVRS {java * 160 / 16000:,.0f}× real time at 16 kHz.")
cold_path = os.path.join(d, "signal-mfcc-cold.jsonl")
if os.path.exists(cold_path):
    print("\nMFCC in a fresh JVM (`MfccColdStart`, `signal-mfcc-cold.jsonl`), ms wall / ms process CPU "
          "from construction:\n")
    print("| path | 1st utterance | 10th | 100th | 1,000th |")
    print("|---|---|---|---|---|")
    for line in open(cold_path):
        c = json.loads(line)
        cells = " | ".join(f"{c[k]['wall_ms']:,.0f} / {c[k]['process_cpu_ms']:,.0f}"
                           for k in ("clips_1", "clips_10", "clips_100", "clips_1000"))
        print(f"| {'SIMD (-Davrs.vector.after=0)' if c['vector'] else 'scalar (-Davrs.vector=false)'} | {cells} |")
print("""
## Reading the numbers

- The machine is shared (2 cores, load average in the env block above): wall-clock numbers include time
  spent waiting for the core, so the side-by-side **ratios** matter more than absolute values, and the
  CPU-time table is the steadier one. The issue sets each target as the peer's throughput in its best
  configuration, and quotes figures measured for NumPy/SciPy earlier on this machine (MFCC 545,000
  frames/s, Welch 7.9e7, sosfiltfilt 1.6e7 channel-samples/s). The peers do not reach those figures in
  this run, so "meets it" compares with the best peer variant measured side by side (both malloc
  settings, and for MFCC also float32); the issue's figures are shown in brackets.
- MFCC and log-mel run on SIMD lanes when the JVM has the incubating Vector API
  (`--add-modules jdk.incubator.vector`, which ./avrs, the tests and these benchmarks pass):
  `LaneSpectra` transforms 4 frames at once (AVX2: 4 doubles per vector) with a Stockham radix-4 FFT
  (`LaneFft`), and the mel sums, log and DCT run on the same vectors of frames. Without the module, or
  with `-Davrs.vector=false`, the scalar path (one JTransforms real FFT per frame) runs; its row in the
  CPU-time table is the same workload measured that way. Both paths give the same values to ~1e-13 dB
  (`LaneLogMelTest`). Welch and sosfiltfilt have no SIMD path; their two rows differ only by noise.
- These are steady-state figures (`-Davrs.vector.after=0`: the SIMD path from the first call, after
  the warm-up). Before the JIT has compiled it, Vector API code is very slow; `signal-mfcc-cold.jsonl`
  times a fresh JVM from the extractor's construction to the 1st, 10th, 100th and 1,000th 3 s utterance
  on each path (wall and process CPU, JIT threads included). Because of that cost, AVRS by default
  stays on the scalar path until a JVM has computed 1,000,000 frames (`VectorLanes.worthUsing`).
- AVRS computes in float64, the precision of the golden reference; the float32 peer (librosa's dtype
  for float32 audio, ~2e-5 from the reference) runs pocketfft in single precision.
- All extractors are thread-safe, so a batch of utterances parallelizes across cores; these numbers are
  one core each.
""")

