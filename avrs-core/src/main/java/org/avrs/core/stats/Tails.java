package org.avrs.core.stats;

import org.apache.commons.statistics.distribution.ContinuousDistribution;

/** Tail probabilities that pass NaN through and handle infinite statistics exactly. */
final class Tails {

    private Tails() {
    }

    /** P(X ≥ x); NaN for NaN. */
    static double upper(ContinuousDistribution d, double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 0 : 1;
        }
        return d.survivalProbability(x);
    }

    /** P(X ≤ x); NaN for NaN. */
    static double lower(ContinuousDistribution d, double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : 0;
        }
        return d.cumulativeProbability(x);
    }
}
