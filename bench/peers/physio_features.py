#!/usr/bin/python3
"""NumPy/SciPy peer of avrs-bench's org.avrs.bench.physio.PhysioBench: the same physiology methods in
SciPy's fastest straightforward form, on synthetic records made by the same formulas (noise drawn with
numpy's default_rng). Run by bench/run-eeg.sh on one core, with and without the malloc tuning.

    /usr/bin/python3 bench/peers/physio_features.py [--seconds S] [--out FILE.json]

  ecg_peaks     NeuroKit2's ECG method as documented in org.avrs.signal.physio.EcgPeakDetector: sosfiltfilt
                high-pass (0.5 Hz, order 5), filtfilt moving average over fs/50 samples, |np.gradient|,
                boxcar smoothing (np.convolve with repeated end samples) over 0.1 s and 0.75 s, QRS blocks,
                the most prominent scipy.signal.find_peaks maximum in each, 0.3 s minimum delay. 5 min at
                1000 Hz. (NeuroKit2 itself is not packaged in Debian; this is its published method.)
  eda_features  sosfiltfilt low-pass 3 Hz (order 4), high-pass 0.05 Hz (order 2) phasic, tonic = clean -
                phasic, scipy.signal.find_peaks(prominence) SCR candidates with the 0.01 / 10 % thresholds,
                and the summary means. 10 min at 100 Hz.
"""
import os
import sys

import numpy as np
import scipy.signal as ss

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eeg_features import run  # noqa: E402  (the shared timing harness)


def ecg_record(rng, fs=1000.0, n=300_000):
    t = np.arange(n) / fs
    phase = t % 0.8
    return (np.exp(-(phase - 0.4) ** 2 / (2 * 0.01 ** 2)) + 0.33 * np.exp(-(phase - 0.65) ** 2 / (2 * 0.04 ** 2))
            + 0.05 * rng.uniform(-1, 1, n) + 0.2 * np.sin(2 * np.pi * 0.3 * t))


def eda_record(rng, fs=100.0, n=60_000):
    t = np.arange(n) / fs
    s = t % 15 - 2
    sp = np.maximum(s, 0)
    return 5 + 0.002 * t + 0.002 * rng.uniform(-1, 1, n) + np.where(s >= 0, np.exp(-sp / 2.0) - np.exp(-sp / 0.75), 0)


def smooth(x, size):
    w = np.ones(size) / size
    xp = np.concatenate((np.full(size, x[0]), x, np.full(size, x[-1])))
    return np.convolve(w, xp, mode="same")[size:-size]


class EcgPeaks:
    def __init__(self, fs):
        self.fs = fs
        self.sos = ss.butter(5, 0.5, "highpass", fs=fs, output="sos")
        self.k = int(fs / 50)

    def __call__(self, x):
        fs = self.fs
        clean = ss.filtfilt(np.ones(self.k) / self.k, [1.0], ss.sosfiltfilt(self.sos, x))
        sg = smooth(np.abs(np.gradient(clean)), int(np.rint(0.1 * fs)))
        above = sg > 1.5 * smooth(sg, int(np.rint(0.75 * fs)))
        beg = np.flatnonzero(~above[:-1] & above[1:])
        end = np.flatnonzero(above[:-1] & ~above[1:])
        end = end[end > beg[0]]
        n = min(len(beg), len(end))
        min_len = 0.4 * np.mean(end[:n] - beg[:n])
        delay = int(np.rint(0.3 * fs))
        peaks = []
        for b, e in zip(beg[:n], end[:n]):
            if e - b < min_len:
                continue
            loc, props = ss.find_peaks(clean[b:e], prominence=(None, None))
            if len(loc):
                p = b + loc[np.argmax(props["prominences"])]
                if not peaks or p - peaks[-1] > delay:
                    peaks.append(p)
        return np.array(peaks)


class EdaFeatures:
    def __init__(self, fs):
        self.fs = fs
        self.low = ss.butter(4, 3, "lowpass", fs=fs, output="sos")
        self.high = ss.butter(2, 0.05, "highpass", fs=fs, output="sos")

    def __call__(self, x):
        clean = ss.sosfiltfilt(self.low, x)
        phasic = ss.sosfiltfilt(self.high, clean)
        tonic = clean - phasic
        peaks, props = ss.find_peaks(phasic, prominence=0)
        prom = props["prominences"]
        keep = prom >= max(0.01, 0.1 * prom.max())
        amp = phasic[peaks[keep]] - phasic[props["left_bases"][keep]]
        return tonic.mean(), phasic.std(), keep.sum(), amp.mean()


def main():
    rng = np.random.default_rng(7)
    ecg, eda = ecg_record(rng), eda_record(rng)
    peaks = EcgPeaks(1000.0)
    assert len(peaks(ecg)) == 375, len(peaks(ecg))
    features = EdaFeatures(100.0)
    run([("ecg_peaks", lambda: peaks(ecg)), ("eda_features", lambda: features(eda))],
        {"ecg_samples": len(ecg), "eda_samples": len(eda)})


if __name__ == "__main__":
    main()
