"""NumPy/SciPy transcription of AVRS's EMD and IMEMD (org.avrs.signal.emd), written from the Javadoc of
those classes: the same extrema (plateaus at their middle), the same end mirror (Rilling et al. 2003,
nbsym = 2), envelopes by scipy.interpolate.CubicSpline (not-a-knot), fixed-count sifting, and IMEMD with
64 uniformly phased sine masks (Sun, Li & Ma 2023, doi:10.3389/fpsyg.2022.1075624) with AVRS's default mask
rule (f_k = 1.25 * mean instantaneous frequency of the plain first IMF, capped at 0.4 cycles/sample).

Used by tools/golden/signal_emd.py (golden IMFs for a short signal) and bench/peers/emd_peer.py (speed).
Run with Debian's /usr/bin/python3 (numpy, scipy).
"""
import numpy as np
import scipy.interpolate
import scipy.signal

NB = 2


def extrema(x):
    """Indices of local maxima and minima; a plateau counts once at floor((first + last) / 2)."""
    maxima, minima = [], []
    last_sign, level_start = 0, 0
    for i in range(1, len(x)):
        if x[i] > x[i - 1]:
            if last_sign < 0:
                minima.append((level_start + i - 1) // 2)
            last_sign, level_start = 1, i
        elif x[i] < x[i - 1]:
            if last_sign > 0:
                maxima.append((level_start + i - 1) // 2)
            last_sign, level_start = -1, i
    return np.array(maxima, dtype=int), np.array(minima, dtype=int)


def _mirror_left(x, mx, mn):
    """Rilling's rule at the left end: (axis, max sources, min sources), sources by increasing index."""
    x0 = x[0]
    max_first = mx[0] < mn[0]
    if max_first and x0 > x[mn[0]]:
        axis, lmax, lmin = mx[0], list(mx[1:1 + NB]), list(mn[0:NB])
    elif max_first:
        axis, lmax, lmin = 0, list(mx[0:NB]), [0] + list(mn[0:NB - 1])
    elif x0 < x[mx[0]]:
        axis, lmax, lmin = mn[0], list(mx[0:NB]), list(mn[1:1 + NB])
    else:
        axis, lmax, lmin = 0, [0] + list(mx[0:NB - 1]), list(mn[0:NB])

    def outermost(src):
        return 2 * axis - src[-1] if src else np.inf
    if axis != 0 and (outermost(lmax) > 0 or outermost(lmin) > 0):
        if max_first:
            lmax = list(mx[0:NB])
        else:
            lmin = list(mn[0:NB])
        axis = 0
    return axis, lmax, lmin


def envelope_knots(x, mx, mn):
    n = len(x)
    axis, lmax, lmin = _mirror_left(x, mx, mn)
    ux = [2 * axis - s for s in reversed(lmax)] + list(mx)
    lx = [2 * axis - s for s in reversed(lmin)] + list(mn)
    uy = [x[s] for s in reversed(lmax)] + list(x[mx])
    ly = [x[s] for s in reversed(lmin)] + list(x[mn])
    xr = x[::-1]
    raxis, rmax, rmin = _mirror_left(xr, (n - 1 - mx)[::-1], (n - 1 - mn)[::-1])
    ux += [(n - 1) - (2 * raxis - s) for s in rmax]
    uy += [xr[s] for s in rmax]
    lx += [(n - 1) - (2 * raxis - s) for s in rmin]
    ly += [xr[s] for s in rmin]
    return np.array(ux, float), np.array(uy), np.array(lx, float), np.array(ly)


def sift(h, iterations=10):
    h = np.array(h, dtype=float)
    t = np.arange(len(h), dtype=float)
    for _ in range(iterations):
        mx, mn = extrema(h)
        if len(mx) + len(mn) < 3:
            break
        ux, uy, lx, ly = envelope_knots(h, mx, mn)
        upper = scipy.interpolate.CubicSpline(ux, uy, bc_type="not-a-knot")(t)
        lower = scipy.interpolate.CubicSpline(lx, ly, bc_type="not-a-knot")(t)
        h = h - 0.5 * (upper + lower)
    return h


def _negligible(e0, er, stop_db):
    return er == 0 or 10 * np.log10(e0 / er) >= stop_db


def emd(x, iterations=10, max_imfs=32, stop_db=60.0):
    r = np.array(x, dtype=float)
    e0 = float(np.sum(r * r))
    imfs = []
    while True:
        mx, mn = extrema(r)
        if len(mx) + len(mn) < 3 or _negligible(e0, float(np.sum(r * r)), stop_db) or len(imfs) == max_imfs:
            break
        c = sift(r, iterations)
        r = r - c
        imfs.append(c)
    return imfs, r


def imemd(x, phases=64, xi0=1.5, stop_db=30.0, factor=1.25, max_mask=0.4, iterations=10, max_imfs=32):
    r = np.array(x, dtype=float)
    n = len(r)
    e0 = float(np.sum(r * r))
    i = np.arange(n, dtype=float)
    imfs, masks = [], []
    while True:
        mx, mn = extrema(r)
        if len(mx) + len(mn) < 3 or _negligible(e0, float(np.sum(r * r)), stop_db) or len(imfs) == max_imfs:
            break
        plain = sift(r, iterations)
        z = scipy.signal.hilbert(plain)
        amp = float(np.mean(np.abs(z)))
        phase = np.unwrap(np.angle(z))
        fbar = (phase[-1] - phase[0]) / (2 * np.pi * (n - 1))
        f = min(factor * fbar, max_mask)
        a = xi0 * amp
        if a > 0 and f > 0:
            c = np.zeros(n)
            for p in range(phases):
                c += sift(r + a * np.sin(2 * np.pi * f * i + 2 * np.pi * p / phases), iterations)
            c /= phases
        else:
            c = plain
        masks.append((a, f))
        r = r - c
        imfs.append(c)
    return imfs, r, masks
