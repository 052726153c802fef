#!/usr/bin/env bash
# Long job (outside CI, resumable): the CRNN pipeline of Sun, Li and Ma 2023 ("P7", speech digest §B)
# on EmoDB with P7's protocol — 8 speakers train, 1 validates (early stopping), 1 tests, rotating over
# the 10 speakers — for SEEDS seeds. Every finished fold is kept as JSON in
# bench/results/speech-p7-<TAG>/folds/ (atomically written), so a killed run continues where it
# stopped when started again with the same settings; a changed setting retrains (the fold key differs).
# The summary table next to P7 Table 4 goes to bench/results/speech-p7-<TAG>.md (rewritten at the
# end, and at any time with: /usr/bin/python3 bench/speech_p7_report.py bench/results/speech-p7-<TAG>).
#
#   nohup bench/run-speech-p7.sh > /dev/null 2>&1 &      # the documented configuration (hours on 2 cores)
#   TAG=small CONV=16,32,32,32 GRU=32,32,32 FC=32,16 AUGMENT=1 EPOCHS=30 PATIENCE=6 SEEDS=1 nohup bench/run-speech-p7.sh &
#
# Settings (environment): FEATURES logmel|mfcc|imemd43 (logmel), SEEDS (3), AUGMENT copies per training
# recording (2; P7: 60), EPOCHS (60), PATIENCE (10), BATCH (64; P7: 512), CONV/GRU/FC layer sizes
# (avrs-deep Crnn defaults 32,64,64,64 / 64,64,64 / 64,32), THREADS for PyTorch (1), NICE (19),
# DATA (the EmoDB folder; default $AVRS_DATA/emodb or the nearest shared/data/emodb above the
# repository), TAG (FEATURES).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
. bench/avrs-snapshot.sh
features=${FEATURES:-logmel}
tag=${TAG:-$features}
data=${DATA:-$shared/emodb}
[ -d "$data" ] || { echo "run-speech-p7: no EmoDB folder at '$data' (set DATA or AVRS_DATA)" >&2; exit 2; }
out="bench/results/speech-p7-$tag"
mkdir -p "$out/folds"
args=(speech eval --corpus emodb --data "$data" --model crnn --features "$features" --protocol p7
      --seeds "${SEEDS:-3}" --augment "${AUGMENT:-2}" --epochs "${EPOCHS:-60}" --patience "${PATIENCE:-10}"
      --batch "${BATCH:-64}" --threads 2 --fold-dir "$out/folds" --json)
[ -n "${CONV:-}" ] && args+=(--crnn-conv "$CONV")
[ -n "${GRU:-}" ] && args+=(--crnn-gru "$GRU")
[ -n "${FC:-}" ] && args+=(--crnn-fc "$FC")
threads=${THREADS:-1}
echo "$(date -u +%FT%TZ) start (load $(cut -d' ' -f1-3 /proc/loadavg)): PyTorch threads $threads, nice ${NICE:-19}:" \
     "./avrs ${args[*]}" >> "$out/log.txt"
export AVRS_JAVA_OPTS="-Dai.djl.pytorch.num_threads=$threads -Dai.djl.pytorch.num_interop_threads=1 ${AVRS_JAVA_OPTS:-}"
code=0
nice -n "${NICE:-19}" "$avrs_run" "${args[@]}" > "$out/result.json.tmp" 2>> "$out/log.txt" || code=$?
if [ "$code" = 0 ]; then
  mv "$out/result.json.tmp" "$out/result.json"
  echo "$(date -u +%FT%TZ) finished" >> "$out/log.txt"
else
  echo "$(date -u +%FT%TZ) stopped with exit code $code (finished folds are kept; run again to resume)" >> "$out/log.txt"
fi
/usr/bin/python3 bench/speech_p7_report.py "$out" > "bench/results/speech-p7-$tag.md"
