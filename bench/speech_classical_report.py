#!/usr/bin/env python3
"""Markdown summary of bench/run-speech-classical.sh: one row per pipeline, per-class recall, per-fold
UAR and the paired t-tests that `avrs speech eval --compare` computed (org.avrs.core.stats.PairedTTest).

Usage: /usr/bin/python3 bench/speech_classical_report.py bench/results/speech-classical
"""
import json, os, sys

d = sys.argv[1]
order = ["svm", "rf", "mlp", "svm-mfcc", "control-rf-shuffled"]
runs = {n: json.load(open(os.path.join(d, n + ".json"))) for n in order if os.path.exists(os.path.join(d, n + ".json"))}
print("# EmoDB leave-one-speaker-out: classical speech emotion pipelines\n")
print("Written by `bench/speech_classical_report.py` from `bench/run-speech-classical.sh` "
      "(commands and timings in `bench/results/speech-classical/log.txt`). EmoDB copy: 535 utterances, "
      "22.05 kHz, cut or padded to 2.0 s. Every fold fits scaling, per-speaker normalisation statistics "
      "(κ = 5 pseudo-recordings of the training population) and model selection on its 9 training speakers "
      "only; the test speaker is normalised by their own unlabelled recordings. UAR/WAR pool the 10 folds' "
      "predictions; ± is the sample sd over seeds. Chance UAR = 1/7 = 0.143.\n")
print("| pipeline | model | UAR | WAR | paired t-test of per-fold UAR vs svm | seconds |")
print("|---|---|---|---|---|---|")
for n, r in runs.items():
    sd = f" ± {r['uarSd']:.4f}" if "uarSd" in r else ""
    wsd = f" ± {r['warSd']:.4f}" if "warSd" in r else ""
    c = r.get("comparison")
    test = (f"t = {c['t']:.3f}, df = {c['df']:.0f}, p = {c['p']:.4g}, d_z = {c['cohensDz']:.2f}"
            if c and c.get("t") is not None else "–")
    print(f"| {n}{' (shuffled labels)' if r['shuffledLabels'] else ''} | {r['trainer'][:90]} | "
          f"{r['uar']:.4f}{sd} | {r['war']:.4f}{wsd} | {test} | {r['seconds']:.0f} |")
print()
labels = next(iter(runs.values()))["labels"] if runs else []
print("Per-class recall:\n")
print("| pipeline | " + " | ".join(labels) + " |")
print("|---" * (len(labels) + 1) + "|")
for n, r in runs.items():
    print(f"| {n} | " + " | ".join(f"{r['perClassRecall'][l]:.3f}" for l in labels) + " |")
print()
print("Per-fold UAR (test speaker):\n")
if runs:
    names = [f["name"] for f in next(iter(runs.values()))["folds"]]
    print("| pipeline | " + " | ".join(x.replace("test ", "") for x in names) + " |")
    print("|---" * (len(names) + 1) + "|")
    for n, r in runs.items():
        print(f"| {n} | " + " | ".join(f"{f['uar']:.3f}" for f in r["folds"]) + " |")
print()
if "svm" in runs:
    r = runs["svm"]
    print("Confusion matrix of svm (rows true, columns predicted):\n")
    print("| | " + " | ".join(labels) + " |")
    print("|---" * (len(labels) + 1) + "|")
    for i, row in enumerate(r["confusion"]):
        print(f"| {labels[i]} | " + " | ".join(str(x) for x in row) + " |")
    print()
