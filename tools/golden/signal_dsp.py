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
import scipy.linalg
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


def with_sets(x, sets):
    """x with x[a:b] = v for each [a, b, v] (exact zeros, tiny values); recorded in the fixture as "set"."""
    for a, b, v in sets:
        x[a:b] = v
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


def delta(data, width=9, order=1):
    """librosa.feature.delta(data, width, order, axis=0 here, mode='interp'), which is exactly
    scipy.signal.savgol_filter(data, width, polyorder=order, deriv=order, mode='interp')."""
    return scipy.signal.savgol_filter(data, width, polyorder=order, deriv=order, axis=0, mode="interp")


def zero_crossing_rate(y, frame_length=400, hop_length=160, center=True):
    """librosa.feature.zero_crossing_rate: edge-pad frame_length//2 when centred; in each frame count
    sign changes between neighbours (|x| <= 1e-10 counts as +0, zero is positive), divide by frame_length."""
    if center:
        y = np.pad(y, frame_length // 2, mode="edge")
    frames = np.lib.stride_tricks.sliding_window_view(y, frame_length)[::hop_length]
    f = np.where(np.abs(frames) <= 1e-10, 0.0, frames)
    crossings = np.signbit(f[:, 1:]) != np.signbit(f[:, :-1])
    return crossings.sum(axis=1) / frame_length


def rms(y, frame_length=400, hop_length=160, center=True, pad_mode="constant"):
    """librosa.feature.rms from samples: sqrt(mean(x^2)) per frame, zero-padded frame_length//2 when centred."""
    if center:
        y = np.pad(y, frame_length // 2, mode=pad_mode)
    frames = np.lib.stride_tricks.sliding_window_view(y, frame_length)[::hop_length]
    return np.sqrt(np.mean(frames ** 2, axis=1))


def spectral_shape(y, sr, n_fft=512, hop_length=160, win_length=400, roll_percent=0.85):
    """On the magnitude STFT S (librosa _spectrogram power=1): librosa.feature.spectral_centroid
    (sum f S / sum S, 0 for a silent frame), spectral_rolloff (lowest bin frequency where the cumulative
    sum reaches roll_percent of the total), and AVRS's spectral flux: the L2 norm of the frame-to-frame
    difference of S, 0 for the first frame."""
    mag = np.abs(stft(y, n_fft, hop_length, win_length))
    freqs = np.fft.rfftfreq(n_fft, 1.0 / sr)
    total = mag.sum(axis=1)
    safe = np.where(total < np.finfo(float).tiny, 1.0, total)
    centroid = (mag * freqs).sum(axis=1) / safe
    cums = np.cumsum(mag, axis=1)
    reached = cums >= roll_percent * cums[:, -1:]
    rolloff = freqs[np.argmax(reached, axis=1)]
    flux = np.concatenate(([0.0], np.sqrt(np.sum(np.diff(mag, axis=0) ** 2, axis=1))))
    return centroid, rolloff, flux


def yin(y, sr, fmin=60.0, fmax=500.0, win_length=400, hop_length=160, threshold=0.1, center=True):
    """YIN (de Cheveigne & Kawahara 2002, steps 1-5), AVRS's definition, computed directly (no FFT):
    frame t's integration window starts at t*hop - win//2 (centred; t*hop otherwise), zeros outside x;
    d(tau) = sum_{j<W} (x_j - x_{j+tau})^2 for tau = 0..tau_max = ceil(sr/fmin); d'(0) = 1,
    d'(tau) = d(tau) tau / sum_{j=1..tau} d(j) (1 when the sum is 0); tau_min = floor(sr/fmax).
    Voiced: the first tau in [tau_min, tau_max] with d' < threshold, then down to the local minimum;
    otherwise the first global minimum of d' in the range, unvoiced. Parabolic interpolation of d' at
    tau when tau-1 >= 1, tau+1 <= tau_max and d'(tau) is a local minimum with curvature > 0.
    Returns f0 = sr / (tau + shift), voiced (0/1), aperiodicity d'(tau)."""
    tau_min = int(np.floor(sr / fmax))
    tau_max = int(np.ceil(sr / fmin))
    n = len(y)
    length = win_length + tau_max
    n_frames = 1 + (n + 2 * (win_length // 2) - win_length) // hop_length if center else 1 + (n - length) // hop_length
    pad = win_length // 2 if center else 0
    yp = np.concatenate((np.zeros(pad), y, np.zeros(length + hop_length)))
    frames = np.lib.stride_tricks.sliding_window_view(yp, length)[::hop_length][:n_frames]
    w = frames[:, :win_length]
    d = np.stack([np.sum((w - frames[:, tau:tau + win_length]) ** 2, axis=1) for tau in range(tau_max + 1)], axis=1)
    cum = np.cumsum(d[:, 1:], axis=1)
    taus = np.arange(1, tau_max + 1)
    dn = np.ones_like(d)
    with np.errstate(invalid="ignore", divide="ignore"):
        dn[:, 1:] = np.where(cum > 0, d[:, 1:] * taus / cum, 1.0)
    f0 = np.empty(n_frames)
    voiced = np.zeros(n_frames)
    aper = np.empty(n_frames)
    for t in range(n_frames):
        row = dn[t]
        below = np.flatnonzero(row[tau_min:tau_max + 1] < threshold)
        if len(below):
            tau = tau_min + below[0]
            while tau + 1 <= tau_max and row[tau + 1] < row[tau]:
                tau += 1
            voiced[t] = 1
        else:
            tau = tau_min + int(np.argmin(row[tau_min:tau_max + 1]))
        shift = 0.0
        if tau - 1 >= 1 and tau + 1 <= tau_max:
            a, b, c = row[tau - 1], row[tau], row[tau + 1]
            den = a - 2 * b + c
            if b <= a and b <= c and den > 0:
                shift = (a - c) / (2 * den)
        f0[t] = sr / (tau + shift)
        aper[t] = row[tau]
    return f0, voiced, aper


def plp(y, sr, n_fft=512, hop_length=160, win_length=400, n_bands=21, order=12, n_ceps=13, fmin=0.0,
        fmax=None, compression=0.33, floor=1e-10):
    """PLP cepstra (Hermansky 1990), AVRS's definition: power STFT; n_bands critical bands equally spaced
    in Bark z = 6 asinh(f/600) from fmin to fmax, weights psi(z_k - z_i) (0 below -1.3, 10^(2.5(d+0.5))
    to -0.5, 1 to 0.5, 10^(-(d-0.5)) to 2.5, 0 above); band energies floored at 1e-10; equal-loudness
    E(w) = (w^2 + 56.8e6) w^4 / ((w^2 + 6.3e6)^2 (w^2 + 0.38e9)) at the band centres w = 2 pi 600 sinh(z_i/6);
    cube-root (^compression) compression; first and last band copied from their neighbours; autocorrelation
    by the inverse DFT of the symmetric spectrum (length 2(n_bands-1)); LPC of the order by solving the
    Toeplitz normal equations; cepstra c0 = ln(prediction error), c_n by the LPC recursion."""
    if fmax is None:
        fmax = sr / 2.0
    power = np.abs(stft(y, n_fft, hop_length, win_length)) ** 2
    freqs = np.fft.rfftfreq(n_fft, 1.0 / sr)
    zk = 6 * np.arcsinh(freqs / 600.0)
    zc = np.linspace(6 * np.arcsinh(fmin / 600.0), 6 * np.arcsinh(fmax / 600.0), n_bands)
    dz = zk[None, :] - zc[:, None]
    psi = np.where(dz < -1.3, 0.0, np.where(dz <= -0.5, 10 ** (2.5 * (dz + 0.5)),
                   np.where(dz < 0.5, 1.0, np.where(dz <= 2.5, 10 ** (-(dz - 0.5)), 0.0))))
    theta = np.maximum(power @ psi.T, floor)
    w2 = (2 * np.pi * 600 * np.sinh(zc / 6)) ** 2
    eql = (w2 + 56.8e6) * w2 ** 2 / ((w2 + 6.3e6) ** 2 * (w2 + 0.38e9))
    phi = (theta * eql) ** compression
    phi[:, 0] = phi[:, 1]
    phi[:, -1] = phi[:, -2]
    r = np.fft.irfft(phi, n=2 * (n_bands - 1), axis=1)[:, :order + 1]
    out = np.empty((len(r), n_ceps))
    for t in range(len(r)):
        a = scipy.linalg.solve_toeplitz(r[t, :order], -r[t, 1:order + 1])
        err = r[t, 0] + np.dot(a, r[t, 1:order + 1])
        c = np.zeros(n_ceps)
        c[0] = np.log(err)
        for m in range(1, n_ceps):
            acc = -a[m - 1] if m <= order else 0.0
            for k in range(max(1, m - order), m):
                acc -= (k / m) * c[k] * a[m - k - 1]
            c[m] = acc
        out[t] = c
    return out


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
        sets = [[n // 3, n // 3 + 1200, 0.0]]  # a silent stretch, so that the top_db floor is reached
        x = with_sets(test_signal(n, fs, seed), sets)
        mkw = dict(kw)
        lm_kw = {k: v for k, v in kw.items() if k not in ("n_mfcc", "lifter")}
        cases.append({"signal": {"n": n, "fs": fs, "seed": seed, "set": sets},
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


def gen_deltas():
    cases = []
    x = test_signal(2400, 16000, 71)
    feats = mfcc(x, 16000)  # 16 frames x 13
    for width, order in [(9, 1), (9, 2), (3, 1), (5, 2), (15, 1)]:
        cases.append({"width": width, "order": order, "delta": rows(delta(feats, width, order))})
    write("deltas", {"provenance": provenance("scipy.signal.savgol_filter(data, width, polyorder=order, "
                                              "deriv=order, mode='interp', axis=0) = librosa.feature.delta"),
                     "data": rows(feats), "cases": cases})


def gen_frame_features():
    cases = []
    for n, fs, seed, kw in [(3000, 16000, 81, {}), (2000, 8000, 82, {"frame_length": 256, "hop_length": 100}),
                            (1000, 16000, 83, {"center": False})]:
        # exact zeros (zero counts as positive) and values below the 1e-10 threshold (count as +0)
        sets = [[n // 2, n // 2 + 300, 0.0], [100, 140, -1e-11]]
        x = with_sets(test_signal(n, fs, seed), sets)
        c, r, f = spectral_shape(x, fs)
        cases.append({"signal": {"n": n, "fs": fs, "seed": seed, "set": sets}, "input": checksum(x), "params": kw,
                      "zcr": vec(zero_crossing_rate(x, **kw)), "rms": vec(rms(x, **kw)),
                      "centroid": vec(c), "rolloff": vec(r), "flux": vec(f)})
    write("frame_features", {"provenance": provenance("librosa.feature.zero_crossing_rate / rms / "
                                                      "spectral_centroid / spectral_rolloff definitions in NumPy "
                                                      "and AVRS spectral flux (see signal_dsp.py); the inputs have "
                                                      "x[n//2 : n//2+300] = 0 and x[100:140] = -1e-11; spectral "
                                                      "features with n_fft 512, win 400, hop 160"),
                             "cases": cases})


def gen_yin():
    cases = []
    for n, fs, f0, seed, kw in [(4800, 16000, 155.0, 91, {}), (4000, 16000, 220.0, 92, {"threshold": 0.15}),
                                (3000, 8000, 98.0, 93, {"fmin": 70.0, "fmax": 400.0, "win_length": 240,
                                                        "hop_length": 80})]:
        x = voiced_signal(n, fs, f0, seed)
        f, v, a = yin(x, fs, **kw)
        cases.append({"signal": {"n": n, "fs": fs, "f0": f0, "seed": seed}, "input": checksum(x), "params": kw,
                      "f0": vec(f), "voiced": vec(v), "aperiodicity": vec(a)})
    write("yin", {"provenance": provenance("AVRS YIN definition computed directly in NumPy (yin() in "
                                           "signal_dsp.py); input voiced_signal(n, fs, f0, seed)"), "cases": cases})


def gen_plp():
    cases = []
    for n, fs, seed, kw in [(3200, 16000, 101, {}), (2000, 8000, 102, {"n_fft": 256, "win_length": 200,
                                                                         "hop_length": 80, "n_bands": 17,
                                                                         "order": 8, "n_ceps": 10,
                                                                         "fmin": 100.0, "fmax": 3800.0})]:
        sets = [[n // 2, n // 2 + 500, 0.0]]  # silent frames hit the band-energy floor
        x = with_sets(test_signal(n, fs, seed), sets)
        cases.append({"signal": {"n": n, "fs": fs, "seed": seed, "set": sets}, "input": checksum(x), "params": kw,
                      "plp": rows(plp(x, fs, **kw))})
    write("plp", {"provenance": provenance("AVRS PLP definition in NumPy/SciPy (plp() in signal_dsp.py: "
                                           "irfft autocorrelation, scipy.linalg.solve_toeplitz LPC)"),
                  "cases": cases})


GENERATORS = {"windows": gen_windows, "stft": gen_stft, "mel": gen_mel, "mfcc": gen_mfcc, "butter": gen_butter,
              "sosfilt": gen_sosfilt, "welch": gen_welch, "resample": gen_resample, "hilbert": gen_hilbert,
              "deltas": gen_deltas, "frame_features": gen_frame_features, "yin": gen_yin, "plp": gen_plp}

if __name__ == "__main__":
    if not sys.executable.startswith("/usr/bin/python3"):
        print("warning: run with Debian's /usr/bin/python3 (numpy/scipy from apt)", file=sys.stderr)
    for key in (sys.argv[1:] or GENERATORS):
        GENERATORS[key]()
