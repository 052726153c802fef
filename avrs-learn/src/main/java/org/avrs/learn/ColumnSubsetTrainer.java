package org.avrs.learn;

import java.util.Arrays;
import java.util.Locale;
import org.avrs.core.data.Dataset;

/**
 * Trains another trainer on some columns of the feature vectors (e.g. one block of a larger feature
 * set chosen by model selection); the classifier it returns takes the full vectors and picks the
 * columns itself ({@link ColumnSubsetClassifier}).
 */
public final class ColumnSubsetTrainer implements ClassifierTrainer {

    private final String name;
    private final int[] columns;
    private final ClassifierTrainer inner;

    /**
     * @param name what the columns are, e.g. "active-30dB"
     * @param columns the column indices used, distinct and ≥ 0, in the order given to {@code inner}
     * @throws IllegalArgumentException if the columns are empty, negative or repeat
     */
    public ColumnSubsetTrainer(String name, int[] columns, ClassifierTrainer inner) {
        this.name = java.util.Objects.requireNonNull(name, "name");
        this.columns = checked(columns);
        this.inner = java.util.Objects.requireNonNull(inner, "inner");
    }

    static int[] checked(int[] columns) {
        if (columns.length == 0) {
            throw new IllegalArgumentException("a column subset needs at least one column");
        }
        if (Arrays.stream(columns).anyMatch(c -> c < 0) || Arrays.stream(columns).distinct().count() != columns.length) {
            throw new IllegalArgumentException("columns must be distinct and >= 0");
        }
        return columns.clone();
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "columns(%s: %d) %s", name, columns.length, inner.describe());
    }

    /**
     * @throws IllegalArgumentException if a vector is shorter than the largest column index
     */
    @Override
    public Classifier fit(Dataset<double[]> training) {
        int inputCount = training.get(0).input().length;
        int max = Arrays.stream(columns).max().orElseThrow();
        if (max >= inputCount) {
            throw new IllegalArgumentException("column " + max + " is beyond the " + inputCount + " features");
        }
        Classifier fitted = inner.fit(training.map(x -> ColumnSubsetClassifier.project(x, columns)));
        return new ColumnSubsetClassifier(inputCount, columns, fitted,
                Provenance.of(this, training).withFeaturePipeline(fitted.provenance().featurePipeline()));
    }
}
