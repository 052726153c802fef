#!/usr/bin/python3
"""Writes bench/results/eeg-affect.md and physio-affect.md from the files bench/run-eeg-affect.sh leaves in
bench/results (eeg-affect-*.json[l], physio-affect-*.json[l], eeg-affect-env.txt). Missing parts are skipped.

    /usr/bin/python3 bench/eeg_affect_report.py bench/results
"""
import json
import os
import sys


def jsonl(path):
    if not os.path.exists(path):
        return []
    return [json.loads(line) for line in open(path) if line.strip()]


def load(path):
    return json.load(open(path)) if os.path.exists(path) else None


def f3(x):
    return "–" if x is None else f"{x:.3f}"


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def accuracy_rows(cells):
    rows = []
    for c in cells:
        sd = c.get("accuracy_sd")
        acc = f3(c["accuracy"]) + ("" if sd is None else f" ± {sd:.3f}")
        ks = ", ".join(f"K={k['k']}: {k['accuracy']:.3f} ({k['seconds']:.0f} s)" for k in c.get("k_scores", []))
        folds = c.get("fold_k") or []
        chosen = ""
        if ks:
            chosen = f"best K={c['k']}; {ks}"
        elif folds and len(set(folds)) > 1:
            chosen = "K per fold " + ",".join(str(k) for k in folds)
        elif folds:
            chosen = f"K={folds[0]}"
        rows.append([c["model"], c["protocol"], "yes" if c["shuffled"] else "no", acc, f3(c["f1"]), f3(c["chance"]),
                     c["windows"], f"{c['seconds']:.1f}", chosen])
    return rows


def main():
    d = sys.argv[1]
    env = open(os.path.join(d, "eeg-affect-env.txt")).read().strip() if os.path.exists(
        os.path.join(d, "eeg-affect-env.txt")) else ""
    md = ["# EEG affect pipelines on synthetic DEAP data (issue 5)", "",
          "Written by `bench/eeg_affect_report.py` from the files of `bench/run-eeg-affect.sh`. Environment:", "",
          "```", env, "```", "",
          "Accuracy is the mean over subjects of each subject's accuracy (± SD over subjects); F1 is the macro-F1 per "
          "subject, averaged; chance is the majority-class share. The synthetic data (org.avrs.sensing.eeg."
          "SyntheticDeap) plant valence as gamma bursts (32–44 Hz) on F7, F8, FC5, FC6, T7, T8 (+100 % burst "
          "amplitude in high-valence trials) over a 1/f background; shuffled = labels permuted among each "
          "subject's trials. `within leak-free` = 5 folds per subject by trial, channel statistics and K from "
          "training windows only; `within P3` = Ji & Dong's protocol (folds over windows, statistics over all of a "
          "subject's windows, K by test accuracy)."]
    feats = jsonl(os.path.join(d, "eeg-affect-features.jsonl"))
    if feats:
        md += ["", "## Feature pipeline (P10): 6 subjects × 16 trials × 20 s, 2 s windows, 556 features", "",
               table(["model", "protocol", "shuffled", "accuracy", "macro-F1", "chance", "windows", "s", ""],
                     accuracy_rows(feats))]
    nets = jsonl(os.path.join(d, "eeg-affect-networks.jsonl"))
    if nets:
        md += ["", "## Networks (P3): 4 subjects × 12 trials × 16 s, gamma band (30–50 Hz, order-4 Butterworth, "
               "zero-phase, on whole trials), 2 s windows (256 samples), Adam 6.25e-4, batch 8, 20 epochs", "",
               table(["model", "protocol", "shuffled", "accuracy", "macro-F1", "chance", "windows", "s", "K"],
                     accuracy_rows(nets))]
        allc = [c for c in nets if c["model"] == "shallow-p3 all 32" and not c["shuffled"]]
        six = [c for c in nets if c["model"] == "shallow-p3 kurtosis:6" and c["protocol"] == "within leak-free"
               and not c["shuffled"]]
        if allc and six:
            a, s = allc[0], six[0]
            md += ["", f"Channel selection on these data: ShallowConvNet on all 32 channels took {a['seconds']:.1f} s "
                   f"(accuracy {a['accuracy']:.3f}), on the 6 kurtosis-selected channels {s['seconds']:.1f} s "
                   f"(accuracy {s['accuracy']:.3f}): {100 * (1 - s['seconds'] / a['seconds']):.0f} % less time "
                   "(the same 25 fits, selection included)."]
    leak = jsonl(os.path.join(d, "eeg-affect-leak.jsonl"))
    if leak:
        md += ["", "## Leak-free vs P3's protocol on a null effect with trial signatures", "",
               "6 subjects × 16 trials × 20 s with **no** planted effect, but each trial's channels carry their own "
               "gain (log-SD 0.3, unrelated to the label), as drift gives real recordings. A protocol that puts "
               "windows of one trial in training and test can learn the trial, not the emotion.", "",
               table(["model", "protocol", "shuffled", "accuracy", "macro-F1", "chance", "windows", "s", "K"],
                     accuracy_rows(leak))]
    timing = jsonl(os.path.join(d, "eeg-affect-timing.jsonl"))
    if timing:
        base = next((t for t in timing if t["channels"] == 246), None)
        rows = []
        for t in timing:
            red = "" if base is None or t is base else f"{100 * (1 - t['cpu_s'] / base['cpu_s']):.0f} %"
            rows.append([t["channels"], t["windows"], t["samples"], t["epochs"], f"{t['wall_s']:.1f}",
                         f"{t['cpu_s']:.1f}", red])
        md += ["", "## Execution time at P3's geometry (ShallowConvNet kernel 3, pool 30/4, 512 samples, batch 8)", "",
               "Training for the given epochs plus predicting the same windows, random data, one PyTorch thread, "
               "`taskset -c 1`. P3 reports −89 % (246 → 68/90 channels, 150/50 epochs, GPU).", "",
               table(["channels", "windows", "samples", "epochs", "wall s", "CPU s", "CPU saved vs 246"], rows)]
    java = load(os.path.join(d, "eeg-affect-streaming-java.json"))
    if java:
        peers = {k: load(os.path.join(d, f"eeg-affect-streaming-peer-{k}.json")) for k in ("default", "malloc")}
        rows = []
        for m in java["models"]:
            rows.append([m["model"], m["features"], f"{m['latency_cpu_ms_median']:.2f}", f"{m['latency_cpu_ms_p95']:.2f}",
                         f"{m['latency_wall_ms_median']:.2f}", f"{m['features_cpu_ms_per_window']:.2f}",
                         f"{m['classifier_cpu_ms_per_window']:.2f}", f"{m['streams_per_core']:.0f}", m["state_bytes"]])
        md += ["", "## Streaming recognizer: 32 channels at 128 Hz, 2 s windows, an estimate every 1 s, 1 s chunks", "",
               "AVRS (`StreamingEegRecognizer`, one core): CPU time of the push that emits an estimate (median, 95th "
               "percentile, after warm-up), its parts, and sustained throughput: 16 streams fed round-robin for 60 s "
               "of signal each → streams one core keeps up with = 16·60 s / CPU s. Memory per stream: one window "
               "ring buffer (bytes below), independent of the stream's length.", "",
               table(["model", "features", "CPU ms median", "CPU ms p95", "wall ms median", "features ms", "classifier ms",
                      "streams/core", "state bytes"], rows)]
        prow = []
        svm = java["models"][0]
        jw = svm["features_cpu_ms_per_window"] + svm["classifier_cpu_ms_per_window"]
        for k, p in peers.items():
            if p:
                prow.append([k, f"{p['features_cpu_ms_per_window']:.2f}", f"{p['classifier_cpu_ms_per_window']:.2f}",
                             f"{p['window_cpu_ms']:.2f}", f"{p['streams_per_core']:.0f}",
                             f"{p['window_cpu_ms'] / jw:.2f}", f"{p['max_rel_diff_features_vs_avrs']:.1e}"])
        if prow:
            md += ["", "Side by side, the same per-window work (features + SVM with Platt probabilities) in NumPy/SciPy/"
                   f"scikit-learn (bench/peers/eeg_streaming.py, one core; AVRS features + classifier = {jw:.2f} ms). "
                   "The peer recomputes the features from the same raw windows and checks them against AVRS's.", "",
                   table(["peer malloc", "features ms", "classifier ms", "window ms", "streams/core",
                          "peer / AVRS", "max rel. feature diff"], prow)]
    open(os.path.join(d, "eeg-affect.md"), "w").write("\n".join(md) + "\n")
    physio = jsonl(os.path.join(d, "physio-affect-synthetic.jsonl"))
    events = load(os.path.join(d, "physio-affect-eventrelated.json"))
    if physio or events:
        pm = ["# Physiological affect (issue 5)", "",
              "Written by `bench/eeg_affect_report.py` from the files of `bench/run-eeg-affect.sh`."]
        if physio:
            rows = [[c["target"], c["model"], c["protocol"], "yes" if c["shuffled"] else "no",
                     f3(c["accuracy"]) + ("" if c.get("accuracy_sd") is None else f" ± {c['accuracy_sd']:.3f}"),
                     f3(c["f1"]), f3(c["chance"]), c["trials"], c["dropped"]] for c in physio]
            pm += ["", "## Valence and arousal from HR/HRV/EDA/SCR on synthetic DEAP files", "",
                   "8 subjects × 20 trials × 30 s; one feature vector per trial (hr_mean, hr_median, hr_moving_sd, sdnn, "
                   "rmssd, eda_median, eda_sd, scl_mean, scr_rate, scr_amplitude_mean) from the plethysmograph and the "
                   "GSR channel (→ µS). Arousal is planted (+12 bpm, ×2 SCR rate when high); valence is not planted in "
                   "the physiology, so valence rows must sit at chance. `within` = 5 folds per subject by trial; `LOSO` "
                   "= leave one subject out with per-subject z-scoring.", "",
                   table(["target", "model", "protocol", "shuffled", "accuracy", "macro-F1", "chance", "trials",
                          "dropped"], rows)]
        if events:
            rows = [[e["index"], e["condition"], f"{e['onsetSeconds']:.2f}", f"{e['hrBaseline']:.1f}",
                     f"{e['hrChange']:+.2f}", f"{e['hrMinChange']:+.2f}", f"{e['hrMaxChange']:+.2f}",
                     f"{e['scrAmplitude']:.3f}", "–" if e["scrLatency"] is None else f"{e['scrLatency']:.2f}"]
                    for e in events["events"]]
            crow = [[c["condition"], c["events"], f"{c['hrChange']:+.2f}", f"{c['hrMinChange']:+.2f}",
                     f"{c['hrMaxChange']:+.2f}", f"{c['scrAmplitude']:.3f}", f"{c['scrs']}/{c['events']}"]
                    for c in events["conditions"]]
            pm += ["", "## Event-related responses: NeuroKit2's bio_eventrelated_100hz.csv", "",
                   "Four images, 3 s each (Negative, Neutral, Neutral, Negative), onsets where the photosensor falls. "
                   "Heart rate from NeuroKit-method R-peaks, held between beats; change = mean over [0, 6) s minus the "
                   "mean over [−1, 0) s. SCR = first skin-conductance response whose onset lies 1–4 s after the image.",
                   "", table(["#", "condition", "onset s", "HR bpm", "HR change", "min", "max", "SCR µS", "latency s"],
                             rows), "", table(["condition", "n", "HR change", "min", "max", "SCR µS", "with SCR"], crow),
                   "", events.get("reading", "")]
        open(os.path.join(d, "physio-affect.md"), "w").write("\n".join(pm) + "\n")


if __name__ == "__main__":
    main()
