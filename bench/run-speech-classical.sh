#!/usr/bin/env bash
# The classical speech pipelines on EmoDB, leave-one-speaker-out, side by side (outside CI; about an
# hour of CPU on 2 cores, mostly the SVM's nested model selection):
#   svm  acoustic functionals (2,766 values in 3 frame-selection views), RBF-SVM with view, C and gamma
#        chosen by leave-one-speaker-out inside the 9 training speakers of each fold;
#   rf   the same vectors, 500-tree random forest, SEEDS seeds;
#   mlp  the same vectors, DJL perceptron (256 hidden, dropout 0.5, 40 epochs), SEEDS seeds;
#   svm-mfcc  the demo's 200 MFCC functionals with the same nested SVM (the old shipped pipeline's features);
#   control   rf on shuffled labels (must land at chance).
# Every run after the first adds a paired t-test of its per-fold UAR against svm (eval --compare).
# Features come from the cache (~/.cache/avrs or $AVRS_CACHE), so only the first run extracts them.
# Writes bench/results/speech-classical/<name>.json and the summary bench/results/speech-classical.md.
#   nohup bench/run-speech-classical.sh > /dev/null 2>&1 &       (SEEDS=3 NICE=10 by default)
#   RUNS="svm mlp" bench/run-speech-classical.sh                   (only these runs; svm first, the others compare to it)
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
. bench/avrs-snapshot.sh
data=${DATA:-$shared/emodb}
[ -d "$data" ] || { echo "run-speech-classical: no EmoDB folder at '$data' (set DATA or AVRS_DATA)" >&2; exit 2; }
out=bench/results/speech-classical
mkdir -p "$out"
seeds=${SEEDS:-3}
runs=" ${RUNS:-svm rf mlp svm-mfcc control-rf-shuffled} "
run() { # name, then eval arguments
  local name=$1; shift
  case "$runs" in *" $name "*) ;; *) return ;; esac
  if [ -s "$out/$name.json" ]; then echo "$(date -u +%FT%TZ) $name: kept from an earlier run" >> "$out/log.txt"; return; fi
  echo "$(date -u +%FT%TZ) $name (load $(cut -d' ' -f1-3 /proc/loadavg)): ./avrs speech eval $*" >> "$out/log.txt"
  nice -n "${NICE:-10}" "$avrs_run" speech eval --corpus emodb --data "$data" --protocol loso --json "$@" \
    > "$out/$name.json.tmp" 2>> "$out/log.txt"
  mv "$out/$name.json.tmp" "$out/$name.json"
}
run svm --model svm --features functionals
run rf --model rf --features functionals --seeds "$seeds" --compare "$out/svm.json"
run mlp --model mlp --features functionals --seeds "$seeds" --compare "$out/svm.json"
run svm-mfcc --model svm --features mfcc-functionals --compare "$out/svm.json"
run control-rf-shuffled --model rf --features functionals --shuffled-labels --compare "$out/svm.json"
/usr/bin/python3 bench/speech_classical_report.py "$out" > bench/results/speech-classical.md
echo "$(date -u +%FT%TZ) finished" >> "$out/log.txt"
