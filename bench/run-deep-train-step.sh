#!/usr/bin/env bash
# Side by side: one training step (forward + cross-entropy + backward + Adam) of avrs-deep's CRNN and
# ShallowConvNet in DJL 0.36 / PyTorch 2.7.1 (org.avrs.bench.deep.TrainStepBench) against the same
# architectures in Debian's python3-torch (bench/peers/torch_train_step.py), alternating the two,
# with 1 thread (taskset -c 1) and 2 threads (taskset -c 0,1), with and without the glibc malloc
# settings MALLOC_MMAP_THRESHOLD_=MALLOC_TRIM_THRESHOLD_=1073741824 (applied to both sides).
# ShallowConvNet runs both with its temporal and spatial convolutions one after the other (as
# braindecode) and fused into one convolution (avrs-deep's default), on both sides.
# Writes bench/results/deep-train-step.md.
#   bench/run-deep-train-step.sh            (ROUNDS=2 STEPS=5 WARMUP=2 by default; SKIP_BUILD=1 reuses the build;
#                                             MODELS="crnn:64 shallow:8" picks models and batch sizes)
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
rounds=${ROUNDS:-2}; steps=${STEPS:-5}; warmup=${WARMUP:-2}
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -pl avrs-bench -am package -DskipTests
fi
cp="avrs-bench/target/classes:avrs-bench/target/lib/*"
raw="$(mktemp)"
started="$(date -u +%FT%TZ)"
for round in $(seq "$rounds"); do
  for model in ${MODELS:-crnn:64 shallow-paper03:8 shallow-paper03-fused:8 shallow:8 shallow-fused:8}; do
    name=${model%:*}; batch=${model#*:}
    for threads in 1 2; do
      cpus=1; [ "$threads" = 2 ] && cpus=0,1
      for malloc in default tuned; do
        envs=(OMP_NUM_THREADS="$threads")
        [ "$malloc" = tuned ] && envs+=(MALLOC_MMAP_THRESHOLD_=1073741824 MALLOC_TRIM_THRESHOLD_=1073741824)
        djl=$(env "${envs[@]}" taskset -c "$cpus" "$JAVA_HOME/bin/java" -Dai.djl.offline=true \
              -Dai.djl.pytorch.num_threads="$threads" -Dai.djl.pytorch.num_interop_threads=1 \
              -cp "$cp" org.avrs.bench.deep.TrainStepBench "$name" "$batch" "$steps" "$warmup" 2>/dev/null)
        torch=$(env "${envs[@]}" taskset -c "$cpus" /usr/bin/python3 bench/peers/torch_train_step.py \
              "$name" "$batch" "$steps" "$warmup" "$threads")
        echo "round=$round malloc=$malloc load=$(cut -d' ' -f1 /proc/loadavg) $djl" | tee -a "$raw"
        echo "round=$round malloc=$malloc load=$(cut -d' ' -f1 /proc/loadavg) $torch" | tee -a "$raw"
      done
    done
  done
done
java_version="$("$JAVA_HOME/bin/java" -version 2>&1 | grep -v -e '^NOTE: Picked up' -e '^WARNING: Using incubator' | head -n 1)"
/usr/bin/python3 - "$raw" "$started" "$rounds" "$steps" "$warmup" "$java_version" > bench/results/deep-train-step.md <<'PY'
import statistics, sys, platform, os
raw, started, rounds, steps, warmup, java = sys.argv[1:7]
rows = [dict(kv.split("=", 1) for kv in line.split()[0:3] + line.split()[4:]) | {"fw": line.split()[3]}
        for line in open(raw) if line.strip()]
def med(fw, key, **k):
    v = [float(r[key]) for r in rows if r["fw"] == fw and all(r[a] == b for a, b in k.items())]
    return statistics.median(v) if v else float("nan")
cpu = open("/proc/cpuinfo").read().split("model name")[1].split("\n")[0].strip(" :\t")
djl_version = next(r["version"] for r in rows if r["fw"] == "djl").replace("_", " ")
torch_version = next(r["version"] for r in rows if r["fw"] == "torch")
print("# Deep-learning training step: DJL (avrs-deep) vs PyTorch (Debian python3-torch)\n")
print(f"Run {started} on {cpu}, {os.cpu_count()} cores, Linux {platform.release()}. "
      f"Sides: **{djl_version}** (org.avrs.bench.deep.TrainStepBench on {java}) and **torch {torch_version}** (bench/peers/torch_train_step.py). "
      f"{rounds} rounds × ({warmup} warm-up + {steps} measured steps) per cell, DJL and torch alternating; "
      "each cell is the median over rounds of the per-run median step time.\n")
print("One step = forward, softmax cross-entropy, backward, Adam (lr 1e-3) on one mini-batch. "
      "Same architecture on both sides (trainable parameter counts below agree). "
      "`wall` is elapsed time; `cpu` is the CPU time of the thread running the operators "
      "(meaningful with 1 thread, where it is the compute cost even if other processes share the core). "
      "Ratio = DJL / torch (> 1: DJL slower). `tuned malloc` = "
      "MALLOC_MMAP_THRESHOLD_=1073741824 MALLOC_TRIM_THRESHOLD_=1073741824 on both sides.\n")
loads = [float(r["load"]) for r in rows]
print(f"Load average during the run: {min(loads):.1f}–{max(loads):.1f} on {os.cpu_count()} cores "
      "(other jobs shared the machine; trust `cpu` ratios more than `wall` ratios).\n")
models = {"crnn": "CRNN (Crnn.Config.defaults(7)), batch 64 × (1, 298, 43)",
          "shallow-paper03": "ShallowConvNet paper 03 (kernel 3, pool 30/4), batch 8 × (512, 68), two convs",
          "shallow-paper03-fused": "ShallowConvNet paper 03, batch 8 × (512, 68), fused first layer",
          "shallow": "ShallowConvNet braindecode (kernel 25, pool 75/15), batch 8 × (512, 68), two convs",
          "shallow-fused": "ShallowConvNet braindecode, batch 8 × (512, 68), fused first layer"}
models = {m: label for m, label in models.items() if any(r["model"] == m for r in rows)}
print("| model | params | threads | malloc | DJL wall ms | torch wall ms | wall ratio | DJL cpu ms | torch cpu ms | cpu ratio |")
print("|---|---|---|---|---|---|---|---|---|---|")
for m, label in models.items():
    params = {r["fw"]: r["params"] for r in rows if r["model"] == m}
    for t in ("1", "2"):
        for malloc in ("default", "tuned"):
            k = dict(model=m, threads=t, malloc=malloc)
            dw, tw = med("djl", "median_ms", **k), med("torch", "median_ms", **k)
            dc, tc = med("djl", "cpu_median_ms", **k), med("torch", "cpu_median_ms", **k)
            cpu_cells = f"{dc:.0f} | {tc:.0f} | {dc / tc:.2f}" if t == "1" else "– | – | –"
            print(f"| {label} | {params.get('djl')} / {params.get('torch')} | {t} | {malloc} | {dw:.0f} | {tw:.0f} | "
                  f"{dw / tw:.2f} | {cpu_cells} |")
print("\n## Raw lines\n\n```")
print(open(raw).read().rstrip())
print("```\n\nCommand: `bench/run-deep-train-step.sh` "
      f"(ROUNDS={rounds} STEPS={steps} WARMUP={warmup}); it builds avrs-bench with "
      "`./mvnw -B -q -pl avrs-bench -am package -DskipTests` and runs each side as\n\n"
      "```\n"
      "OMP_NUM_THREADS=T [MALLOC_…] taskset -c CPUS $JAVA_HOME/bin/java -Dai.djl.offline=true "
      "-Dai.djl.pytorch.num_threads=T -Dai.djl.pytorch.num_interop_threads=1 "
      "-cp 'avrs-bench/target/classes:avrs-bench/target/lib/*' org.avrs.bench.deep.TrainStepBench MODEL BATCH STEPS WARMUP\n"
      "OMP_NUM_THREADS=T [MALLOC_…] taskset -c CPUS /usr/bin/python3 bench/peers/torch_train_step.py MODEL BATCH STEPS WARMUP T\n"
      "```\n\nwith CPUS = 1 for one thread and 0,1 for two.")
PY
rm -f "$raw"
echo "wrote bench/results/deep-train-step.md"
