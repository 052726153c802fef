#!/usr/bin/python3
"""NumPy/SciPy/scikit-learn peer of org.avrs.bench.eeg_affect.StreamingBench: the per-window work of the
streaming EEG recognizer — DE, log band power, DASM, RASM and Hjorth of one 32-channel 2 s window at
128 Hz, then an RBF SVM with Platt probabilities — timed window by window as a live stream needs it.
Run by bench/run-eeg-affect.sh on one core (taskset -c 1, OMP_NUM_THREADS=1).

    /usr/bin/python3 bench/peers/eeg_streaming.py DIR OUT.json

DIR holds what StreamingBench exported: train.csv (label, feature vector per training window, computed by
AVRS), windows.csv (200 raw windows, channel after channel), features.csv (AVRS's vectors of those
windows) and names.txt (the column names). The peer fits StandardScaler + SVC(C=10, gamma="scale",
probability=True) on train.csv (as avrs-learn's SvmTrainer: z-scoring, LibSVM C-SVC, gamma = 1/(d Var X)),
computes its own features of each window (same definitions: butter(4, band, "bandpass", fs=128,
output="sos") + sosfiltfilt for DE = 0.5 ln(2 pi e var); welch(nperseg=128, Hann, noverlap 64, constant
detrend, density) band sums x df for log power; DASM/RASM from DE; Hjorth with np.diff and np.var), checks
them against AVRS's, and times features and predict_proba per window (thread CPU time, 3 rounds after a
warm-up).
"""
import json
import platform
import sys
import time

import numpy as np
import scipy
import scipy.signal as ss
import sklearn
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

FS = 128.0
BANDS = {"delta": (1, 4), "theta": (4, 8), "alpha": (8, 14), "beta": (14, 30), "gamma": (30, 50)}


def main():
    folder, out = sys.argv[1], sys.argv[2]
    names = [n for n in open(folder + "/names.txt").read().split("\n") if n]
    train = np.loadtxt(folder + "/train.csv", delimiter=",")
    windows = np.loadtxt(folder + "/windows.csv", delimiter=",")
    java = np.loadtxt(folder + "/features.csv", delimiter=",")
    channels = [n[:-len("_activity")] for n in names if n.endswith("_activity")]
    windows = windows.reshape(len(windows), len(channels), -1)
    sos = {b: ss.butter(4, lohi, btype="bandpass", fs=FS, output="sos") for b, lohi in BANDS.items()}

    def features(x):
        de = {b: 0.5 * np.log(2 * np.pi * np.e * np.var(ss.sosfiltfilt(s, x, axis=-1), axis=-1))
              for b, s in sos.items()}
        f, p = ss.welch(x, fs=FS, window="hann", nperseg=128, noverlap=64, detrend="constant",
                        scaling="density", axis=-1)
        df = f[1] - f[0]
        power = {b: np.log(p[:, (f >= lo) & (f < hi)].sum(axis=-1) * df) for b, (lo, hi) in BANDS.items()}
        d1 = np.diff(x, axis=-1)
        d2 = np.diff(x, 2, axis=-1)
        v0, v1, v2 = np.var(x, axis=-1), np.var(d1, axis=-1), np.var(d2, axis=-1)
        mobility = np.sqrt(v1 / v0)
        complexity = np.sqrt(v2 / v1) / mobility
        index = {c: i for i, c in enumerate(channels)}
        values = []
        for n in names:
            parts = n.split("_")
            kind = parts[-1]
            if kind in ("de", "logpower"):
                table = de if kind == "de" else power
                values.append(table[parts[-2]][index["_".join(parts[:-2])]])
            elif kind in ("dasm", "rasm"):
                left, right = "_".join(parts[:-2]).split("-")
                a, b = de[parts[-2]][index[left]], de[parts[-2]][index[right]]
                values.append(a - b if kind == "dasm" else a / b)
            else:
                ch = index["_".join(parts[:-1])]
                values.append({"activity": v0, "mobility": mobility, "complexity": complexity}[kind][ch])
        return np.array(values)

    scaler = StandardScaler().fit(train[:, 1:])
    svm = SVC(C=10, gamma="scale", kernel="rbf", probability=True, random_state=42)
    svm.fit(scaler.transform(train[:, 1:]), train[:, 0].astype(int))
    ours = np.array([features(w) for w in windows])
    rel = np.abs(ours - java) / np.maximum(1e-9, np.abs(java))
    for w in windows[:20]:  # warm-up
        svm.predict_proba(scaler.transform(features(w)[None, :]))
    feat, clf = [], []
    for _ in range(3):
        t0 = time.thread_time()
        vecs = [features(w) for w in windows]
        t1 = time.thread_time()
        for v in vecs:
            svm.predict_proba(scaler.transform(v[None, :]))
        t2 = time.thread_time()
        feat.append((t1 - t0) / len(windows) * 1e3)
        clf.append((t2 - t1) / len(windows) * 1e3)
    result = {
        "python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
        "sklearn": sklearn.__version__, "windows": len(windows), "features": len(names),
        "support_vectors": int(svm.n_support_.sum()),
        "max_rel_diff_features_vs_avrs": float(rel.max()),
        "features_cpu_ms_per_window": float(np.median(feat)),
        "classifier_cpu_ms_per_window": float(np.median(clf)),
        "window_cpu_ms": float(np.median(feat) + np.median(clf)),
        "streams_per_core": float(1000.0 / (np.median(feat) + np.median(clf))),
    }
    json.dump(result, open(out, "w"), indent=1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
