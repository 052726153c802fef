#!/usr/bin/env bash
# EEG and physiological affect pipelines on synthetic DEAP data (org.avrs.bench.eeg_affect):
#   streaming   StreamingBench: per-window latency and streams per core of the live recognizer (pinned to core BENCH_CORE, 1),
#               side by side with bench/peers/eeg_streaming.py (NumPy/SciPy/scikit-learn; with and without
#               MALLOC_MMAP_THRESHOLD_/MALLOC_TRIM_THRESHOLD_)
#   features    EegAffectExperiments features: de-svm/mlp/knn/rf, within-subject leak-free vs P3, LOSO, shuffled
#   leak        EegAffectExperiments leak: no effect + trial signature, leak-free vs P3
#   networks    EegAffectExperiments networks: ShallowConvNet/DeepConvNet/LSTM, channel selection, K sweeps
#   physio      PhysioAffectExperiments: valence/arousal from HR/EDA
#   timing      SelectionTiming: ShallowConvNet training time at 246 vs 90 vs 68 channels (P3's geometry)
# then bench/eeg_affect_report.py writes bench/results/eeg-affect.md and bench/results/physio-affect.md.
#
#   bench/run-eeg-affect.sh                    # all parts; PARTS="streaming physio" picks some; NO_BUILD=1 skips the build
# Long parts (networks: about an hour on a shared 2-core machine) run at nice 19. Needs a JDK >= 21 and
# Debian's /usr/bin/python3 with numpy, scipy and scikit-learn.
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
parts="${PARTS:-streaming features leak networks physio timing}"
bench_build
java=("$JAVA_HOME/bin/java" -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=1 -Dai.djl.pytorch.num_interop_threads=1
      -cp "$cp")
bench_env "$out/eeg-affect-env.txt" numpy scipy sklearn
bench_load "$out/eeg-affect-env.txt" "at start"
for part in $parts; do
  echo "== $part (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  case "$part" in
    streaming)
      peer="$(mktemp -d)"
      OMP_NUM_THREADS=1 taskset -c "$core" "${java[@]}" org.avrs.bench.eeg_affect.StreamingBench \
        "$out/eeg-affect-streaming-java.json" "$peer"
      OMP_NUM_THREADS=1 taskset -c "$core" /usr/bin/python3 bench/peers/eeg_streaming.py "$peer" \
        "$out/eeg-affect-streaming-peer-default.json"
      env "${malloc[@]}" OMP_NUM_THREADS=1 taskset -c "$core" \
        /usr/bin/python3 bench/peers/eeg_streaming.py "$peer" "$out/eeg-affect-streaming-peer-malloc.json"
      rm -rf "$peer"
      ;;
    features|leak|networks)
      rm -f "$out/eeg-affect-$part.jsonl"
      nice -n 19 "${java[@]}" org.avrs.bench.eeg_affect.EegAffectExperiments "$out/eeg-affect-$part.jsonl" "$part"
      ;;
    physio)
      rm -f "$out/physio-affect-synthetic.jsonl"
      events="$shared/physio/bio_eventrelated_100hz.csv"
      if [ -f "$events" ]; then
        nice -n 19 "${java[@]}" org.avrs.bench.eeg_affect.PhysioAffectExperiments "$out/physio-affect-synthetic.jsonl" \
          "$events" "$out/physio-affect-eventrelated.json"
      else
        echo "no bio_eventrelated_100hz.csv found (set AVRS_DATA): skipping the event-related part" >&2
        nice -n 19 "${java[@]}" org.avrs.bench.eeg_affect.PhysioAffectExperiments "$out/physio-affect-synthetic.jsonl"
      fi
      ;;
    timing)
      rm -f "$out/eeg-affect-timing.jsonl"
      OMP_NUM_THREADS=1 taskset -c "$core" nice -n 19 "${java[@]}" org.avrs.bench.eeg_affect.SelectionTiming \
        "$out/eeg-affect-timing.jsonl" 160 3
      ;;
    *) echo "unknown part $part" >&2; exit 2 ;;
  esac
done
bench_load "$out/eeg-affect-env.txt" "at end"
/usr/bin/python3 bench/eeg_affect_report.py "$out"
