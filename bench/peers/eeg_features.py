#!/usr/bin/python3
"""NumPy/SciPy peer of avrs-bench's org.avrs.bench.eeg.EegFeaturesBench: the same EEG features on data of
the same shape, in SciPy's fastest form (vectorized over channels and windows). Run by bench/run-eeg.sh
on one core (taskset -c 1, OMP_NUM_THREADS=1), with and without MALLOC_MMAP_THRESHOLD_/
MALLOC_TRIM_THRESHOLD_.

    /usr/bin/python3 bench/peers/eeg_features.py [--seconds S] [--out FILE.json]

Data: 32 channels x 60 s at 128 Hz, 20 sin(2 pi 10 t) + 10 u (numpy's default_rng(1000) uniform noise;
the Java side draws its own noise of the same law).
Workloads, matching the Java extractors' definitions (checked against them by the golden tests):
  bandpower      2 s windows every 1 s (sliding_window_view), scipy.signal.welch(W, fs, nperseg=128) over
                 all channels x windows at once (Hann, noverlap 64, constant detrend, density), 5 bands
                 (1-4, 4-8, 8-14, 14-30, 30-50 Hz) as masked sums x df, relative = band / [1, 50) total.
  de             per band, scipy.signal.sosfiltfilt(butter(4, band, "bandpass", fs, output="sos"), X,
                 axis=-1) on all channels, then the variance of each 2 s window (stride 1 s) and
                 0.5 ln(2 pi e var).
  hjorth         whole record: np.var of x, np.diff(x), np.diff(x, 2) along the last axis.
  channel_stats  whole record: mean, np.var, RMS, scipy.stats.skew(bias=True),
                 scipy.stats.kurtosis(fisher=False, bias=True) along the last axis.
Each workload is repeated for about --seconds seconds after a warm-up run; wall-clock (perf_counter) and
CPU (thread_time) seconds per operation, median and best (bench/signal_peer.py timed), are written as JSON.
"""
import argparse
import json
import os
import platform
import sys

import numpy as np
import scipy
import scipy.signal as ss
import scipy.stats

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from signal_peer import timed  # noqa: E402  (the timing loop of the signal peers)

CHANNELS, SAMPLES, FS = 32, 7680, 128.0
BANDS = [(1, 4), (4, 8), (8, 14), (14, 30), (30, 50)]
WINDOW, STEP, SEGMENT = 256, 128, 128


def data():
    rng = np.random.default_rng(1000)
    t = np.arange(SAMPLES) / FS
    return 20 * np.sin(2 * np.pi * 10 * t) + 10 * rng.uniform(-1, 1, (CHANNELS, SAMPLES))


def windows(x):
    return np.lib.stride_tricks.sliding_window_view(x, WINDOW, axis=-1)[:, ::STEP, :]


def bandpower(x):
    f, p = ss.welch(windows(x), fs=FS, nperseg=SEGMENT, axis=-1)
    df = f[1] - f[0]
    power = np.stack([p[..., (f >= lo) & (f < hi)].sum(axis=-1) * df for lo, hi in BANDS], axis=-1)
    total = p[..., (f >= 1) & (f < 50)].sum(axis=-1, keepdims=True) * df
    return power, power / total


SOS = [ss.butter(4, band, "bandpass", fs=FS, output="sos") for band in BANDS]


def de(x):
    out = []
    for sos in SOS:
        y = ss.sosfiltfilt(sos, x, axis=-1)
        out.append(0.5 * np.log(2 * np.pi * np.e * windows(y).var(axis=-1)))
    return np.stack(out, axis=-1)


def hjorth(x):
    d1, d2 = np.diff(x, axis=-1), np.diff(x, 2, axis=-1)
    v0, v1, v2 = x.var(axis=-1), d1.var(axis=-1), d2.var(axis=-1)
    mobility = np.sqrt(v1 / v0)
    return v0, mobility, np.sqrt(v2 / v1) / mobility


def channel_stats(x):
    return (x.mean(axis=-1), x.var(axis=-1), np.sqrt((x * x).mean(axis=-1)), scipy.stats.skew(x, axis=-1, bias=True),
            scipy.stats.kurtosis(x, axis=-1, fisher=False, bias=True))


def run(workloads, meta):
    """Times each (name, fn) of workloads for --seconds (signal_peer.timed: wall and thread CPU time,
    median and best) and prints, or writes to --out, a JSON object of meta and the timings."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--out")
    args = ap.parse_args()
    result = {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__, **meta}
    for name, fn in workloads:
        result[name] = timed(fn, args.seconds)
    text = json.dumps(result, indent=1)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")
    print(text)


def main():
    x = data()
    run([(name, lambda fn=fn: fn(x)) for name, fn in
         [("bandpower", bandpower), ("de", de), ("hjorth", hjorth), ("channel_stats", channel_stats)]],
        {"channel_samples": CHANNELS * SAMPLES})


if __name__ == "__main__":
    main()
