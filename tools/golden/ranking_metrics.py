#!/usr/bin/python3
"""Golden values for org.avrs.core.metrics.RankingMetrics.

Run:    /usr/bin/python3 tools/golden/ranking_metrics.py
Writes: avrs-core/src/test/resources/golden/ranking_metrics.json
Made with Debian's python3-numpy 1.24.2 and python3-sklearn 1.2.1.

nDCG (binary and graded) comes from sklearn.metrics.ndcg_score(y_true, y_score, k=k) on a score
vector that ranks the items in the given order without ties (linear gains, log2 discount). The other
metrics are computed here with numpy from their textbook definitions (P@k = hits/k; R@k = hits/|R|;
RR@k = 1/first relevant rank within k, else 0; AP@k normalised by min(k, |R|); hit rate; coverage;
intra-list diversity as the mean pairwise distance; novelty as mean -log2 popularity).
Cases with no relevant item are NaN by RankingMetrics' convention (sklearn returns 0 there), so they
are written as "NaN" without calling sklearn.
"""
import json
import math
import os

import numpy as np
import sklearn
from sklearn.metrics import ndcg_score


def ndcg_sklearn(ranking, gains, universe, k):
    """nDCG@k of `ranking` (a permutation of `universe`) with gains {item: gain} via sklearn."""
    if not any(g > 0 for g in gains.values()):
        return "NaN"
    n = len(universe)
    y_true = np.array([[gains.get(item, 0.0) for item in universe]])
    pos = {item: r for r, item in enumerate(ranking)}
    y_score = np.array([[float(n - pos[item]) for item in universe]])  # distinct, first ranked highest
    return float(ndcg_score(y_true, y_score, k=k))


def textbook(ranking, relevant, k):
    top = ranking[:k]
    hits = [1 if item in relevant else 0 for item in top]
    out = {"precision": sum(hits) / k}
    if not relevant:
        out.update(recall="NaN", hitRate="NaN", reciprocalRank="NaN", averagePrecision="NaN")
        return out
    out["recall"] = sum(hits) / len(relevant)
    out["hitRate"] = 1.0 if sum(hits) > 0 else 0.0
    first = next((i for i, h in enumerate(hits) if h), None)
    out["reciprocalRank"] = 0.0 if first is None else 1.0 / (first + 1)
    cum = np.cumsum(hits)
    precisions = [cum[i] / (i + 1) for i in range(len(hits)) if hits[i]]
    out["averagePrecision"] = float(sum(precisions) / min(k, len(relevant)))
    return out


def main():
    rng = np.random.default_rng(20240601)
    cases = []
    for case in range(12):
        n = int(rng.integers(5, 40))
        universe = [int(x) for x in rng.choice(1000, size=n, replace=False)]
        ranking = [int(x) for x in rng.permutation(universe)]
        n_rel = 0 if case == 0 else int(rng.integers(1, n))
        relevant = set(int(x) for x in rng.choice(universe, size=n_rel, replace=False))
        graded = {item: float(rng.integers(1, 6)) for item in relevant}  # star-like grades 1..5
        for k in (1, 3, 5, 10, 20):
            entry = {"ranking": ranking, "universe": universe, "relevant": sorted(relevant),
                     "gradedItems": sorted(graded), "gradedGains": [graded[i] for i in sorted(graded)], "k": k}
            entry.update(textbook(ranking, relevant, k))
            entry["ndcgBinary"] = ndcg_sklearn(ranking, {i: 1.0 for i in relevant}, universe, k)
            entry["ndcgGraded"] = ndcg_sklearn(ranking, graded, universe, k)
            cases.append(entry)
    # beyond-accuracy metrics on small hand-made inputs
    lists = [[1, 2, 3], [3, 4], [9]]
    coverage = len(set(x for l in lists for x in l)) / 10
    features = {i: rng.random(4) for i in range(1, 7)}
    def dist(a, b):
        fa, fb = features[a], features[b]
        return 1.0 - float(fa @ fb / (np.linalg.norm(fa) * np.linalg.norm(fb)))
    ild_list = [1, 2, 3, 4, 5, 6]
    pairs = [(a, b) for i, a in enumerate(ild_list) for b in ild_list[i + 1:]]
    ild = float(np.mean([dist(a, b) for a, b in pairs]))
    popularity = {1: 0.5, 2: 0.25, 3: 1.0, 4: 1 / 1024}
    novelty = float(np.mean([-math.log2(popularity[i]) for i in [1, 2, 3, 4]]))
    out = {
        "source": "tools/golden/ranking_metrics.py, numpy %s, sklearn %s (ndcg_score)" % (np.__version__, sklearn.__version__),
        "cases": cases,
        "coverage": {"lists": lists, "catalogSize": 10, "value": coverage},
        "ild": {"list": ild_list, "features": {str(i): features[i].tolist() for i in features}, "value": ild},
        "novelty": {"list": [1, 2, 3, 4], "popularity": {str(i): p for i, p in popularity.items()}, "value": novelty},
    }
    path = os.path.join(os.path.dirname(__file__), "..", "..", "avrs-core", "src", "test", "resources", "golden",
                        "ranking_metrics.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
    print("wrote", os.path.normpath(path), len(cases), "cases")


if __name__ == "__main__":
    main()
