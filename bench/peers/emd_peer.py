#!/usr/bin/python3
"""Peer timing for bench/run-emd.sh: the NumPy/SciPy transcription of AVRS's EMD/IMEMD
(bench/peers/emd_reference.py) on the same 3 s, 16 kHz utterances as org.avrs.bench.emd.EmdBenchSignals.
Seconds of process CPU time per decomposition (best of --runs), printed as JSON. IMEMD with 64 phases takes
minutes here, so the peer runs IMEMD with 8 phases (same code path, 9/65 of the sifting work) and plain EMD.

    taskset -c 1 env OMP_NUM_THREADS=1 /usr/bin/python3 bench/peers/emd_peer.py [--runs 2] [--data DIR]
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import scipy.io.wavfile
import scipy.signal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import emd_reference as ref  # noqa: E402

RATE, SAMPLES = 16000, 48000
M64 = (1 << 64) - 1


def synthetic():
    s, u = 1, np.empty(SAMPLES)
    for i in range(SAMPLES):
        s = (s * 6364136223846793005 + 1442695040888963407) & M64
        u[i] = (s >> 11) * 2.0 ** -53 * 2.0 - 1.0
    t = np.arange(SAMPLES) / RATE
    return 0.5 * np.sin(2 * np.pi * 220.0 * t) + 0.3 * np.sin(2 * np.pi * (90.0 * t + 600.0 * t * t)) + 0.2 * u


def emodb(data):
    path = os.path.join(data, "emodb", "wav", "03a01Fa.wav")
    if not os.path.isfile(path):
        return None
    rate, pcm = scipy.io.wavfile.read(path)
    y = scipy.signal.resample_poly(pcm.astype(float) / 32768.0, 320, 441)
    x = np.zeros(SAMPLES)
    x[:min(SAMPLES, len(y))] = y[:SAMPLES]
    return x / np.max(np.abs(x))


def find_data():
    """AVRS_DATA, else the first shared/data found walking up from this script (as the Java side)."""
    if os.environ.get("AVRS_DATA"):
        return os.environ["AVRS_DATA"]
    d = os.path.dirname(os.path.abspath(__file__))
    while True:
        if os.path.isdir(os.path.join(d, "shared", "data")):
            return os.path.join(d, "shared", "data")
        if os.path.dirname(d) == d:
            return ""
        d = os.path.dirname(d)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--data", default=find_data())
    ap.add_argument("--out")
    a = ap.parse_args()
    signals = {"synthetic": synthetic()}
    e = emodb(a.data)
    if e is not None:
        signals["emodb"] = e
    methods = {"imemd8": lambda x: ref.imemd(x, phases=8)[0], "emd": lambda x: ref.emd(x)[0]}
    out = {}
    for sname, x in signals.items():
        for mname, f in methods.items():
            best, imfs = float("inf"), 0
            for _ in range(a.runs):
                t0 = time.process_time()
                imfs = len(f(x))
                best = min(best, time.process_time() - t0)
            out[f"{sname}/{mname}"] = {"seconds": round(best, 4), "imfs": imfs}
            print(sname, mname, out[f"{sname}/{mname}"], file=sys.stderr, flush=True)
    text = json.dumps(out)
    if a.out:
        with open(a.out, "w") as fh:
            fh.write(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
