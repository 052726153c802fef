#!/usr/bin/python3
"""Golden values for avrs-signal's EEG features (org.avrs.signal.eeg).

Run from the repository root with Debian's interpreter (NOT the python3 first on PATH):

    /usr/bin/python3 tools/golden/signal_eeg.py

It rewrites avrs-signal/src/test/resources/golden/eeg/eeg_features.json. The committed fixture was made
with Python 3.11, NumPy 1.24.2 and SciPy 1.10.1 (Debian bookworm); it records the versions.

Input: four channels (Fp1, Fp2, F3, F4) of 12 s at 128 Hz, each two sines plus 5 x LCG uniform noise
plus an offset (eeg_channels below; regenerated bit for bit by EegGoldenTest from the same LCG, checked
by the stored checksums). References, all computed with NumPy/SciPy calls on windows cut here:
  * band power: scipy.signal.welch(window, fs, nperseg=128) (Hann, noverlap 64, constant detrend,
    density), P summed over lo <= f < hi times df; relative = band / power over [1, 50) Hz.
  * differential entropy: scipy.signal.sosfiltfilt(butter(4, [lo, hi], "bandpass", fs, output="sos"),
    whole channel), then 0.5 ln(2 pi e var) of each window (np.var, 1/N); DASM/RASM from those.
  * Hjorth: np.var of the window, np.diff and np.diff twice.
  * channel statistics: np.mean, np.var, sqrt(mean(x^2)), scipy.stats.skew(bias=True),
    scipy.stats.kurtosis(fisher=False, bias=True), on the whole record.
"""
import json
import os
import platform
import sys

import numpy as np
import scipy
import scipy.signal as ss
import scipy.stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from signal_dsp import checksum, lcg_uniform  # noqa: E402

OUT = os.path.join("avrs-signal", "src", "test", "resources", "golden", "eeg")
FS, SECONDS = 128.0, 12
CHANNELS = ["Fp1", "Fp2", "F3", "F4"]
# (f1, a1, f2, a2, offset) per channel
PARAMS = [(10.0, 20.0, 22.0, 5.0, 0.0), (6.0, 15.0, 40.0, 3.0, 3.0), (2.5, 30.0, 12.0, 8.0, -2.0),
          (18.0, 10.0, 35.0, 4.0, 1.5)]
BANDS = [("delta", 1, 4), ("theta", 4, 8), ("alpha", 8, 14), ("beta", 14, 30), ("gamma", 30, 50)]
WINDOW, STEP, SEGMENT = 2.0, 1.0, 1.0


def eeg_channels():
    """Channel c: a1 sin(2 pi f1 t) + a2 sin(2 pi f2 t) + 5 u_c + offset, u_c = lcg_uniform(n, 200 + c)."""
    n = int(FS * SECONDS)
    t = np.arange(n) / FS
    return [a1 * np.sin(2 * np.pi * f1 * t) + a2 * np.sin(2 * np.pi * f2 * t) + 5 * lcg_uniform(n, 200 + c) + off
            for c, (f1, a1, f2, a2, off) in enumerate(PARAMS)]


def windows(n):
    length, step = int(round(WINDOW * FS)), int(round(STEP * FS))
    return [(s, s + length) for s in range(0, n - length + 1, step)]


def provenance(call):
    return {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
            "script": "tools/golden/signal_eeg.py", "call": call}


def main():
    xs = eeg_channels()
    n = len(xs[0])
    wins = windows(n)
    out = {"provenance": provenance("see the module docstring"), "fs": FS, "channels": CHANNELS,
           "inputs": [checksum(x) for x in xs], "bands": [[b, lo, hi] for b, lo, hi in BANDS],
           "window": WINDOW, "step": STEP, "segment": SEGMENT,
           "times": [(a + (b - a) / 2) / FS for a, b in wins]}
    power, rel, de, hjorth = {}, {}, {}, {}
    for ch, x in zip(CHANNELS, xs):
        filtered = {b: ss.sosfiltfilt(ss.butter(4, [lo, hi], "bandpass", fs=FS, output="sos"), x)
                    for b, lo, hi in BANDS}
        for b, _, _ in BANDS:
            power[f"{ch}_{b}_power"], rel[f"{ch}_{b}_relpower"], de[f"{ch}_{b}_de"] = [], [], []
        for k in ("activity", "mobility", "complexity"):
            hjorth[f"{ch}_{k}"] = []
        for a, z in wins:
            w = x[a:z]
            f, p = ss.welch(w, fs=FS, nperseg=int(SEGMENT * FS))
            df = f[1] - f[0]
            total = p[(f >= 1) & (f < 50)].sum() * df
            for b, lo, hi in BANDS:
                bp = p[(f >= lo) & (f < hi)].sum() * df
                power[f"{ch}_{b}_power"].append(float(bp))
                rel[f"{ch}_{b}_relpower"].append(float(bp / total))
                de[f"{ch}_{b}_de"].append(float(0.5 * np.log(2 * np.pi * np.e * np.var(filtered[b][a:z]))))
            d1, d2 = np.diff(w), np.diff(w, 2)
            mob = np.sqrt(np.var(d1) / np.var(w))
            hjorth[f"{ch}_activity"].append(float(np.var(w)))
            hjorth[f"{ch}_mobility"].append(float(mob))
            hjorth[f"{ch}_complexity"].append(float(np.sqrt(np.var(d2) / np.var(d1)) / mob))
    out["bandpower"] = {**power, **rel}
    out["de"] = de
    out["hjorth"] = hjorth
    asym = {}
    for left, right in [("Fp1", "Fp2"), ("F3", "F4")]:
        for b, _, _ in BANDS:
            l, r = np.array(de[f"{left}_{b}_de"]), np.array(de[f"{right}_{b}_de"])
            asym[f"{left}-{right}_{b}_dasm"] = [float(v) for v in l - r]
            asym[f"{left}-{right}_{b}_rasm"] = [float(v) for v in l / r]
    out["asymmetry"] = asym
    stats = {}
    for ch, x in zip(CHANNELS, xs):
        stats[f"{ch}_mean"] = float(np.mean(x))
        stats[f"{ch}_variance"] = float(np.var(x))
        stats[f"{ch}_rms"] = float(np.sqrt(np.mean(x * x)))
        stats[f"{ch}_skewness"] = float(scipy.stats.skew(x, bias=True))
        stats[f"{ch}_kurtosis"] = float(scipy.stats.kurtosis(x, fisher=False, bias=True))
    out["channel_stats"] = stats
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "eeg_features.json")
    with open(path, "w") as f:
        json.dump(out, f, separators=(",", ":"), allow_nan=False)
    print(f"{path}: {os.path.getsize(path)} bytes")


if __name__ == "__main__":
    main()
