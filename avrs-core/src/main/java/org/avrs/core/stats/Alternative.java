package org.avrs.core.stats;

/** The alternative hypothesis of a test whose statistic has a sign (e.g. the paired t-test). */
public enum Alternative {
    /** The effect differs from zero in either direction: p = P(|T| ≥ |t|). */
    TWO_SIDED,
    /** The effect is positive (e.g. mean of x − y &gt; 0): p = P(T ≥ t). */
    GREATER,
    /** The effect is negative: p = P(T ≤ t). */
    LESS
}
