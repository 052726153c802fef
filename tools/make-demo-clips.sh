#!/usr/bin/env bash
# Makes the demo's viewer clips in data/samples/speech/ with espeak-ng (Debian package espeak-ng 1.51).
# They stand in for a viewer's voice when EmoDB is absent: synthetic German speech the shipped model
# never trained on, spoken in three manners (slow and low, neutral, fast and loud). Reproduce with:
#   apt-get install -y espeak-ng && tools/make-demo-clips.sh
# espeak-ng is GPL-3; the audio it outputs is data, not a part of the program, and is not covered.
set -euo pipefail
out="$(dirname "$0")/../data/samples/speech"
mkdir -p "$out"
say() { # name speed(wpm) pitch(0-99) amplitude(0-200) text
  espeak-ng -v de -s "$2" -p "$3" -a "$4" -w "$out/$1.wav" "$5"
}
say viewer-slow-low    110 20  80 "Ich weiß nicht, ob ich das heute noch schaffe."
say viewer-neutral     160 50 100 "Der Film fängt um acht Uhr an, wir treffen uns davor."
say viewer-fast-loud   230 80 190 "Das kann doch nicht wahr sein, schon wieder dieser Fehler!"
ls -l "$out"
