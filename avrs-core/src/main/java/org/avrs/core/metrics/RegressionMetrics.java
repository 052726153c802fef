package org.avrs.core.metrics;

import java.util.Objects;

/**
 * Errors and agreement of continuous predictions ŷ against targets y (valence and arousal ratings,
 * personality-trait scores). Pure functions; each has a stable label (the constants below). Every
 * function takes (truth, predicted) of equal length with finite values and returns NaN for empty
 * input.
 */
public final class RegressionMetrics {

    /** Label of {@link #mae}. */
    public static final String MAE = "MAE";
    /** Label of {@link #rmse}. */
    public static final String RMSE = "RMSE";
    /** Label of {@link #oneMinusMae}. */
    public static final String ONE_MINUS_MAE = "1-MAE";
    /** Label of {@link #pearson}. */
    public static final String PEARSON = "Pearson-r";
    /** Label of {@link #ccc}. */
    public static final String CCC = "CCC";

    private RegressionMetrics() {
    }

    /**
     * Mean absolute error (1/n) Σ |ŷ_i − y_i|, in the targets' unit.
     *
     * @throws IllegalArgumentException if the lengths differ or a value is not finite
     */
    public static double mae(double[] truth, double[] predicted) {
        check(truth, predicted);
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            sum += Math.abs(predicted[i] - truth[i]);
        }
        return truth.length == 0 ? Double.NaN : sum / truth.length;
    }

    /**
     * Root mean squared error √((1/n) Σ (ŷ_i − y_i)²), in the targets' unit.
     *
     * @throws IllegalArgumentException if the lengths differ or a value is not finite
     */
    public static double rmse(double[] truth, double[] predicted) {
        check(truth, predicted);
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            double e = predicted[i] - truth[i];
            sum += e * e;
        }
        return truth.length == 0 ? Double.NaN : Math.sqrt(sum / truth.length);
    }

    /**
     * The "mean accuracy" score 1 − MAE for targets and predictions normalised to [0, 1], as used for
     * the ChaLearn First Impressions traits (S = 1 − (1/n) Σ |ŷ_i − y_i|; Ponce-López et al., ECCV
     * Workshops 2016, doi:10.1007/978-3-319-49409-8_32) and reported in the affective video
     * recommendation literature. It lies in [0, 1], higher is better; a constant prediction of the
     * training mean already scores high (often above 0.85), so report it next to that baseline.
     *
     * @throws IllegalArgumentException if the lengths differ or a value lies outside [0, 1]
     */
    public static double oneMinusMae(double[] truth, double[] predicted) {
        check(truth, predicted);
        checkUnit("truth", truth);
        checkUnit("predicted", predicted);
        return 1 - mae(truth, predicted);
    }

    /**
     * Pearson's correlation r = Σ (x_i − x̄)(y_i − ȳ) / √(Σ (x_i − x̄)² · Σ (y_i − ȳ)²) between truth x
     * and prediction y ({@code scipy.stats.pearsonr}), clamped to [−1, 1] against rounding. NaN when
     * either is constant (or n &lt; 2), where the correlation is undefined.
     *
     * @throws IllegalArgumentException if the lengths differ or a value is not finite
     */
    public static double pearson(double[] truth, double[] predicted) {
        check(truth, predicted);
        Moments m = Moments.of(truth, predicted);
        if (!(m.sxx > 0 && m.syy > 0)) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, m.sxy / Math.sqrt(m.sxx * m.syy)));
    }

    /**
     * Lin's concordance correlation coefficient
     * ρ_c = 2 s_xy / (s_x² + s_y² + (x̄ − ȳ)²) with population moments (divisor n): s_xy the
     * covariance, s_x², s_y² the variances (Lin 1989, "A concordance correlation coefficient to
     * evaluate reproducibility", Biometrics 45(1):255–268, doi:10.2307/2532051). Unlike Pearson's r it
     * penalises bias and scale: ρ_c = 1 only when ŷ = y. It is 0 for a constant prediction of a
     * varying target and NaN when both are the same constant (0/0).
     *
     * @throws IllegalArgumentException if the lengths differ or a value is not finite
     */
    public static double ccc(double[] truth, double[] predicted) {
        check(truth, predicted);
        Moments m = Moments.of(truth, predicted);
        int n = truth.length;
        double den = m.sxx / n + m.syy / n + (m.mx - m.my) * (m.mx - m.my);
        return den > 0 ? 2 * (m.sxy / n) / den : Double.NaN;
    }

    /** Means and centred sums of squares and cross-products (two-pass, for accuracy). */
    private record Moments(double mx, double my, double sxx, double syy, double sxy) {
        static Moments of(double[] x, double[] y) {
            double mx = mean(x);
            double my = mean(y);
            double sxx = 0;
            double syy = 0;
            double sxy = 0;
            for (int i = 0; i < x.length; i++) {
                double dx = x[i] - mx;
                double dy = y[i] - my;
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
            }
            return new Moments(mx, my, sxx, syy, sxy);
        }
    }

    private static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    private static void check(double[] truth, double[] predicted) {
        Objects.requireNonNull(truth, "truth");
        Objects.requireNonNull(predicted, "predicted");
        if (truth.length != predicted.length) {
            throw new IllegalArgumentException("truth has " + truth.length + " values but predicted has "
                    + predicted.length);
        }
        checkFinite("truth", truth);
        checkFinite("predicted", predicted);
    }

    private static void checkFinite(String name, double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + x[i] + " is not finite");
            }
        }
    }

    private static void checkUnit(String name, double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= 0 && x[i] <= 1)) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + x[i]
                        + " is outside [0, 1]; 1-MAE needs values normalised to [0, 1]");
            }
        }
    }
}
