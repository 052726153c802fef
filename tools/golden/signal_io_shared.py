"""Shared helper of the tools/golden/signal_io_*.py scripts."""
import os


def shared_data():
    """AVRS_DATA, else the first shared/data found walking up from the working directory, else None."""
    if os.environ.get("AVRS_DATA"):
        return os.environ["AVRS_DATA"]
    d = os.path.abspath(".")
    while d != os.path.dirname(d):
        if os.path.isdir(os.path.join(d, "shared", "data")):
            return os.path.join(d, "shared", "data")
        d = os.path.dirname(d)
    return None
