package org.avrs.deep.train;

import java.util.Arrays;
import java.util.Random;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;

/**
 * Labelled samples for a classifier: n samples of one fixed shape, stored flattened row-major one
 * after the other, with a class index per sample. Immutable (arrays are copied in and out).
 *
 * @param features n × prod(sampleShape) values, sample i at [i·size, (i+1)·size)
 * @param sampleShape the shape of one sample, e.g. (1, 298, 43)
 * @param labels class index of each sample, in [0, numClasses)
 * @param numClasses number of classes
 */
public record ClassificationData(float[] features, long[] sampleShape, int[] labels, int numClasses) {

    /**
     * @throws IllegalArgumentException when sizes disagree, a label is out of range, or a feature is
     *     not finite (naming the sample and position)
     */
    public ClassificationData {
        features = features.clone();
        sampleShape = sampleShape.clone();
        labels = labels.clone();
        if (numClasses < 1) {
            throw new IllegalArgumentException("numClasses " + numClasses + " must be > 0");
        }
        long size = 1;
        for (long d : sampleShape) {
            if (d <= 0) {
                throw new IllegalArgumentException("sample shape " + Arrays.toString(sampleShape) + " must be all > 0");
            }
            size = Math.multiplyExact(size, d);
        }
        if ((long) labels.length * size != features.length) {
            throw new IllegalArgumentException(labels.length + " labels × " + size + " values per sample ≠ "
                    + features.length + " feature values");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException("label " + labels[i] + " of sample " + i + " is outside [0, "
                        + numClasses + ")");
            }
        }
        for (int i = 0; i < features.length; i++) {
            if (!Float.isFinite(features[i])) {
                throw new IllegalArgumentException("feature " + (i % size) + " of sample " + (i / size) + " is "
                        + features[i]);
            }
        }
    }

    /** Samples given as rows, each flattened in the sample shape. */
    public static ClassificationData of(float[][] rows, long[] sampleShape, int[] labels, int numClasses) {
        int size = rows.length == 0 ? 0 : rows[0].length;
        float[] flat = new float[rows.length * size];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != size) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, row 0 has " + size);
            }
            System.arraycopy(rows[i], 0, flat, i * size, size);
        }
        return new ClassificationData(flat, sampleShape, labels, numClasses);
    }

    /**
     * The samples of an AVRS data set whose inputs are flattened feature arrays, with its labels.
     *
     * @throws IllegalArgumentException when a sample is unlabelled or an input does not have the
     *     size of the sample shape (naming the sample id)
     */
    public static ClassificationData of(Dataset<float[]> data, long[] sampleShape) {
        float[][] rows = new float[data.size()][];
        int[] labels = new int[data.size()];
        long size = Arrays.stream(sampleShape).reduce(1, Math::multiplyExact);
        for (int i = 0; i < rows.length; i++) {
            Sample<float[]> s = data.get(i);
            if (!s.isLabelled()) {
                throw new IllegalArgumentException("sample " + s.id() + " has no label");
            }
            if (s.input().length != size) {
                throw new IllegalArgumentException("sample " + s.id() + " has " + s.input().length
                        + " values, the sample shape " + Arrays.toString(sampleShape) + " needs " + size);
            }
            rows[i] = s.input();
            labels[i] = s.label();
        }
        return of(rows, sampleShape, labels, data.labels().size());
    }

    /**
     * The same samples with their labels permuted at random (seeded): the shuffled-label control,
     * whose held-out accuracy must stay at chance.
     */
    public ClassificationData withShuffledLabels(long seed) {
        int[] p = Permutation.of(labels.length, new Random(seed));
        int[] y = new int[labels.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = labels[p[i]];
        }
        return new ClassificationData(features, sampleShape, y, numClasses);
    }

    /** Number of samples. */
    public int size() {
        return labels.length;
    }

    /** Values per sample. */
    public int sampleSize() {
        return labels.length == 0 ? 0 : features.length / labels.length;
    }

    @Override
    public float[] features() {
        return features.clone();
    }

    @Override
    public long[] sampleShape() {
        return sampleShape.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** Sample i, flattened. */
    public float[] sample(int i) {
        int s = sampleSize();
        return Arrays.copyOfRange(features, i * s, (i + 1) * s);
    }

    /** The samples at the given indices, concatenated (a mini-batch). */
    float[] gather(int[] indices) {
        int s = sampleSize();
        float[] out = new float[indices.length * s];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(features, indices[k] * s, out, k * s, s);
        }
        return out;
    }

    /** The labels at the given indices. */
    int[] labelsAt(int[] indices) {
        int[] out = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            out[k] = labels[indices[k]];
        }
        return out;
    }

    /**
     * "Balanced" class weights w_c = n / (K · n_c) (scikit-learn's convention), so that every class
     * carries the same total weight; a class absent from the data gets weight 0.
     */
    public double[] balancedClassWeights() {
        int[] counts = new int[numClasses];
        for (int y : labels) {
            counts[y]++;
        }
        double[] w = new double[numClasses];
        for (int c = 0; c < numClasses; c++) {
            w[c] = counts[c] == 0 ? 0 : (double) labels.length / ((double) numClasses * counts[c]);
        }
        return w;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassificationData d && numClasses == d.numClasses && Arrays.equals(features, d.features)
                && Arrays.equals(sampleShape, d.sampleShape) && Arrays.equals(labels, d.labels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(features) + Arrays.hashCode(labels)) + Arrays.hashCode(sampleShape);
    }

    @Override
    public String toString() {
        return "ClassificationData(" + labels.length + " samples of shape " + Arrays.toString(sampleShape) + ", "
                + numClasses + " classes)";
    }
}
