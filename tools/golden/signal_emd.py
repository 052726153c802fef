#!/usr/bin/python3
"""Golden values for avrs-signal's EMD package (org.avrs.signal.emd).

Run from the repository root with Debian's interpreter (NOT the python3 first on PATH):

    /usr/bin/python3 tools/golden/signal_emd.py

It rewrites avrs-signal/src/test/resources/golden/emd/{splines,emd}.json. The committed fixtures were made
with Python 3.11, NumPy 1.24.2 and SciPy 1.10.1 (Debian bookworm); each fixture records its versions.

  * splines.json: scipy.interpolate.CubicSpline(x, y, bc_type=...) evaluated at points inside and outside
    the knots, for natural and not-a-knot ends, 2, 3, 4, 7 and 40 knots, uniform and irregular spacing.
  * emd.json: the first IMFs of plain EMD and of IMEMD of a short two-tone signal, from the NumPy/SciPy
    transcription bench/peers/emd_reference.py (scipy's CubicSpline for the envelopes, scipy.signal.hilbert
    for the mask parameters), so the Java sifting is checked against a second implementation.
"""
import json
import os
import platform
import sys

import numpy as np
import scipy
import scipy.interpolate

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench", "peers"))
import emd_reference as ref  # noqa: E402

OUT = os.path.join("avrs-signal", "src", "test", "resources", "golden", "emd")


def versions():
    return {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__}


def gen_splines():
    rng = np.random.default_rng(7)
    cases = []
    for m in (2, 3, 4, 7, 40):
        for irregular in (False, True):
            x = np.arange(m, dtype=float) if not irregular else np.cumsum(rng.uniform(0.2, 3.0, m))
            y = np.sin(0.7 * x) + rng.normal(0, 0.3, m)
            t = np.linspace(x[0] - 1.5, x[-1] + 1.5, 61)
            for bc in ("natural", "not-a-knot"):
                s = scipy.interpolate.CubicSpline(x, y, bc_type=bc)
                cases.append({"bc": bc, "x": x.tolist(), "y": y.tolist(), "t": t.tolist(),
                              "values": s(t).tolist(), "slopes": s(x, 1).tolist()})
    return {"source": "scipy.interpolate.CubicSpline(x, y, bc_type=bc)(t), extrapolate=True; slopes = s(x, 1)",
            "versions": versions(), "cases": cases}


def two_tone(n=301):
    i = np.arange(n, dtype=float)
    return np.sin(2 * np.pi * 0.03 * i) + np.where((i >= 100) & (i < 200), np.sin(2 * np.pi * 0.045 * (i - 100)), 0.0)


def gen_emd():
    x = two_tone()
    imfs, res = ref.emd(x, iterations=10)
    m_imfs, m_res, masks = ref.imemd(x, phases=8)
    return {"source": "bench/peers/emd_reference.py emd(x, iterations=10) and imemd(x, phases=8) (xi0 1.5, "
                      "30 dB, factor 1.25); x = sin(2 pi 0.03 i) + [100 <= i < 200] sin(2 pi 0.045 (i - 100)), "
                      "i = 0..300",
            "versions": versions(), "x": x.tolist(),
            "emd": {"imfs": [c.tolist() for c in imfs], "residue": res.tolist()},
            "imemd": {"imfs": [c.tolist() for c in m_imfs], "residue": m_res.tolist(),
                      "masks": [list(m) for m in masks]}}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, gen in (("splines", gen_splines), ("emd", gen_emd)):
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump(gen(), f, separators=(",", ":"))
        print("wrote", name)


if __name__ == "__main__":
    main()
