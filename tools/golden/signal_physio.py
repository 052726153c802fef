#!/usr/bin/python3
"""Golden values for avrs-signal's physiology features (org.avrs.signal.physio).

Run from the repository root with Debian's interpreter (NOT the python3 first on PATH):

    /usr/bin/python3 tools/golden/signal_physio.py

It rewrites avrs-signal/src/test/resources/golden/physio/*.json. The committed fixtures were made with
Python 3.11, NumPy 1.24.2 and SciPy 1.10.1 (Debian bookworm); each fixture records the versions.

References (independent of the Java code):
  * ecg_reference_peaks.json: R-peaks of the NeuroKit2 example recordings in ../shared/data/physio
    (skipped when absent) by a SciPy transcription of Pan & Tompkins (1985), doi:10.1109/TBME.1985.325532
    -- a different algorithm from the Java detector (NeuroKit2's gradient method): 5-15 Hz band-pass,
    five-point derivative, squaring, 150 ms moving-window integration, adaptive thresholds
    SPKI/NPKI with THRESHOLD1 = NPKI + 0.25 (SPKI - NPKI), search-back at 1.66 x the mean of the last
    8 RR intervals with THRESHOLD2 = THRESHOLD1 / 2, T-wave rejection (within 360 ms and under half
    the previous QRS slope), 200 ms refractory period. Zero-phase filters (sosfiltfilt, centred
    window) replace the original causal integer filters, so no delay needs undoing; each detection
    is then placed on the maximum of the 0.5 Hz high-passed ECG (Butterworth order 2, zero-phase)
    within +-75 ms.
  * hrv.json: time- and frequency-domain HRV of a synthetic beat sequence, with numpy and
    scipy.interpolate.PchipInterpolator + scipy.signal.welch (the definitions of Hrv's Javadoc).
  * eda.json: a synthetic EDA record (tonic drift + Bateman SCRs + LCG noise), decomposed with
    scipy.signal.sosfiltfilt(butter(...)) and scipy.ndimage.median_filter(mode="nearest"), SCRs from
    scipy.signal.find_peaks(prominence=...) for the peaks and their prominences; the onset rule (the
    trough before the rise, see ScrDetector's Javadoc) is written here in NumPy from that definition.
"""
import json
import os
import platform
import sys

import numpy as np
import scipy
import scipy.interpolate
import scipy.ndimage
import scipy.signal as ss

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from signal_dsp import lcg_uniform  # noqa: E402  (the LCG mirrored by org.avrs.signal.TestSignals)

OUT = os.path.join("avrs-signal", "src", "test", "resources", "golden", "physio")
DATA = os.environ.get("AVRS_DATA", os.path.join("..", "shared", "data"))
if not os.path.isdir(DATA):
    DATA = os.path.join("..", "..", "shared", "data")  # from a worktree under /work/wt


def provenance(call):
    return {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
            "script": "tools/golden/signal_physio.py", "call": call}


def write(name, payload):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + ".json")
    with open(path, "w") as f:
        json.dump(payload, f, separators=(",", ":"), allow_nan=False)
    print(f"{path}: {os.path.getsize(path)} bytes")


def vec(a):
    return [float(v) for v in np.ravel(a)]


# ----------------------------------------------------------------------------------------------
# Pan & Tompkins (1985), zero-phase variant
# ----------------------------------------------------------------------------------------------

def pan_tompkins(x, fs):
    bp = ss.sosfiltfilt(ss.butter(2, [5, 15], "bandpass", fs=fs, output="sos"), x)
    d = np.zeros_like(bp)
    d[2:-2] = (-bp[:-4] - 2 * bp[1:-3] + 2 * bp[3:-1] + bp[4:]) * fs / 8
    w = max(1, int(round(0.150 * fs)))
    mwi = np.convolve(d * d, np.ones(w) / w, mode="same")
    cand, _ = ss.find_peaks(mwi, distance=max(1, int(round(0.2 * fs))))
    learn = int(2 * fs)
    spki, npki = 0.25 * mwi[:learn].max(), 0.5 * mwi[:learn].mean()
    thr1 = npki + 0.25 * (spki - npki)
    qrs, rr, last_slope = [], [], None
    slope_w = max(1, int(round(0.075 * fs)))

    def max_slope(p):
        return np.abs(d[max(0, p - slope_w):p + 1]).max()

    i = 0
    while i < len(cand):
        p, pk = cand[i], mwi[cand[i]]
        if qrs and rr and p - qrs[-1] > 1.66 * np.mean(rr[-8:]) * fs:  # search back
            lo = qrs[-1] + int(0.2 * fs)
            between = [c for c in cand if lo <= c < p and mwi[c] > 0.5 * thr1]
            if between:
                b = max(between, key=lambda c: mwi[c])
                rr.append((b - qrs[-1]) / fs)
                qrs.append(b)
                last_slope = max_slope(b)
                spki = 0.25 * mwi[b] + 0.75 * spki
                thr1 = npki + 0.25 * (spki - npki)
                continue
        if pk > thr1:
            if qrs and p - qrs[-1] < 0.36 * fs and last_slope is not None and max_slope(p) < 0.5 * last_slope:
                npki = 0.125 * pk + 0.875 * npki  # a T wave
            else:
                if qrs:
                    rr.append((p - qrs[-1]) / fs)
                qrs.append(p)
                last_slope = max_slope(p)
                spki = 0.125 * pk + 0.875 * spki
        else:
            npki = 0.125 * pk + 0.875 * npki
        thr1 = npki + 0.25 * (spki - npki)
        i += 1
    hp = ss.sosfiltfilt(ss.butter(2, 0.5, "highpass", fs=fs, output="sos"), x)
    h = max(1, int(round(0.075 * fs)))
    return sorted(set(int(max(0, q - h) + np.argmax(hp[max(0, q - h):q + h + 1])) for q in qrs))


ECG_FILES = [("bio_eventrelated_100hz.csv", 100.0), ("bio_resting_5min_100hz.csv", 100.0),
             ("bio_resting_8min_100hz.csv", 100.0), ("ecg_1000hz.csv", 1000.0), ("ecg_3000hz.csv", 3000.0)]


def gen_ecg_reference():
    folder = os.path.join(DATA, "physio")
    if not os.path.isdir(folder):
        print(f"skipped ecg_reference_peaks: {folder} not found")
        return
    files = []
    for name, fs in ECG_FILES:
        d = np.genfromtxt(os.path.join(folder, name), delimiter=",", names=True)
        x = d["ECG"].astype(float)
        files.append({"file": name, "fs": fs, "n": int(len(x)), "peaks": pan_tompkins(x, fs)})
    write("ecg_reference_peaks", {"provenance": provenance("pan_tompkins(ECG column, fs)"), "files": files})


# ----------------------------------------------------------------------------------------------
# HRV of a synthetic beat sequence
# ----------------------------------------------------------------------------------------------

def synthetic_beats(fs, count, seed):
    """Beat sample indices at fs: RR_k = 800 + 40 sin(2 pi 0.1 t) + 25 sin(2 pi 0.25 t) + 15 u_k ms
    (t = the running time in s, u from the LCG), rounded to samples. Mirrored in PhysioGoldenTest."""
    u = lcg_uniform(count, seed)
    t, beats = 1.0, []
    for k in range(count):
        beats.append(int(round(t * fs)))
        t += (800 + 40 * np.sin(2 * np.pi * 0.1 * t) + 25 * np.sin(2 * np.pi * 0.25 * t) + 15 * u[k]) / 1000
    return np.array(beats)


def hrv(beats, fs, rate=4.0, seg_seconds=64, lf=(0.04, 0.15), hf=(0.15, 0.4)):
    t = beats / fs
    rr = np.diff(beats) * 1000.0 / fs
    d = np.diff(rr)
    out = {"mean_nn": rr.mean(), "sdnn": rr.std(ddof=1), "rmssd": np.sqrt(np.mean(d * d)),
           "pnn50": 100.0 * np.sum(np.abs(d) > 50) / len(rr), "hr_mean": np.mean(60000.0 / rr)}
    knots = t[1:]
    m = int(np.floor((knots[-1] - knots[0]) * rate + 1e-9)) + 1
    grid = knots[0] + np.arange(m) / rate
    series = scipy.interpolate.PchipInterpolator(knots, rr)(grid)
    nperseg = min(int(round(seg_seconds * rate)), len(series))
    f, p = ss.welch(series, fs=rate, nperseg=nperseg)
    df = f[1] - f[0]
    out["lf"] = p[(f >= lf[0]) & (f < lf[1])].sum() * df
    out["hf"] = p[(f >= hf[0]) & (f < hf[1])].sum() * df
    out["lf_hf"] = out["lf"] / out["hf"]
    return {k: float(v) for k, v in out.items()}, series


def gen_hrv():
    cases = []
    for fs, count, seed in [(1000.0, 400, 71), (100.0, 150, 72)]:
        beats = synthetic_beats(fs, count, seed)
        values, series = hrv(beats, fs)
        cases.append({"fs": fs, "count": count, "seed": seed, "beats": [int(b) for b in beats],
                      "expected": values, "series_head": vec(series[:16]), "series_length": int(len(series))})
    write("hrv", {"provenance": provenance("numpy time domain; PchipInterpolator at 4 Hz + welch(nperseg=min(256, n))"),
                  "cases": cases})


# ----------------------------------------------------------------------------------------------
# EDA
# ----------------------------------------------------------------------------------------------

def bateman(t, tau1=2.0, tau2=0.75):
    """e^(-t/tau1) - e^(-t/tau2) for t >= 0, else 0."""
    return np.where(t >= 0, np.exp(-np.maximum(t, 0) / tau1) - np.exp(-np.maximum(t, 0) / tau2), 0.0)


SCR_ONSETS = [5.0, 17.0, 24.0, 41.0]
SCR_SIZES = [1.0, 0.5, 2.0, 0.3]


def synthetic_eda(fs, seconds, seed):
    """2 + 0.005 t + sum_k s_k bateman(t - onset_k) + 0.002 u (mirrored in PhysioGoldenTest)."""
    n = int(seconds * fs)
    t = np.arange(n) / fs
    x = 2 + 0.005 * t + 0.002 * lcg_uniform(n, seed)
    for onset, size in zip(SCR_ONSETS, SCR_SIZES):
        x = x + size * bateman(t - onset)
    return x


def trough(x, peak, depth):
    """Walk left from the peak keeping the lowest sample (rightmost of equal ones); stop where x rises more
    than depth above it, exceeds the peak, or at the start."""
    base = peak
    j = peak - 1
    while j >= 0 and x[j] <= x[peak] and x[j] <= x[base] + depth:
        if x[j] < x[base]:
            base = j
        j -= 1
    return base


def rise_start(x, trough, peak, fraction):
    """Between trough and peak: the sample left of the steepest first difference where the difference
    before it drops to fraction x the steepest (np.argmax takes the first of equal maxima)."""
    d = np.diff(x[trough:peak + 1])
    steepest = trough + int(np.argmax(d))
    limit = fraction * d.max()
    j = steepest
    while j > trough and x[j] - x[j - 1] > limit:
        j -= 1
    return j


def scr_reference(phasic, fs, min_amplitude=0.01, relative=0.1, onset_slope=0.1):
    peaks, props = ss.find_peaks(phasic, prominence=0)
    prom = props["prominences"]
    thr = max(min_amplitude, relative * prom.max()) if len(prom) else min_amplitude
    keep = (prom >= thr) & (prom > 0)
    peaks = peaks[keep]
    onsets = np.array([rise_start(phasic, trough(phasic, p, min_amplitude), p, onset_slope) for p in peaks],
                      dtype=int)
    amp = phasic[peaks] - phasic[onsets]
    return {"peaks": [int(p) for p in peaks], "onsets": [int(o) for o in onsets], "amplitudes": vec(amp),
            "rise_times": vec((peaks - onsets) / fs)}


def gen_eda():
    fs, seconds, seed = 100.0, 60, 81
    x = synthetic_eda(fs, seconds, seed)
    clean = ss.sosfiltfilt(ss.butter(4, 3, "lowpass", fs=fs, output="sos"), x)
    phasic_hp = ss.sosfiltfilt(ss.butter(2, 0.05, "highpass", fs=fs, output="sos"), clean)
    tonic_med = scipy.ndimage.median_filter(clean, size=401, mode="nearest")
    idx = list(range(0, len(x), 97))
    write("eda", {"provenance": provenance("butter(4,3,lowpass) + sosfiltfilt; butter(2,0.05,highpass) + "
                                           "sosfiltfilt; median_filter(size=401, mode='nearest'); find_peaks"),
                  "fs": fs, "seconds": seconds, "seed": seed, "onsets": SCR_ONSETS, "sizes": SCR_SIZES,
                  "index": idx, "clean": vec(clean[idx]), "phasic_highpass": vec(phasic_hp[idx]),
                  "tonic_median": vec(tonic_med[idx]), "scr_highpass": scr_reference(phasic_hp, fs),
                  "scr_median": scr_reference(clean - tonic_med, fs)})


if __name__ == "__main__":
    gen_ecg_reference()
    gen_hrv()
    gen_eda()
