package org.avrs.core.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;
import org.avrs.core.EmotionSet;

/**
 * Counts of true against predicted classes: {@code count(i, j)} is the number of samples of true class
 * i predicted as class j (rows = truth, columns = prediction), as in
 * {@code sklearn.metrics.confusion_matrix(truth, predicted, labels=range(k))}.
 *
 * <p>Per-class precision, recall and F1 are read off the matrix and are NaN where undefined (a 0/0).
 * The summaries over classes (UAR, macro-F1, balanced accuracy) live in {@link ClassificationMetrics}.
 * Immutable; arrays are copied in and out.
 */
public final class ConfusionMatrix {

    private final List<String> labels;
    private final long[][] counts;

    private ConfusionMatrix(List<String> labels, long[][] counts) {
        this.labels = List.copyOf(labels);
        this.counts = counts;
    }

    /**
     * The confusion matrix of predictions over the labels of an emotion set.
     *
     * @param truth true class indices into {@code labels}
     * @param predicted predicted class indices, same length
     * @throws IllegalArgumentException if the lengths differ or an index is outside the set
     */
    public static ConfusionMatrix of(int[] truth, int[] predicted, EmotionSet labels) {
        return of(truth, predicted, labels.labels());
    }

    /**
     * The confusion matrix over {@code classCount} classes labelled "0", "1", ….
     *
     * @throws IllegalArgumentException if {@code classCount < 1}, the lengths differ or an index is
     *     outside [0, classCount)
     */
    public static ConfusionMatrix of(int[] truth, int[] predicted, int classCount) {
        if (classCount < 1) {
            throw new IllegalArgumentException("classCount " + classCount + " must be >= 1");
        }
        List<String> names = new ArrayList<>(classCount);
        for (int c = 0; c < classCount; c++) {
            names.add(Integer.toString(c));
        }
        return of(truth, predicted, names);
    }

    private static ConfusionMatrix of(int[] truth, int[] predicted, List<String> labels) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(predicted, "predicted");
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " entries but predicted has "
                    + predicted.length);
        }
        int k = labels.size();
        long[][] counts = new long[k][k];
        for (int i = 0; i < truth.length; i++) {
            counts[checkClass("truth", i, truth[i], k)][checkClass("predicted", i, predicted[i], k)]++;
        }
        return new ConfusionMatrix(labels, counts);
    }

    private static int checkClass(String what, int i, int c, int k) {
        if (c < 0 || c >= k) {
            throw new IllegalArgumentException(what + "[" + i + "] = " + c + " is outside [0, " + k + ")");
        }
        return c;
    }

    /** The labels of the rows and columns, in order. */
    public List<String> labels() {
        return labels;
    }

    /** The number of classes k. */
    public int size() {
        return labels.size();
    }

    /** The number of samples of true class {@code truth} predicted as {@code predicted}. */
    public long count(int truth, int predicted) {
        return counts[truth][predicted];
    }

    /** A copy of the counts, [truth][predicted]. */
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    /** The number of samples. */
    public long total() {
        long n = 0;
        for (long[] row : counts) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    /** The number of samples correctly classified: the trace. */
    public long correct() {
        long n = 0;
        for (int c = 0; c < counts.length; c++) {
            n += counts[c][c];
        }
        return n;
    }

    /** The support of a class: how many samples truly belong to it (its row sum). */
    public long support(int c) {
        long n = 0;
        for (long v : counts[c]) {
            n += v;
        }
        return n;
    }

    /** How many samples were predicted as a class (its column sum). */
    public long predictedCount(int c) {
        long n = 0;
        for (long[] row : counts) {
            n += row[c];
        }
        return n;
    }

    /**
     * The classes that occur in the truth or the predictions, ascending: sklearn's
     * {@code unique_labels(y_true, y_pred)}, the label set of its macro averages by default.
     */
    public int[] presentClasses() {
        return IntStream.range(0, size())
                .filter(c -> support(c) > 0 || predictedCount(c) > 0).toArray();
    }

    /** Precision TP / (TP + FP) of a class; NaN when the class is never predicted. */
    public double precision(int c) {
        return ratio(counts[c][c], predictedCount(c));
    }

    /** Recall TP / (TP + FN) of a class; NaN when the class is absent from the truth. */
    public double recall(int c) {
        return ratio(counts[c][c], support(c));
    }

    /**
     * F1 = 2PR / (P + R) = 2TP / (2TP + FP + FN) of a class. The second form is used, so F1 is 0 (not
     * NaN) for a class that occurs but is never hit, even when P or R alone is undefined; it is NaN
     * only when the class is absent from both truth and predictions.
     */
    public double f1(int c) {
        long tp = counts[c][c];
        return ratio(2 * tp, support(c) + predictedCount(c));
    }

    private static double ratio(long num, long den) {
        return den == 0 ? Double.NaN : (double) num / den;
    }

    /**
     * The row-normalised matrix: entry (i, j) is the fraction of true class i predicted as j, so the
     * diagonal holds the per-class recalls. A class absent from the truth has a row of NaN.
     */
    public double[][] rowNormalized() {
        double[][] out = new double[counts.length][counts.length];
        for (int i = 0; i < counts.length; i++) {
            long n = support(i);
            for (int j = 0; j < counts.length; j++) {
                out[i][j] = ratio(counts[i][j], n);
            }
        }
        return out;
    }

    /** The sum of two matrices over the same labels, e.g. to pool the folds of a cross-validation. */
    public ConfusionMatrix plus(ConfusionMatrix other) {
        if (!labels.equals(other.labels)) {
            throw new IllegalArgumentException("cannot add confusion matrices over different labels: " + labels
                    + " and " + other.labels);
        }
        long[][] sum = counts();
        for (int i = 0; i < sum.length; i++) {
            for (int j = 0; j < sum.length; j++) {
                sum[i][j] += other.counts[i][j];
            }
        }
        return new ConfusionMatrix(labels, sum);
    }

    /**
     * A text table for a terminal: one row per true class with its counts and support, one column per
     * predicted class, e.g.
     *
     * <pre>
     * truth \ predicted  anger  sadness  support
     * anger                 12        3       15
     * sadness                1        9       10
     * </pre>
     */
    public String render() {
        return render(false);
    }

    /** As {@link #render()}, with each row as percentages of its support (one decimal; "-" for none). */
    public String renderRowNormalized() {
        return render(true);
    }

    private String render(boolean normalized) {
        double[][] fractions = normalized ? rowNormalized() : null;
        String corner = "truth \\ predicted";
        int first = corner.length();
        for (String l : labels) {
            first = Math.max(first, l.length());
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            String[] cells = new String[size() + 1];
            for (int j = 0; j < size(); j++) {
                if (!normalized) {
                    cells[j] = Long.toString(counts[i][j]);
                } else {
                    double f = fractions[i][j];
                    cells[j] = Double.isNaN(f) ? "-" : String.format(Locale.ROOT, "%.1f", 100 * f);
                }
            }
            cells[size()] = Long.toString(support(i));
            rows.add(cells);
        }
        int[] widths = new int[size() + 1];
        for (int j = 0; j <= size(); j++) {
            widths[j] = j < size() ? labels.get(j).length() : "support".length();
            for (String[] cells : rows) {
                widths[j] = Math.max(widths[j], cells[j].length());
            }
        }
        StringBuilder s = new StringBuilder(pad(corner, first, false));
        for (int j = 0; j <= size(); j++) {
            s.append("  ").append(pad(j < size() ? labels.get(j) : "support", widths[j], true));
        }
        s.append('\n');
        for (int i = 0; i < size(); i++) {
            s.append(pad(labels.get(i), first, false));
            for (int j = 0; j <= size(); j++) {
                s.append("  ").append(pad(rows.get(i)[j], widths[j], true));
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String pad(String text, int width, boolean right) {
        String fill = " ".repeat(width - text.length());
        return right ? fill + text : text + fill;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix m && labels.equals(m.labels) && Arrays.deepEquals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return render();
    }
}
