#!/usr/bin/python3
"""Golden values for avrs-core's metrics and statistical tests.

Run from the repository root with Debian's interpreter (not the python3 first on PATH):

    /usr/bin/python3 tools/golden/core_metrics.py

It writes avrs-core/src/test/resources/golden/core_metrics.json (classification, ROC-AUC, regression)
and avrs-core/src/test/resources/golden/core_stats.json (paired t, chi-square, Cohen's d, RM-ANOVA).
Fixtures committed with this script were made by numpy 1.24.2, scipy 1.10.1, scikit-learn 1.2.1 and
statsmodels 0.13.5 (Debian 12 packages python3-numpy, python3-scipy, python3-sklearn,
python3-statsmodels). Each value names the exact call that produced it in the "source" fields.

Undefined values are written as the string "NaN" (and infinities as "Infinity"/"-Infinity"), which
org.avrs.core.testing.Golden reads back.
"""
import json
import math
import os
import warnings

import numpy as np
import scipy
import scipy.stats as st
import scipy.stats.contingency as contingency
import sklearn
import sklearn.metrics as skm

try:
    import statsmodels
    import pandas as pd
    from statsmodels.stats.anova import AnovaRM
except ImportError:  # the closed form below is still written; the cross-check is skipped
    statsmodels = None

warnings.simplefilter("ignore")  # sklearn/scipy warn on the undefined cases we test on purpose

OUT = os.path.join("avrs-core", "src", "test", "resources", "golden")


def clean(x):
    """numpy values to JSON-able Python values; NaN and infinities as strings."""
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    if isinstance(x, np.ndarray):
        return clean(x.tolist())
    if isinstance(x, (np.integer,)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        x = float(x)
        if math.isnan(x):
            return "NaN"
        if math.isinf(x):
            return "Infinity" if x > 0 else "-Infinity"
        return x
    return x


def versions():
    v = {"numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__}
    if statsmodels is not None:
        v["statsmodels"] = statsmodels.__version__
    return v


# ---------------------------------------------------------------- classification

def classification_case(name, k, truth, pred):
    truth = np.asarray(truth)
    pred = np.asarray(pred)
    all_labels = list(range(k))
    union = sorted(set(truth.tolist()) | set(pred.tolist()))
    cm = skm.confusion_matrix(truth, pred, labels=all_labels)
    # per-class values; sklearn turns 0/0 into 0 (zero_division), AVRS into NaN: mask them here
    p, r, f, _ = skm.precision_recall_fscore_support(truth, pred, labels=all_labels, average=None,
                                                     zero_division=0)
    predicted = cm.sum(axis=0)
    support = cm.sum(axis=1)
    p = np.where(predicted == 0, np.nan, p)
    r = np.where(support == 0, np.nan, r)
    f = np.where((predicted == 0) & (support == 0), np.nan, f)
    return {
        "name": name, "k": k, "truth": truth, "predicted": pred,
        "confusion": cm,
        "accuracy": skm.accuracy_score(truth, pred),
        "uar": skm.recall_score(truth, pred, average="macro", zero_division=0),
        "uarAllLabels": skm.recall_score(truth, pred, labels=all_labels, average="macro", zero_division=0),
        "macroF1": skm.f1_score(truth, pred, average="macro", zero_division=0),
        "macroF1AllLabels": skm.f1_score(truth, pred, labels=all_labels, average="macro", zero_division=0),
        "balancedAccuracy": skm.balanced_accuracy_score(truth, pred),
        "adjustedBalancedAccuracy": skm.balanced_accuracy_score(truth, pred, adjusted=True),
        "precision": p, "recall": r, "f1": f,
        "unionLabels": union,
    }


def classification_cases(rng):
    cases = []
    # a noisy 4-class classifier: 70 % right, else uniform
    truth = rng.integers(0, 4, 60)
    pred = np.where(rng.random(60) < 0.7, truth, rng.integers(0, 4, 60))
    cases.append(classification_case("random-4", 4, truth, pred))
    # EmoDB-sized: 7 classes, imbalanced truth
    truth = rng.choice(7, 200, p=[.24, .15, .09, .13, .13, .11, .15])
    pred = np.where(rng.random(200) < 0.55, truth, rng.integers(0, 7, 200))
    cases.append(classification_case("emodb-like-7", 7, truth, pred))
    # class 4 is predicted but never true (recall undefined; UAR counts it as 0, balanced accuracy drops it)
    truth = rng.integers(0, 4, 40)
    pred = np.where(rng.random(40) < 0.6, truth, rng.integers(0, 5, 40))
    pred[:3] = 4
    cases.append(classification_case("predicted-not-true", 5, truth, pred))
    # class 2 is true but never predicted (precision undefined)
    truth = rng.integers(0, 3, 30)
    pred = np.where(rng.random(30) < 0.6, truth, rng.integers(0, 3, 30))
    pred[pred == 2] = 0
    cases.append(classification_case("true-not-predicted", 3, truth, pred))
    # class 3 occurs nowhere (everything about it undefined; only the explicit-label variants see it)
    truth = rng.choice([0, 1, 2, 4], 30)
    pred = np.where(rng.random(30) < 0.5, truth, rng.choice([0, 1, 2, 4], 30))
    cases.append(classification_case("absent-everywhere", 5, truth, pred))
    # a constant predictor
    truth = rng.integers(0, 3, 25)
    cases.append(classification_case("constant-prediction", 3, truth, np.zeros(25, dtype=int)))
    # perfect
    truth = rng.integers(0, 3, 12)
    cases.append(classification_case("perfect", 3, truth, truth.copy()))
    # binary
    truth = rng.integers(0, 2, 33)
    pred = np.where(rng.random(33) < 0.8, truth, 1 - truth)
    cases.append(classification_case("binary", 2, truth, pred))
    return cases


# ---------------------------------------------------------------- ROC-AUC

def roc_binary_cases(rng):
    cases = []

    def add(name, positive, scores):
        positive = np.asarray(positive)
        scores = np.asarray(scores, dtype=float)
        cases.append({"name": name, "positive": positive, "scores": scores,
                      "auc": skm.roc_auc_score(positive, scores)})

    y = rng.integers(0, 2, 50)
    add("random", y, rng.normal(size=50) + y)
    y = rng.integers(0, 2, 40)
    add("ties", y, np.round(rng.random(40) + 0.4 * y, 1))  # one decimal: many ties, within and across classes
    y = np.array([0, 1, 0, 1, 1, 0, 0])
    add("constant-scores", y, np.full(7, 0.3))
    add("perfect", y, y * 2.0 - 1)
    add("reversed", y, 1.0 - y)
    return cases


def roc_ovr_cases(rng):
    cases = []
    for name, n, k, decimals in (("softmax-3", 45, 3, None), ("softmax-4", 80, 4, None),
                                  ("ties-3", 36, 3, 1)):
        truth = rng.integers(0, k, n)
        logits = rng.normal(size=(n, k))
        logits[np.arange(n), truth] += 1.0
        scores = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
        if decimals is None:
            macro = skm.roc_auc_score(truth, scores, multi_class="ovr", average="macro")
            source = "sklearn.metrics.roc_auc_score(truth, scores, multi_class='ovr', average='macro')"
        else:
            # rounded scores no longer sum to 1, which the multi_class call insists on; its macro OvR
            # value is by definition the mean of the per-class binary AUCs, computed that way here
            scores = np.round(scores, decimals)
            macro = None
            source = "mean of per-class sklearn.metrics.roc_auc_score(truth == c, scores[:, c])"
        per_class = np.array([skm.roc_auc_score(truth == c, scores[:, c]) for c in range(k)])
        if macro is None:
            macro = per_class.mean()
        cases.append({"name": name, "truth": truth, "scores": scores, "perClass": per_class,
                      "macro": macro, "source": source})
    return cases


# ---------------------------------------------------------------- regression

def ccc(x, y):
    """Lin (1989) concordance correlation coefficient with population (1/n) moments."""
    mx, my = x.mean(), y.mean()
    sxy = ((x - mx) * (y - my)).mean()
    den = x.var() + y.var() + (mx - my) ** 2
    return 2 * sxy / den if den > 0 else np.nan


def regression_cases(rng):
    cases = []

    def add(name, truth, pred):
        truth = np.asarray(truth, dtype=float)
        pred = np.asarray(pred, dtype=float)
        const = np.ptp(truth) == 0 or np.ptp(pred) == 0
        cases.append({
            "name": name, "truth": truth, "predicted": pred,
            "mae": skm.mean_absolute_error(truth, pred),
            "rmse": math.sqrt(skm.mean_squared_error(truth, pred)),
            "oneMinusMae": 1 - skm.mean_absolute_error(truth, pred),
            "pearson": np.nan if const else st.pearsonr(truth, pred)[0],
            "ccc": ccc(truth, pred),
        })

    t = rng.random(40)
    add("random-unit", t, np.clip(t + rng.normal(scale=0.15, size=40), 0, 1))
    t = rng.random(25)
    add("anticorrelated-unit", t, np.clip(1 - t + rng.normal(scale=0.05, size=25), 0, 1))
    t = rng.random(30)
    add("constant-prediction", t, np.full(30, 0.5))
    add("both-constant-equal", np.full(5, 0.25), np.full(5, 0.25))
    t = rng.random(10)
    add("perfect", t, t.copy())
    t = rng.random(20)
    add("biased", t, np.clip(0.8 * t + 0.15, 0, 1))
    return cases


# ---------------------------------------------------------------- statistics

def paired_t_cases(rng):
    cases = []

    def add(name, x, y):
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        two = st.ttest_rel(x, y)
        d = x - y
        sd = d.std(ddof=1)
        cases.append({
            "name": name, "x": x, "y": y,
            "t": two.statistic, "df": len(x) - 1, "pTwoSided": two.pvalue,
            "pGreater": st.ttest_rel(x, y, alternative="greater").pvalue,
            "pLess": st.ttest_rel(x, y, alternative="less").pvalue,
            "dz": d.mean() / sd if sd > 0 else (np.nan if d.mean() == 0 else math.copysign(np.inf, d.mean())),
        })

    x = rng.normal(0.7, 0.05, 10)  # e.g. per-fold UAR of two systems
    add("folds-10", x, x - rng.normal(0.02, 0.03, 10))
    x = rng.normal(size=30)
    add("no-difference-30", x, x + rng.normal(scale=0.5, size=30))
    add("n-2", [1.0, 2.5], [0.5, 2.25])
    add("large-effect", rng.normal(3, 1, 8), rng.normal(0, 1, 8))
    add("constant-nonzero-difference", [1.0, 2.0, 3.0, 4.0], [0.0, 1.0, 2.0, 3.0])
    add("identical", [1.0, 2.0, 3.0], [1.0, 2.0, 3.0])
    return cases


def cohens_d_cases(rng):
    cases = []
    for name, n1, n2, shift in (("equal-n", 20, 20, 0.5), ("unequal-n", 12, 31, -1.2), ("small", 3, 2, 1.0)):
        x = rng.normal(shift, 1.0, n1)
        y = rng.normal(0, 1.3, n2)
        pooled = math.sqrt(((n1 - 1) * x.var(ddof=1) + (n2 - 1) * y.var(ddof=1)) / (n1 + n2 - 2))
        cases.append({"name": name, "x": x, "y": y, "d": (x.mean() - y.mean()) / pooled})
    return cases


def chisquare_gof_cases(rng):
    cases = []
    obs = rng.integers(5, 40, 6).astype(float)
    r = st.chisquare(obs)
    cases.append({"name": "uniform-6", "observed": obs, "expected": None, "chi2": r.statistic,
                  "df": 5, "p": r.pvalue})
    obs = np.array([127, 81, 46, 69, 71, 62, 79], dtype=float)  # EmoDB class counts against uniform
    r = st.chisquare(obs)
    cases.append({"name": "emodb-classes", "observed": obs, "expected": None, "chi2": r.statistic,
                  "df": 6, "p": r.pvalue})
    obs = np.array([18, 55, 27], dtype=float)
    exp = np.array([0.25, 0.5, 0.25]) * obs.sum()
    r = st.chisquare(obs, exp)
    cases.append({"name": "expected-given", "observed": obs, "expected": exp, "chi2": r.statistic,
                  "df": 2, "p": r.pvalue})
    obs = np.array([10, 10, 10, 10], dtype=float)
    r = st.chisquare(obs)
    cases.append({"name": "perfect-fit", "observed": obs, "expected": None, "chi2": r.statistic,
                  "df": 3, "p": r.pvalue})
    return cases


def contingency_cases(rng):
    cases = []
    tables = [("2x2", np.array([[12, 5], [7, 16]])),
              ("2x2-small-deviation", np.array([[10, 10], [10, 11]])),  # |O - E| < 0.5: Yates stops at E
              ("3x4", rng.integers(3, 30, (3, 4))),
              ("2x3", np.array([[30, 12, 8], [20, 25, 15]]))]
    for name, table in tables:
        for correction in (True, False):
            chi2, p, dof, expected = st.chi2_contingency(table, correction=correction)
            cases.append({"name": name, "table": table, "correction": correction, "chi2": chi2, "p": p,
                          "df": dof, "expected": expected,
                          "cramersV": contingency.association(table, method="cramer")})
    return cases


def rm_anova(data):
    """One-way repeated-measures ANOVA, closed form: rows are subjects, columns conditions."""
    n, k = data.shape
    grand = data.mean()
    ss_cond = n * ((data.mean(axis=0) - grand) ** 2).sum()
    ss_subj = k * ((data.mean(axis=1) - grand) ** 2).sum()
    ss_total = ((data - grand) ** 2).sum()
    ss_err = ss_total - ss_cond - ss_subj
    df1, df2 = k - 1, (n - 1) * (k - 1)
    f = (ss_cond / df1) / (ss_err / df2)
    return f, df1, df2, st.f.sf(f, df1, df2), ss_cond / (ss_cond + ss_err)


def rm_anova_cases(rng):
    cases = []
    for name, n, k, effect in (("8x3", 8, 3, 0.4), ("12x4-null", 12, 4, 0.0), ("5x2", 5, 2, 1.0)):
        subject = rng.normal(0, 1, (n, 1))
        data = subject + effect * np.arange(k) + rng.normal(0, 0.7, (n, k))
        f, df1, df2, p, eta = rm_anova(data)
        checked = "closed form (numpy) only"
        if statsmodels is not None:
            frame = pd.DataFrame({"subject": np.repeat(np.arange(n), k), "condition": np.tile(np.arange(k), n),
                                  "y": data.ravel()})
            table = AnovaRM(frame, "y", "subject", within=["condition"]).fit().anova_table
            assert np.isclose(table["F Value"].iloc[0], f, rtol=1e-12, atol=0), (table, f)
            assert np.isclose(table["Pr > F"].iloc[0], p, rtol=1e-10, atol=0), (table, p)
            assert table["Num DF"].iloc[0] == df1 and table["Den DF"].iloc[0] == df2
            checked = "closed form (numpy), equal to statsmodels AnovaRM(y ~ condition | subject) F, df, p"
        cases.append({"name": name, "data": data, "F": f, "df1": df1, "df2": df2, "p": p,
                      "partialEtaSquared": eta, "checked": checked})
    return cases


def main():
    rng = np.random.default_rng(20240611)
    metrics = {
        "versions": versions(),
        "sources": {
            "confusion": "sklearn.metrics.confusion_matrix(truth, predicted, labels=range(k))",
            "accuracy": "sklearn.metrics.accuracy_score(truth, predicted)",
            "uar": "sklearn.metrics.recall_score(truth, predicted, average='macro', zero_division=0)",
            "uarAllLabels": "sklearn.metrics.recall_score(..., labels=range(k), average='macro', zero_division=0)",
            "macroF1": "sklearn.metrics.f1_score(truth, predicted, average='macro', zero_division=0)",
            "macroF1AllLabels": "sklearn.metrics.f1_score(..., labels=range(k), average='macro', zero_division=0)",
            "balancedAccuracy": "sklearn.metrics.balanced_accuracy_score(truth, predicted)",
            "adjustedBalancedAccuracy": "sklearn.metrics.balanced_accuracy_score(truth, predicted, adjusted=True)",
            "precision/recall/f1": "sklearn.metrics.precision_recall_fscore_support(..., labels=range(k), "
                                   "average=None, zero_division=0), 0/0 entries replaced by NaN",
            "rocBinary": "sklearn.metrics.roc_auc_score(positive, scores)",
            "rocOvr": "per case, see its 'source'; perClass: sklearn.metrics.roc_auc_score(truth == c, scores[:, c])",
            "mae": "sklearn.metrics.mean_absolute_error(truth, predicted)",
            "rmse": "math.sqrt(sklearn.metrics.mean_squared_error(truth, predicted))",
            "pearson": "scipy.stats.pearsonr(truth, predicted)[0]; NaN when either is constant",
            "ccc": "numpy closed form 2 s_xy / (s_x^2 + s_y^2 + (mean_x - mean_y)^2), population moments",
        },
        "classification": classification_cases(rng),
        "rocBinary": roc_binary_cases(rng),
        "rocOvr": roc_ovr_cases(rng),
        "regression": regression_cases(rng),
    }
    stats = {
        "versions": versions(),
        "sources": {
            "pairedT": "scipy.stats.ttest_rel(x, y, alternative=...) ; dz = mean(x - y) / std(x - y, ddof=1)",
            "cohensD": "numpy closed form (mean(x) - mean(y)) / pooled SD with ddof=1 variances",
            "chisquareGof": "scipy.stats.chisquare(observed[, expected])",
            "chi2Contingency": "scipy.stats.chi2_contingency(table, correction=...); cramersV: "
                               "scipy.stats.contingency.association(table, method='cramer')",
            "rmAnova": "closed form with numpy, F survival by scipy.stats.f.sf; cross-checked against "
                       "statsmodels.stats.anova.AnovaRM when installed",
        },
        "pairedT": paired_t_cases(rng),
        "cohensD": cohens_d_cases(rng),
        "chisquareGof": chisquare_gof_cases(rng),
        "chi2Contingency": contingency_cases(rng),
        "rmAnova": rm_anova_cases(rng),
    }
    for name, content in (("core_metrics.json", metrics), ("core_stats.json", stats)):
        with open(os.path.join(OUT, name), "w") as f:
            json.dump(clean(content), f, indent=1, allow_nan=False)
            f.write("\n")
        print("wrote", os.path.join(OUT, name), os.path.getsize(os.path.join(OUT, name)), "bytes")


if __name__ == "__main__":
    main()
