package org.avrs.sensing.eeg;

import java.util.Locale;

/**
 * The channel-ranking statistics of Ji &amp; Dong (2022, doi:10.3389/fnins.2022.985709, Table 2), computed
 * as {@link org.avrs.signal.eeg.ChannelStatistics} does: mean, biased (1/N) variance, RMS, biased
 * skewness and non-excess kurtosis (3 for a Gaussian). Channels are ranked by the value, highest first.
 */
public enum ChannelStatistic {
    MEAN, VARIANCE, RMS, SKEWNESS, KURTOSIS;

    /** The column suffix in {@link org.avrs.signal.eeg.ChannelStatistics}' output. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A statistic by name (case-insensitive): mean, variance, rms, skewness or kurtosis. */
    public static ChannelStatistic named(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("channel statistic '" + name
                    + "' must be one of mean, variance, rms, skewness, kurtosis", e);
        }
    }
}
