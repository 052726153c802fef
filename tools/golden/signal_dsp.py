#!/usr/bin/python3
"""Golden values for avrs-signal's DSP and speech features (org.avrs.signal.dsp / .speech).

Run from the repository root with Debian's interpreter (NOT the python3 first on PATH):

    /usr/bin/python3 tools/golden/signal_dsp.py

It rewrites avrs-signal/src/test/resources/golden/signal_dsp/*.json. The committed fixtures were made
with Python 3.11, NumPy 1.24.2 and SciPy 1.10.1 (Debian bookworm packages); each fixture records the
versions it was made with.

Two kinds of reference live here:
  * SciPy itself (get_window, butter/sosfilt/sosfiltfilt/sosfilt_zi/sosfreqz, welch, resample_poly,
    hilbert, savgol_filter): called directly, so the fixtures are SciPy's own numbers.
  * librosa 0.10 definitions re-written in NumPy (librosa is not installed here): stft, mel filters,
    melspectrogram, power_to_db, mfcc, delta (which IS scipy.signal.savgol_filter), zero_crossing_rate,
    rms, spectral_centroid, spectral_rolloff. Each function below cites the librosa function it follows.
    Known difference: librosa builds its mel basis in float32 by default; this reference (and AVRS)
    uses float64, a relative difference of ~1e-7 (~5e-7 dB) that is far below the 1e-3 dB tolerance.
  * AVRS's own documented definitions where no reference library is installed (spectral flux, YIN as
    in de Cheveigne & Kawahara 2002, PLP as in Hermansky 1990): written independently in NumPy from
    the formulas in the Javadoc, so the Java code is checked against a second implementation.

The functions are also imported by the peer benchmark bench/signal_peer.py (same definitions).

Test signals are generated identically in Java (org.avrs.signal.TestSignals) from a 64-bit LCG, so
fixtures do not have to store their inputs; each fixture stores a checksum of its input.
"""
import json
import os
import sys
import platform

import numpy as np
import scipy
import scipy.fft
import scipy.signal

OUT = os.path.join("avrs-signal", "src", "test", "resources", "golden", "signal_dsp")
M64 = (1 << 64) - 1


# ----------------------------------------------------------------------------------------------
# Test signals (mirrored in Java: org.avrs.signal.TestSignals)
# ----------------------------------------------------------------------------------------------

def lcg_uniform(n, seed):
    """n values in [-1, 1): state = state * 6364136223846793005 + 1442695040888963407 (mod 2^64),
    value = (state >>> 11) * 2^-53 * 2 - 1."""
    s = seed & M64
    out = np.empty(n)
    for i in range(n):
        s = (s * 6364136223846793005 + 1442695040888963407) & M64
        out[i] = (s >> 11) * 2.0 ** -53 * 2.0 - 1.0
    return out


def test_signal(n, fs, seed):
    """0.5 sin(2 pi 220 t) + 0.3 sin(2 pi (90 t + 600 t^2)) (a chirp) + 0.2 u[n], t = n / fs."""
    t = np.arange(n) / fs
    return (0.5 * np.sin(2 * np.pi * 220.0 * t)
            + 0.3 * np.sin(2 * np.pi * (90.0 * t + 600.0 * t * t))
            + 0.2 * lcg_uniform(n, seed))


def voiced_signal(n, fs, f0, seed):
    """A harmonic tone at f0 (harmonics 1..5 with amplitudes 1/k) for the first half, LCG noise
    (amplitude 0.3) for the second half: a voiced and an unvoiced part for YIN."""
    t = np.arange(n) / fs
    x = sum((1.0 / k) * np.sin(2 * np.pi * k * f0 * t) for k in range(1, 6)) * 0.3
    half = n // 2
    x[half:] = 0.3 * lcg_uniform(n - half, seed)
    return x


def checksum(x):
    return {"n": int(len(x)), "sum": float(np.sum(x)), "sumsq": float(np.sum(x * x)),
            "head": [float(v) for v in x[:4]]}


# ----------------------------------------------------------------------------------------------
# librosa 0.10 definitions in NumPy
# ----------------------------------------------------------------------------------------------

def hz_to_mel(f, htk=False):
    """librosa.hz_to_mel: HTK 2595 log10(1 + f/700); Slaney linear below 1000 Hz (f / (200/3)),
    logarithmic above (15 + ln(f/1000) / (ln(6.4)/27))."""
    f = np.asanyarray(f, dtype=float)
    if htk:
        return 2595.0 * np.log10(1.0 + f / 700.0)
    f_sp = 200.0 / 3
    mels = f / f_sp
    min_log_hz = 1000.0
    min_log_mel = min_log_hz / f_sp
    logstep = np.log(6.4) / 27.0
    return np.where(f >= min_log_hz, min_log_mel + np.log(np.maximum(f, 1e-300) / min_log_hz) / logstep, mels)


def mel_to_hz(m, htk=False):
    """librosa.mel_to_hz, the inverse of hz_to_mel."""
    m = np.asanyarray(m, dtype=float)
    if htk:
        return 700.0 * (10.0 ** (m / 2595.0) - 1.0)
    f_sp = 200.0 / 3
    min_log_hz = 1000.0
    min_log_mel = min_log_hz / f_sp
    logstep = np.log(6.4) / 27.0
    return np.where(m >= min_log_mel, min_log_hz * np.exp(logstep * (m - min_log_mel)), f_sp * m)


def mel_frequencies(n, fmin, fmax, htk=False):
    """librosa.mel_frequencies: n points equally spaced on the mel scale from fmin to fmax, in Hz."""
    return mel_to_hz(np.linspace(hz_to_mel(fmin, htk), hz_to_mel(fmax, htk), n), htk)


def mel_filters(sr, n_fft, n_mels, fmin=0.0, fmax=None, htk=False, norm="slaney"):
    """librosa.filters.mel (float64): triangles between n_mels+2 mel-spaced edge frequencies on the
    rfft bin frequencies; norm 'slaney' scales filter i by 2 / (f[i+2] - f[i])."""
    if fmax is None:
        fmax = sr / 2.0
    fftfreqs = np.fft.rfftfreq(n_fft, 1.0 / sr)
    mel_f = mel_frequencies(n_mels + 2, fmin, fmax, htk)
    fdiff = np.diff(mel_f)
    ramps = np.subtract.outer(mel_f, fftfreqs)
    weights = np.zeros((n_mels, len(fftfreqs)))
    for i in range(n_mels):
        lower = -ramps[i] / fdiff[i]
        upper = ramps[i + 2] / fdiff[i + 1]
        weights[i] = np.maximum(0, np.minimum(lower, upper))
    if norm == "slaney":
        weights *= (2.0 / (mel_f[2:n_mels + 2] - mel_f[:n_mels]))[:, None]
    elif norm is not None:
        raise ValueError(norm)
    return weights


def pad_center(w, size):
    """librosa.util.pad_center: zero-pad w to size, (size - len(w)) // 2 zeros on the left."""
    lpad = (size - len(w)) // 2
    return np.pad(w, (lpad, size - len(w) - lpad))


def stft(y, n_fft, hop_length, win_length, window="hann", center=True, pad_mode="constant"):
    """librosa.stft as (frames, 1 + n_fft // 2): periodic window (get_window fftbins=True) of
    win_length centred in n_fft; with center, np.pad(y, n_fft // 2, mode=pad_mode) first (librosa
    0.10 pads head and tail separately, which gives the same frames)."""
    win = pad_center(scipy.signal.get_window(window, win_length, fftbins=True), n_fft)
    if center:
        y = np.pad(y, n_fft // 2, mode=pad_mode)
    frames = np.lib.stride_tricks.sliding_window_view(y, n_fft)[::hop_length]
    return np.fft.rfft(frames * win, axis=1)


def power_to_db(s, ref=1.0, amin=1e-10, top_db=80.0):
    """librosa.power_to_db: 10 log10(max(amin, S)) - 10 log10(max(amin, ref)), then floored at
    (max over the whole array) - top_db."""
    log_spec = 10.0 * np.log10(np.maximum(amin, s)) - 10.0 * np.log10(max(amin, ref))
    if top_db is not None:
        log_spec = np.maximum(log_spec, log_spec.max() - top_db)
    return log_spec


def log_mel(y, sr, n_fft=512, hop_length=160, win_length=400, window="hann", center=True,
            pad_mode="constant", power=2.0, n_mels=40, fmin=0.0, fmax=None, htk=False, norm="slaney",
            ref=1.0, amin=1e-10, top_db=80.0):
    """librosa.power_to_db(librosa.feature.melspectrogram(...)) as (frames, n_mels)."""
    s = np.abs(stft(y, n_fft, hop_length, win_length, window, center, pad_mode)) ** power
    mel = s @ mel_filters(sr, n_fft, n_mels, fmin, fmax, htk, norm).T
    return power_to_db(mel, ref, amin, top_db)


def mfcc(y, sr, n_mfcc=13, lifter=0.0, **kw):
    """librosa.feature.mfcc with the AVRS defaults: DCT-II ortho of log_mel along the mel axis, first
    n_mfcc; lifter > 0 multiplies coefficient n by 1 + (lifter/2) sin(pi (n+1) / lifter)."""
    m = scipy.fft.dct(log_mel(y, sr, **kw), type=2, norm="ortho", axis=1)[:, :n_mfcc]
    if lifter > 0:
        m = m * (1 + (lifter / 2) * np.sin(np.pi * np.arange(1, n_mfcc + 1) / lifter))
    return m


# ----------------------------------------------------------------------------------------------
# fixture writing
# ----------------------------------------------------------------------------------------------

def provenance(call):
    return {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
            "script": "tools/golden/signal_dsp.py", "call": call}


def write(name, payload):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + ".json")
    with open(path, "w") as f:
        json.dump(payload, f, separators=(",", ":"), allow_nan=False)
    print(f"{path}: {os.path.getsize(path)} bytes")


def rows(a):
    return [[float(v) for v in r] for r in np.atleast_2d(a)]


def vec(a):
    return [float(v) for v in np.ravel(a)]


def gen_windows():
    cases = []
    for name in ["boxcar", "hann", "hamming", "blackman"]:
        for n in [1, 2, 3, 8, 15, 400]:
            for periodic in [True, False]:
                w = scipy.signal.get_window(name, n, fftbins=periodic)
                cases.append({"window": name, "n": n, "periodic": periodic, "values": vec(w)})
    for n, beta, periodic in [(1, 5.0, False), (21, 5.0, False), (41, 5.0, True), (60, 8.6, False)]:
        w = scipy.signal.get_window(("kaiser", beta), n, fftbins=periodic)
        cases.append({"window": "kaiser", "beta": beta, "n": n, "periodic": periodic, "values": vec(w)})
    write("windows", {"provenance": provenance("scipy.signal.get_window(window, n, fftbins=periodic)"),
                      "cases": cases})


def gen_stft():
    cases = []
    for n, fs, seed, n_fft, hop, win, center, pad, window in [
        (480, 16000, 11, 512, 160, 400, True, "constant", "hann"),
        (400, 16000, 12, 128, 100, 128, True, "reflect", "hamming"),
        (300, 8000, 13, 127, 64, 100, False, "constant", "blackman"),
        (300, 16000, 14, 64, 50, 41, True, "reflect", "hann"),
        (50, 16000, 15, 128, 32, 128, True, "reflect", "hann"),   # shorter than n_fft/2: repeated reflection
        (50, 16000, 16, 128, 32, 128, True, "constant", "hann"),
    ]:
        x = test_signal(n, fs, seed)
        z = stft(x, n_fft, hop, win, window, center, pad)
        cases.append({"signal": {"n": n, "fs": fs, "seed": seed}, "input": checksum(x), "nFft": n_fft,
                      "hop": hop, "win": win, "center": center, "padMode": pad, "window": window,
                      "re": rows(z.real), "im": rows(z.imag)})
    write("stft", {"provenance": provenance("librosa.stft definition in NumPy (see stft()), frames x bins"),
                   "cases": cases})


def gen_mel():
    cases = []
    for sr, n_fft, n_mels, fmin, fmax, htk, norm in [
        (16000, 512, 40, 0.0, None, False, "slaney"),
        (16000, 512, 40, 0.0, None, True, "slaney"),
        (22050, 2048, 128, 0.0, None, False, "slaney"),
        (16000, 400, 26, 300.0, 7000.0, True, None),
        (8000, 256, 20, 100.0, 3800.0, False, None),
    ]:
        w = mel_filters(sr, n_fft, n_mels, fmin, fmax, htk, norm)
        f = mel_frequencies(n_mels + 2, fmin, sr / 2 if fmax is None else fmax, htk)
        first = [int(np.flatnonzero(r)[0]) for r in w]
        last = [int(np.flatnonzero(r)[-1]) for r in w]
        cases.append({"sr": sr, "nFft": n_fft, "nMels": n_mels, "fmin": fmin,
                      "fmax": 0.0 if fmax is None else fmax, "htk": htk, "norm": norm or "none",
                      "melFrequencies": vec(f), "firstBin": first,
                      "weights": [vec(r[a:b + 1]) for r, a, b in zip(w, first, last)]})
    probe = np.array([0.0, 1.0, 200.0, 999.0, 1000.0, 1001.0, 4000.0, 8000.0, 11025.0])
    write("mel", {"provenance": provenance("librosa.filters.mel / mel_frequencies / hz_to_mel definitions "
                                           "in NumPy, float64; weights stored sparse: "
                                           "row i holds bins firstBin[i].. (zero elsewhere)"),
                  "hz": vec(probe), "slaneyMel": vec(hz_to_mel(probe)), "htkMel": vec(hz_to_mel(probe, True)),
                  "cases": cases})


def gen_mfcc():
    cases = []
    for n, fs, seed, kw in [
        (4800, 16000, 21, {}),
        (4800, 16000, 22, {"htk": True}),
        (3000, 16000, 23, {"n_mels": 26, "fmin": 64.0, "fmax": 7600.0, "lifter": 22.0, "n_mfcc": 20}),
        (2205, 22050, 24, {"n_fft": 1024, "hop_length": 256, "win_length": 1024, "pad_mode": "reflect",
                            "n_mels": 64, "top_db": 40.0}),
    ]:
        x = test_signal(n, fs, seed)
        x[n // 3: n // 3 + 1200] = 0.0  # a silent stretch, so that the top_db floor is reached
        mkw = dict(kw)
        lm_kw = {k: v for k, v in kw.items() if k not in ("n_mfcc", "lifter")}
        cases.append({"signal": {"n": n, "fs": fs, "seed": seed, "silentFrom": n // 3, "silentLength": 1200},
                      "input": checksum(x), "params": kw,
                      "logMel": rows(log_mel(x, fs, **lm_kw)), "mfcc": rows(mfcc(x, fs, **mkw))})
    write("mfcc", {"provenance": provenance("librosa 0.10 feature.mfcc / power_to_db(melspectrogram) "
                                            "definitions in NumPy; defaults n_mfcc=13, n_fft=512, "
                                            "win_length=400, hop_length=160, n_mels=40, hann, center, "
                                            "pad constant, slaney, power 2, ref 1, amin 1e-10, top_db 80"),
                   "cases": cases})


BUTTER_CASES = [  # (order, cutoff Hz (one or two), btype, fs)
    (1, [10.0], "lowpass", 100.0),
    (2, [30.0], "lowpass", 250.0),
    (4, [30.0], "lowpass", 250.0),
    (8, [1000.0], "lowpass", 16000.0),
    (1, [30.0], "highpass", 100.0),
    (5, [40.0], "highpass", 256.0),
    (7, [300.0], "highpass", 8000.0),
    (1, [5.0, 20.0], "bandpass", 100.0),
    (3, [1.0, 4.0], "bandpass", 128.0),
    (4, [8.0, 13.0], "bandpass", 128.0),
    (6, [0.5, 45.0], "bandpass", 256.0),
    (5, [300.0, 3400.0], "bandpass", 16000.0),
    (2, [49.0, 51.0], "bandstop", 250.0),
    (5, [45.0, 55.0], "bandstop", 500.0),
    (3, [0.1, 0.2], "bandstop", 2.0),
]


def gen_butter():
    cases = []
    for order, wn, btype, fs in BUTTER_CASES:
        sos = scipy.signal.butter(order, wn if len(wn) == 2 else wn[0], btype=btype, output="sos", fs=fs)
        w, h = scipy.signal.sosfreqz(sos, worN=64, fs=fs)
        cases.append({"order": order, "cutoff": wn, "btype": btype, "fs": fs, "sos": rows(sos),
                      "freqs": vec(w), "magnitude": vec(np.abs(h))})
    write("butter", {"provenance": provenance("scipy.signal.butter(order, cutoff, btype, output='sos', fs=fs); "
                                              "scipy.signal.sosfreqz(sos, worN=64, fs=fs)"), "cases": cases})


def gen_sosfilt():
    cases = []
    x = test_signal(160, 250.0, 31)
    for order, wn, btype, fs in [(4, [30.0], "lowpass", 250.0), (3, [8.0, 13.0], "bandpass", 250.0),
                                 (5, [40.0], "highpass", 250.0), (2, [49.0, 51.0], "bandstop", 250.0)]:
        sos = scipy.signal.butter(order, wn if len(wn) == 2 else wn[0], btype=btype, output="sos", fs=fs)
        zi = scipy.signal.sosfilt_zi(sos)
        case = {"order": order, "cutoff": wn, "btype": btype, "fs": fs, "sos": rows(sos),
                "sosfilt": vec(scipy.signal.sosfilt(sos, x)), "zi": rows(zi),
                "sosfiltZi": vec(scipy.signal.sosfilt(sos, x, zi=zi * x[0])[0]),
                "filtfiltOdd": vec(scipy.signal.sosfiltfilt(sos, x)),
                "filtfiltEven": vec(scipy.signal.sosfiltfilt(sos, x, padtype="even")),
                "filtfiltConstant": vec(scipy.signal.sosfiltfilt(sos, x, padtype="constant")),
                "filtfiltNone": vec(scipy.signal.sosfiltfilt(sos, x, padtype=None)),
                "filtfiltOddPad50": vec(scipy.signal.sosfiltfilt(sos, x, padlen=50))}
        cases.append(case)
    write("sosfilt", {"provenance": provenance("scipy.signal.sosfilt / sosfilt_zi / sosfiltfilt(sos, x, padtype, "
                                               "padlen) on butter(..., output='sos') designs"),
                      "signal": {"n": 160, "fs": 250.0, "seed": 31}, "input": checksum(x), "cases": cases})


def gen_welch():
    cases = []
    for n, fs, seed, kw in [
        (1000, 128.0, 41, {"nperseg": 256}),
        (1000, 128.0, 42, {"window": "hamming", "nperseg": 128, "noverlap": 96, "nfft": 256,
                           "detrend": "linear", "scaling": "spectrum"}),
        (777, 100.0, 43, {"nperseg": 100, "noverlap": 0, "nfft": 101, "detrend": False}),
        (500, 250.0, 44, {"window": "blackman", "nperseg": 64, "noverlap": 32, "return_onesided": False}),
        (513, 1.0, 45, {"window": "boxcar", "nperseg": 50, "noverlap": 25, "nfft": 51, "detrend": "linear",
                        "scaling": "spectrum", "return_onesided": False}),
    ]:
        x = test_signal(n, fs, seed)
        f, p = scipy.signal.welch(x, fs=fs, **kw)
        params = {k: (v if v is not False else "none") for k, v in kw.items()}
        cases.append({"signal": {"n": n, "fs": fs, "seed": seed}, "input": checksum(x), "params": params,
                      "freqs": vec(f), "psd": vec(p)})
    write("welch", {"provenance": provenance("scipy.signal.welch(x, fs=fs, **params) (defaults: window hann, "
                                             "nperseg 256, noverlap nperseg//2, nfft nperseg, detrend constant, "
                                             "scaling density, onesided, average mean)"), "cases": cases})


def gen_resample():
    cases = []
    for n, up, down, seed in [(200, 1, 2, 51), (200, 2, 1, 52), (200, 3, 2, 53), (201, 2, 3, 54),
                              (500, 160, 441, 55), (120, 441, 160, 56), (100, 6, 4, 57), (50, 1, 7, 58)]:
        x = test_signal(n, 1000.0, seed)
        y = scipy.signal.resample_poly(x, up, down)
        cases.append({"signal": {"n": n, "fs": 1000.0, "seed": seed}, "input": checksum(x), "up": up, "down": down,
                      "output": vec(y)})
    write("resample", {"provenance": provenance("scipy.signal.resample_poly(x, up, down) (window ('kaiser', 5.0), "
                                                "padtype 'constant')"), "cases": cases})


def gen_hilbert():
    cases = []
    for n, fs, seed in [(100, 100.0, 61), (101, 100.0, 62), (64, 1000.0, 63)]:
        x = test_signal(n, fs, seed)
        z = scipy.signal.hilbert(x)
        phase = np.unwrap(np.angle(z))
        cases.append({"signal": {"n": n, "fs": fs, "seed": seed}, "input": checksum(x), "re": vec(z.real),
                      "im": vec(z.imag), "amplitude": vec(np.abs(z)), "phase": vec(phase),
                      "frequency": vec(np.diff(phase) / (2 * np.pi) * fs)})
    write("hilbert", {"provenance": provenance("z = scipy.signal.hilbert(x); amplitude |z|; phase "
                                               "np.unwrap(np.angle(z)); frequency np.diff(phase)/(2 pi)*fs"),
                      "cases": cases})


GENERATORS = {"windows": gen_windows, "stft": gen_stft, "mel": gen_mel, "mfcc": gen_mfcc, "butter": gen_butter,
              "sosfilt": gen_sosfilt, "welch": gen_welch, "resample": gen_resample, "hilbert": gen_hilbert}

if __name__ == "__main__":
    if not sys.executable.startswith("/usr/bin/python3"):
        print("warning: run with Debian's /usr/bin/python3 (numpy/scipy from apt)", file=sys.stderr)
    for key in (sys.argv[1:] or GENERATORS):
        GENERATORS[key]()
