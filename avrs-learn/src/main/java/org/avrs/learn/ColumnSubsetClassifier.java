package org.avrs.learn;

import org.avrs.core.EmotionSet;

/**
 * A classifier of full feature vectors that looks only at some of their columns: it passes
 * x[columns[0]], x[columns[1]], … to an inner classifier. Immutable.
 */
public final class ColumnSubsetClassifier implements Classifier {

    private final int inputCount;
    private final int[] columns;
    private final Classifier inner;
    private final Provenance provenance;

    /**
     * @throws IllegalArgumentException if the columns do not fit {@code inputCount} or the inner
     *     classifier's feature count
     */
    ColumnSubsetClassifier(int inputCount, int[] columns, Classifier inner, Provenance provenance) {
        this.columns = ColumnSubsetTrainer.checked(columns);
        if (inner.featureCount() != columns.length) {
            throw new IllegalArgumentException(columns.length + " columns but the inner classifier takes "
                    + inner.featureCount());
        }
        for (int c : columns) {
            if (c >= inputCount) {
                throw new IllegalArgumentException("column " + c + " is beyond the " + inputCount + " inputs");
            }
        }
        this.inputCount = inputCount;
        this.inner = inner;
        this.provenance = provenance;
    }

    static double[] project(double[] x, int[] columns) {
        double[] out = new double[columns.length];
        for (int k = 0; k < columns.length; k++) {
            out[k] = x[columns[k]];
        }
        return out;
    }

    /** The columns used, in order. */
    public int[] columns() {
        return columns.clone();
    }

    /** The classifier of the selected columns. */
    public Classifier inner() {
        return inner;
    }

    ColumnSubsetClassifier withProvenance(Provenance p) {
        return new ColumnSubsetClassifier(inputCount, columns, inner, p);
    }

    @Override
    public EmotionSet labels() {
        return inner.labels();
    }

    @Override
    public int featureCount() {
        return inputCount;
    }

    @Override
    public double[] probabilities(double[] features) {
        if (features.length != inputCount) {
            throw new IllegalArgumentException("feature vector has " + features.length + " values, expected "
                    + inputCount);
        }
        return inner.probabilities(project(features, columns));
    }

    @Override
    public Provenance provenance() {
        return provenance;
    }
}
