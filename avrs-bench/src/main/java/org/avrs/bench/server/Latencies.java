package org.avrs.bench.server;

import java.util.Arrays;

/**
 * Request latencies of one load phase, in nanoseconds, and their summary. Percentiles are nearest-rank:
 * the p-th percentile is the smallest latency with at least p % of the requests at or below it.
 */
final class Latencies {

    private long[] values = new long[1024];
    private int size;
    private int errors;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized void error() {
        errors++;
    }

    /**
     * @param requests requests completed (errors included)
     * @param throughput completed requests per second of the phase
     */
    record Summary(int requests, int errors, double throughput, double p50Ms, double p90Ms, double p99Ms, double maxMs) {
    }

    synchronized Summary summarize(double seconds) {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return new Summary(size + errors, errors, (size + errors) / seconds, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
