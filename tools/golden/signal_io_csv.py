#!/usr/bin/python3
"""Reference numbers for org.avrs.signal.io.CsvSignalReader on NeuroKit2's example CSVs in ../shared/data/physio.

Run from the repository root with Debian's Python (python3-numpy):
    /usr/bin/python3 tools/golden/signal_io_csv.py
Writes avrs-signal/src/test/resources/io/csv/expected.json (numbers only; the data stays in shared/data).
Made with: Python 3.11.2, numpy 1.24.2 (Debian). Parsing: numpy.genfromtxt(delimiter=",", names=True), float64.
"""
import json
import os

import numpy as np

from signal_io_shared import shared_data

FILES = ["bio_eventrelated_100hz.csv", "bio_resting_5min_100hz.csv", "bio_resting_8min_100hz.csv",
         "ecg_1000hz.csv", "ecg_3000hz.csv", "eog_100hz.csv"]


def main():
    out = {"_source": "tools/golden/signal_io_csv.py; numpy " + np.__version__ + " genfromtxt(names=True)"}
    for f in FILES:
        if shared_data() is None:
            raise SystemExit("shared/data not found; set AVRS_DATA")
        a = np.genfromtxt(os.path.join(shared_data(), "physio", f), delimiter=",", names=True, dtype=np.float64)
        cols = list(a.dtype.names)
        out[f] = {"rows": int(a.shape[0]), "columns": cols,
                  "first3": {c: [float(v) for v in a[c][:3]] for c in cols},
                  "last": {c: float(a[c][-1]) for c in cols},
                  "sum": {c: float(np.sum(a[c])) for c in cols}}
        photo = [c for c in cols if c.lower() == "photosensor"]
        if f == "bio_eventrelated_100hz.csv" and photo:
            p = a[photo[0]]
            out[f]["photosensor_drops"] = [int(i) + 1 for i in np.nonzero((p[:-1] >= 2.5) & (p[1:] < 2.5))[0]]
    os.makedirs("avrs-signal/src/test/resources/io/csv", exist_ok=True)
    with open("avrs-signal/src/test/resources/io/csv/expected.json", "w") as fh:
        json.dump(out, fh, indent=1)


if __name__ == "__main__":
    main()
