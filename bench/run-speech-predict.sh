#!/usr/bin/env bash
# Latency of `avrs speech predict` on a 3 s clip (a real EmoDB utterance of 2 s followed by 1 s of
# another, 22.05 kHz), for the shipped classical model and a CRNN model:
#   - in process (org.avrs.bench.speech.PredictLatency): WAV read and recognize(), median of 20 warm calls,
#     wall and thread-CPU time, plus model load and the cold first call;
#   - end to end: `./avrs speech predict MODEL clip.wav` wall time including JVM start (median of 3).
# Writes bench/results/speech-predict-latency.md.
#   bench/run-speech-predict.sh [CRNN_MODEL]     (default CRNN model: a small one trained for the
#                                                 benchmark into target/, 2 epochs — latency only)
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"
emodb=${DATA:-$shared/emodb}
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -B -q -pl avrs-bench,avrs-cli -am package -DskipTests -Dmaven.javadoc.skip=true
work=avrs-bench/target/speech-latency
mkdir -p "$work"
clip="$work/clip-3s.wav"
/usr/bin/python3 - "$emodb/wav/03a01Fa.wav" "$emodb/wav/03a01Wa.wav" "$clip" <<'PY'
import sys, wave
a, b, out = sys.argv[1:4]
with wave.open(a) as wa, wave.open(b) as wb:
    p = wa.getparams(); rate = wa.getframerate()
    frames = wa.readframes(2 * rate) + wb.readframes(rate)
with wave.open(out, "wb") as w:
    w.setparams(p); w.writeframes(frames)
PY
classical=data/models/speech-emodb-svm.avrs
crnn=${1:-$work/crnn-small.avrs}
if [ ! -f "$crnn" ]; then
  ./avrs speech train --data "$emodb" --model crnn --epochs 2 --augment 0 --crnn-conv 8,16,16,16 \
    --crnn-gru 16,16,16 --crnn-fc 16,16 --quiet --out "$crnn" 2>/dev/null
fi
cp="avrs-bench/target/classes:avrs-bench/target/lib/*"
lines=()
for model in "$classical" "$crnn"; do
  lines+=("$("$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -Dai.djl.offline=true \
      -Dai.djl.pytorch.num_threads=1 -cp "$cp" org.avrs.bench.speech.PredictLatency "$model" "$clip" 20 2>/dev/null)")
  walls=()
  for i in 1 2 3; do
    s=$(date +%s.%N); ./avrs speech predict "$model" "$clip" > /dev/null 2>&1; e=$(date +%s.%N)
    walls+=("$(echo "$e - $s" | bc)")
  done
  lines+=("cli model=$(basename "$model") wall_s=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 2p) all=${walls[*]}")
done
{
  echo "# \`avrs speech predict\` latency on a 3 s clip"
  echo
  echo "Run $(date -u +%FT%TZ) by \`bench/run-speech-predict.sh\` on $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "(the machine is shared: wall times include waiting for a core; thread-CPU times do not)."
  echo "Java: $("$JAVA_HOME/bin/java" -version 2>&1 | grep -v -e '^NOTE: Picked up' -e '^WARNING: Using incubator' | head -n 1). PyTorch threads: 1."
  echo
  echo "In process (after start-up; median of 20 warm calls): \`read\` = WavReader.read, \`recognize\` = feature"
  echo "extraction + classification (SpeechEmotionModel.recognize / CrnnSpeechModel.recognize)."
  echo
  echo '```'
  printf '%s\n' "${lines[@]}"
  echo '```'
} > bench/results/speech-predict-latency.md
cat bench/results/speech-predict-latency.md
