package org.avrs.signal.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.avrs.signal.FeatureMatrix;

/**
 * Utterance- or trial-level functionals of frame features: each column of a {@link FeatureMatrix} is
 * summarised by a fixed list of statistics, giving one vector per recording (as in openSMILE-style
 * "low-level descriptors × functionals" feature sets, Schuller et al., Interspeech 2009 challenge,
 * doi:10.21437/Interspeech.2009-103).
 *
 * <p>Statistics, for a column x_1 … x_n at frame times t_1 … t_n:
 * <ul>
 * <li>{@code mean} Σx/n; {@code std} the population standard deviation √(Σ(x−mean)²/n);
 * <li>{@code min}, {@code max};
 * <li>{@code pNN} the NN-th percentile with linear interpolation between order statistics (numpy's
 *     default "linear" method): position (n−1)·NN/100 in the sorted column;
 * <li>{@code slope} the least-squares slope of x against t in units per second (0 when n = 1).
 * </ul>
 * Output names are {@code <column>_<statistic>}, column-major. Immutable and thread-safe.
 */
public final class Functionals {

    /** A statistic of one column. */
    public enum Statistic {
        MEAN("mean"), STD("std"), MIN("min"), MAX("max"), P10("p10"), P25("p25"), P50("p50"), P75("p75"),
        P90("p90"), SLOPE("slope");

        private final String label;

        Statistic(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Parses a label such as "p90" or "mean". */
        public static Statistic of(String label) {
            for (Statistic s : values()) {
                if (s.label.equals(label)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown statistic '" + label + "'; known: "
                    + Arrays.stream(values()).map(Statistic::label).toList());
        }
    }

    private final List<Statistic> statistics;

    /**
     * @param statistics the statistics, in output order; at least one, no repeats
     */
    public Functionals(List<Statistic> statistics) {
        if (statistics.isEmpty()) {
            throw new IllegalArgumentException("functionals need at least one statistic");
        }
        if (statistics.stream().distinct().count() != statistics.size()) {
            throw new IllegalArgumentException("statistics repeat: " + statistics);
        }
        this.statistics = List.copyOf(statistics);
    }

    /** Every statistic: mean, std, min, max, p10, p25, p50, p75, p90, slope. */
    public static Functionals all() {
        return new Functionals(List.of(Statistic.values()));
    }

    public List<Statistic> statistics() {
        return statistics;
    }

    /** The output names for the given input columns. */
    public List<String> names(List<String> columns) {
        List<String> names = new ArrayList<>(columns.size() * statistics.size());
        for (String c : columns) {
            for (Statistic s : statistics) {
                names.add(c + "_" + s.label());
            }
        }
        return names;
    }

    /**
     * The functionals of every column.
     *
     * @throws IllegalArgumentException if the matrix has no rows
     */
    public double[] apply(FeatureMatrix frames) {
        Objects.requireNonNull(frames, "frames");
        int n = frames.rowCount();
        if (n == 0) {
            throw new IllegalArgumentException("no frames to summarise: the recording is shorter than one frame");
        }
        double[] t = frames.times();
        double[] out = new double[frames.columnCount() * statistics.size()];
        double[] sorted = new double[n];
        int k = 0;
        for (int c = 0; c < frames.columnCount(); c++) {
            double[] x = frames.column(c);
            System.arraycopy(x, 0, sorted, 0, n);
            Arrays.sort(sorted);
            double mean = mean(x);
            for (Statistic s : statistics) {
                out[k++] = switch (s) {
                    case MEAN -> mean;
                    case STD -> std(x, mean);
                    case MIN -> sorted[0];
                    case MAX -> sorted[n - 1];
                    case P10 -> percentile(sorted, 10);
                    case P25 -> percentile(sorted, 25);
                    case P50 -> percentile(sorted, 50);
                    case P75 -> percentile(sorted, 75);
                    case P90 -> percentile(sorted, 90);
                    case SLOPE -> slope(t, x, mean);
                };
            }
        }
        return out;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double std(double[] x, double mean) {
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return Math.sqrt(s / x.length);
    }

    /** numpy.percentile(..., method="linear") of an ascending array. */
    static double percentile(double[] sorted, double q) {
        double pos = (sorted.length - 1) * q / 100;
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double slope(double[] t, double[] x, double meanX) {
        double meanT = mean(t);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < t.length; i++) {
            sxy += (t[i] - meanT) * (x[i] - meanX);
            sxx += (t[i] - meanT) * (t[i] - meanT);
        }
        return sxx > 0 ? sxy / sxx : 0;
    }
}
