#!/usr/bin/env python3
"""Summary of a (possibly unfinished) bench/run-speech-p7.sh run, next to P7 Table 4, as Markdown.

Usage: /usr/bin/python3 bench/speech_p7_report.py bench/results/speech-p7-<tag> > bench/results/speech-p7-<tag>.md
Reads <dir>/folds/seed<S>-fold<K>.json (one finished fold each: test truth and predictions) and the
command line from <dir>/log.txt. UAR = mean per-class recall over the classes present; a seed's UAR
pools its 10 folds' predictions (as `avrs speech eval` does); mean ± sample sd over complete seeds.
"""
import glob, json, os, re, statistics, sys

d = sys.argv[1]
folds = {}
for f in sorted(glob.glob(os.path.join(d, "folds", "seed*-fold*.json"))):
    m = re.search(r"seed(\d+)-fold(\d+)\.json$", f)
    folds[(int(m.group(1)), int(m.group(2)))] = json.load(open(f))
log = open(os.path.join(d, "log.txt")).read() if os.path.exists(os.path.join(d, "log.txt")) else ""
starts = [l for l in log.splitlines() if " start " in l]
labels = next(iter(folds.values()))["labels"] if folds else []
k = len(labels)

def confusion(pairs):
    cm = [[0] * k for _ in range(k)]
    for t, p in pairs:
        cm[t][p] += 1
    return cm

def uar(cm):
    r = [cm[i][i] / sum(cm[i]) for i in range(k) if sum(cm[i]) > 0]
    return sum(r) / len(r)

def war(cm):
    return sum(cm[i][i] for i in range(k)) / sum(map(sum, cm))

print("# EmoDB, CRNN after P7 (Sun, Li & Ma 2023): 8 train / 1 validation / 1 test speakers, rotating\n")
print("Written by `bench/speech_p7_report.py` from the fold files of `bench/run-speech-p7.sh` "
      f"(`{d}`). Runs so far:\n")
for s in starts:
    print(f"- `{s}`")
print()
seeds = sorted({s for s, _ in folds})
complete = []
rows = []
for s in seeds:
    fs = [folds[(s, i)] for i in range(1, 11) if (s, i) in folds]
    pairs = [(t, p) for f in fs for t, p in zip(f["truth"], f["predicted"])]
    cm = confusion(pairs)
    per_fold = [uar(confusion(zip(f["truth"], f["predicted"]))) for f in fs]
    rows.append((s, len(fs), uar(cm), war(cm), per_fold, [f["fold"] for f in fs]))
    if len(fs) == 10:
        complete.append((s, cm))
print("| seed | folds done | UAR (pooled) | WAR | per-fold UAR |")
print("|---|---|---|---|---|")
for s, n, u, w, pf, _ in rows:
    print(f"| {s} | {n}/10 | {u:.4f} | {w:.4f} | {', '.join(f'{x:.3f}' for x in pf)} |")
print()
if rows:
    print("Folds (seed 1 order): " + "; ".join(rows[0][5]) + "\n")
if complete:
    us = [uar(cm) for _, cm in complete]
    ws = [war(cm) for _, cm in complete]
    sd = lambda v: statistics.stdev(v) if len(v) > 1 else float("nan")
    print(f"**Complete seeds: {len(complete)}. UAR {statistics.mean(us):.4f} ± {sd(us):.4f}, "
          f"WAR {statistics.mean(ws):.4f} ± {sd(ws):.4f}** (mean ± sd over seeds).\n")
    total = [[sum(cm[i][j] for _, cm in complete) for j in range(k)] for i in range(k)]
    print("Per-class recall (pooled over complete seeds): " + ", ".join(
        f"{labels[i]} {total[i][i] / sum(total[i]):.3f}" for i in range(k)) + "\n")
    print("Confusion matrix (rows true, columns predicted; summed over complete seeds):\n")
    print("| | " + " | ".join(labels) + " |")
    print("|---" * (k + 1) + "|")
    for i in range(k):
        print(f"| {labels[i]} | " + " | ".join(str(x) for x in total[i]) + " |")
    print()
else:
    print("**No seed is complete yet**; the partial UARs above pool only the finished folds.\n")

print("""## Next to P7 Table 4 (Emo-DB, UA %)

| Method | Input | UA (%) |
|---|---|---|
| Deb and Dandapat 2019 | MFCC+Δ+ΔΔ | 85.10 |
| Suganya and Charles 2019 | raw audio | 85.62 |
| Kerkeni 2019 | EMD/TKEO and cepstral features | 86.22 |
| Chen 2018 | log-Mel | 87.81 |
| Muppidi and Radfar 2021 | RGB Mel | 88.78 |
| Kim 2018 | 20 eGeMAPS | 88.90 |
| Mustaqeem and Kwon 2021 | raw | 89.37 |
| Zhong 2020 | log-Mel | 90.67 |
| Hou 2022 | prosody, MFCC, MFSC | 92.51 |
| P7 (IMEMD-CRNN) | 43 IMEMD features | 93.54 |""")
if complete:
    print(f"| **AVRS CRNN (this run)** | see the command above | **{100 * statistics.mean(us):.2f}** |")
elif rows:
    print(f"| AVRS CRNN (this run, unfinished: {rows[0][1]} folds of seed {rows[0][0]}) | see above | "
          f"{100 * rows[0][2]:.2f} (partial) |")
print("""
## Why the numbers differ (read before comparing)

- **Features.** P7's 43 per-frame features come from its improved masking EMD (Hilbert spectrum
  statistics, SMFCC and deltas). `--features imemd43` computes them with avrs-signal's `Imemd43`
  (about 2 CPU-seconds per 3 s segment, cached); `logmel` (40 log-mel bands) and `mfcc` (13 MFCC + Δ
  + ΔΔ) are cheaper stand-ins on the same 3 s segments, 16 kHz, 25 ms / 10 ms frames and
  max-normalisation. The command above says which one this run used.
- **Audio.** The shared EmoDB copy is resampled to 22.05 kHz and cut to 2.0 s: 409 of 535 utterances
  lose their end (originals run 1.2–9 s). It is resampled back to 16 kHz here; P7 used the full
  16 kHz originals.
- **Augmentation.** P7 made 60 copies per training file; this run makes AUGMENT (see the command),
  with P7's ranges (±2 semitones, ±0.4 s, SNR −20…40 dB).
- **Network and optimiser.** P7 does not print kernel, channel or unit counts (they were tuned on the
  validation speaker); ours are avrs-deep's documented defaults or the sizes in the command. Batch 64
  instead of 512 (CPU budget); Adam 1e-3 as P7; early stopping on the validation speaker's UAR.
- **Evaluation.** Ours pools the test predictions of all 10 folds (UAR of the pooled confusion); P7
  averages per-fold UA. Both are speaker-independent; P7's per-class recalls average to its 93.54.
- **Compute.** Two shared CPU cores: the P7-sized configuration costs hours per seed; see the
  per-fold timing in log.txt.
""")
