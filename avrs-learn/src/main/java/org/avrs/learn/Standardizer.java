package org.avrs.learn;

import java.util.Arrays;

/**
 * Z-scoring of feature vectors, x' = (x − μ) / σ per column, with μ and σ fitted on training rows only.
 * σ is the population standard deviation (ddof 0, as scikit-learn's StandardScaler); a constant column
 * gets σ = 1 so that it maps to 0 instead of dividing by zero (also as StandardScaler).
 *
 * @param mean μ per column
 * @param scale σ per column
 */
public record Standardizer(double[] mean, double[] scale) {

    public Standardizer {
        if (mean.length != scale.length) {
            throw new IllegalArgumentException(mean.length + " means but " + scale.length + " scales");
        }
        for (int j = 0; j < scale.length; j++) {
            if (!(scale[j] > 0) || !Double.isFinite(mean[j]) || Double.isInfinite(scale[j])) {
                throw new IllegalArgumentException("column " + j + ": mean " + mean[j] + ", scale " + scale[j]
                        + "; scale must be > 0 and both finite");
            }
        }
        mean = mean.clone();
        scale = scale.clone();
    }

    /**
     * Fits μ and σ on rows of equal length.
     *
     * @throws IllegalArgumentException if there are no rows, lengths differ or a value is not finite
     */
    public static Standardizer fit(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("cannot fit a standardizer on zero rows");
        }
        int d = rows[0].length;
        double[] mean = new double[d];
        double[] m2 = new double[d];
        // Welford's update: stable for large offsets.
        for (int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            if (row.length != d) {
                throw new IllegalArgumentException("row " + i + " has " + row.length + " values, row 0 has " + d);
            }
            for (int j = 0; j < d; j++) {
                double x = row[j];
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("row " + i + " column " + j + " is " + x);
                }
                double delta = x - mean[j];
                mean[j] += delta / (i + 1);
                m2[j] += delta * (x - mean[j]);
            }
        }
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(m2[j] / rows.length);
            scale[j] = sd > 1e-12 * Math.max(1, Math.abs(mean[j])) ? sd : 1;
        }
        return new Standardizer(mean, scale);
    }

    public int dimension() {
        return mean.length;
    }

    /** The standardized copy of one row. */
    public double[] apply(double[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("feature vector has " + row.length + " values, expected " + mean.length);
        }
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = (row[j] - mean[j]) / scale[j];
        }
        return out;
    }

    /** Standardized copies of many rows. */
    public double[][] apply(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = apply(rows[i]);
        }
        return out;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Standardizer s && Arrays.equals(mean, s.mean) && Arrays.equals(scale, s.scale);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "Standardizer[" + mean.length + " columns]";
    }
}
