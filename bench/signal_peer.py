#!/usr/bin/python3
"""NumPy/SciPy peers of the avrs-bench signal benchmarks (org.avrs.bench.signal), same definitions, same
in-memory signals. Run by bench/run-signal.sh (one core: taskset -c 1, OMP_NUM_THREADS=1; with and
without MALLOC_MMAP_THRESHOLD_/MALLOC_TRIM_THRESHOLD_).

    /usr/bin/python3 bench/signal_peer.py [--seconds S] [--out FILE.json]

Workloads (mirroring BenchSignals / MfccBench / EegDspBench):
  mfcc     (and mfcc_float32: the same in float32, as librosa computes on float32 audio)
           20 utterances x 3 s at 16 kHz; librosa 0.10 mfcc definition (n_mfcc 13, n_fft 512, win 400,
           hop 160, 40 Slaney mels, center, zero padding, power_to_db ref 1 amin 1e-10 top_db 80, DCT-II
           ortho), in its fastest NumPy form: the window and the mel basis made once, framing by strides,
           scipy.fft.rfft, one matmul for the mel bands, scipy.fft.dct. Checked against
           tools/golden/signal_dsp.py mfcc() (the reference definition) before timing.
  welch    32 channels x 60 s at 128 Hz: scipy.signal.welch(X, fs=128, nperseg=256) along the last axis
           (vectorized over channels), then the power in five bands (sum of P over lo <= f < hi, times df).
  filtfilt the same channels: scipy.signal.sosfiltfilt(butter(4, [8, 13], 'bandpass', fs=128,
           output='sos'), X, axis=-1).
Each workload is repeated for about --seconds seconds after one warm-up run; wall-clock and CPU
(thread_time) seconds per operation are reported, median and best.
"""
import argparse
import json
import os
import platform
import sys
import time

import numpy as np
import scipy
import scipy.fft
import scipy.signal

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools", "golden"))
import signal_dsp as ref  # noqa: E402  (the reference definitions of the golden fixtures)

UTTERANCES, UTTERANCE_SAMPLES, AUDIO_RATE = 20, 48_000, 16_000.0
CHANNELS, CHANNEL_SAMPLES, EEG_RATE = 32, 7_680, 128.0
BANDS = [(1, 4), (4, 8), (8, 13), (13, 30), (30, 45)]


def eeg(n, fs, seed):
    """20 sin(2 pi 10 t) + 10 u (BenchSignals.eeg)."""
    return 20 * np.sin(2 * np.pi * 10.0 * np.arange(n) / fs) + 10 * ref.lcg_uniform(n, seed)


class FastMfcc:
    """The librosa mfcc definition with everything that does not depend on the signal made once. With
    dtype float32 it computes as librosa does on librosa.load's float32 audio (less precise: ~2e-5 from
    the float64 reference)."""

    def __init__(self, sr=AUDIO_RATE, n_mfcc=13, n_fft=512, hop=160, win=400, n_mels=40, dtype=np.float64):
        self.n_fft, self.hop, self.n_mfcc = n_fft, hop, n_mfcc
        self.window = ref.pad_center(scipy.signal.get_window("hann", win, fftbins=True), n_fft).astype(dtype)
        self.mel_t = np.ascontiguousarray(ref.mel_filters(sr, n_fft, n_mels).T).astype(dtype)
        self.amin = dtype(1e-10)

    def __call__(self, y):
        yp = np.pad(y, self.n_fft // 2)
        frames = np.lib.stride_tricks.sliding_window_view(yp, self.n_fft)[::self.hop]
        spec = scipy.fft.rfft(frames * self.window, axis=1)
        power = spec.real ** 2 + spec.imag ** 2
        db = 10.0 * np.log10(np.maximum(self.amin, power @ self.mel_t))
        np.maximum(db, db.max() - 80.0, out=db)
        return scipy.fft.dct(db, type=2, norm="ortho", axis=1)[:, :self.n_mfcc]


def welch_band_power(x):
    f, p = scipy.signal.welch(x, fs=EEG_RATE, nperseg=256, axis=-1)
    df = f[1] - f[0]
    return [p[:, (f >= lo) & (f < hi)].sum(axis=1) * df for lo, hi in BANDS]


def timed(fn, seconds):
    """Wall-clock (perf_counter) and CPU (thread_time) seconds per run: median and best of each."""
    fn()  # warm-up
    wall, cpu = [], []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(wall) < 5:
        t0, c0 = time.perf_counter(), time.thread_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.thread_time() - c0)
    return {"median_s": float(np.median(wall)), "best_s": float(min(wall)), "cpu_median_s": float(np.median(cpu)),
            "cpu_best_s": float(min(cpu)), "runs": len(wall)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--out")
    args = ap.parse_args()

    speech = [ref.test_signal(UTTERANCE_SAMPLES, AUDIO_RATE, i) for i in range(UTTERANCES)]
    mfcc = FastMfcc()
    mfcc32 = FastMfcc(dtype=np.float32)
    speech32 = [y.astype(np.float32) for y in speech]
    for y, y32 in zip(speech[:2], speech32):  # same definition as the golden reference
        assert np.max(np.abs(mfcc(y) - ref.mfcc(y, AUDIO_RATE))) < 1e-9
        assert np.max(np.abs(mfcc32(y32) - ref.mfcc(y, AUDIO_RATE))) < 1e-3
    frames = sum(len(mfcc(y)) for y in speech)
    x = np.stack([eeg(CHANNEL_SAMPLES, EEG_RATE, 1000 + c) for c in range(CHANNELS)])
    sos = scipy.signal.butter(4, [8, 13], btype="bandpass", fs=EEG_RATE, output="sos")

    results = {
        "mfcc": timed(lambda: [mfcc(y) for y in speech], args.seconds),
        "mfcc_float32": timed(lambda: [mfcc32(y) for y in speech32], args.seconds),
        "welch": timed(lambda: welch_band_power(x), args.seconds),
        "filtfilt": timed(lambda: scipy.signal.sosfiltfilt(sos, x, axis=-1), args.seconds),
    }
    for key in ("mfcc", "mfcc_float32"):
        results[key].update(frames_per_op=frames, audio_seconds_per_op=UTTERANCES * UTTERANCE_SAMPLES / AUDIO_RATE)
    results["welch"]["channel_samples_per_op"] = CHANNELS * CHANNEL_SAMPLES
    results["filtfilt"]["channel_samples_per_op"] = CHANNELS * CHANNEL_SAMPLES
    out = {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
           "malloc_env": {k: os.environ[k] for k in ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_")
                          if k in os.environ},
           "omp_num_threads": os.environ.get("OMP_NUM_THREADS"), "results": results}
    text = json.dumps(out, indent=2)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
