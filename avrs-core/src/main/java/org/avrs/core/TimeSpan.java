package org.avrs.core;

/**
 * A stretch of time in seconds from the start of a recording or session, {@code start <= end}.
 */
public record TimeSpan(double start, double end) {

    public TimeSpan {
        if (!(start >= 0) || !(end >= start) || Double.isInfinite(end)) {
            throw new IllegalArgumentException("time span [" + start + ", " + end
                    + "] must have 0 <= start <= end < infinity");
        }
    }

    public double duration() {
        return end - start;
    }

    public double midpoint() {
        return (start + end) / 2;
    }
}
