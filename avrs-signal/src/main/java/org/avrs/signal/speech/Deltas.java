package org.avrs.signal.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;

/**
 * Delta (time-derivative) features, librosa.feature.delta(data, width, order, mode="interp"), which is
 * the Savitzky–Golay filter {@code scipy.signal.savgol_filter(data, width, polyorder=order, deriv=order,
 * mode="interp")} along time.
 *
 * <p>At frame t with N = (width − 1)/2 frames on each side, a polynomial of degree {@code order} is fitted
 * by least squares to the frames t − N … t + N and its order-th derivative taken at t. For order 1 this is
 * the HTK regression formula d_t = Σₙ n·(c_{t+n} − c_{t−n}) / (2 Σₙ n²), n = 1…N (width 9: N = 4).
 * Order 2 is the second derivative of a quadratic fit, not the delta of the delta. The first and last N
 * frames ("interp" mode) take the derivative of the polynomial fitted to the first (last) {@code width}
 * frames at their own positions. At least {@code width} frames are needed. Savitzky, A. &amp; Golay,
 * M. J. E. (1964), doi:10.1021/ac60214a047.
 */
public final class Deltas {

    /**
     * @param width odd window length in frames, ≥ 3 (librosa's default 9)
     * @param order derivative order ≥ 1, below width
     */
    public record Config(int width, int order) {
        public Config {
            if (width < 3 || width % 2 == 0) {
                throw new IllegalArgumentException("delta width " + width + " must be odd and >= 3");
            }
            Checks.positive("delta order", order);
            if (order >= width) {
                throw new IllegalArgumentException("delta order " + order + " must be below width " + width);
            }
        }

        /** librosa's defaults: width 9, first order. */
        public static Config defaults() {
            return new Config(9, 1);
        }
    }

    private final Config config;
    private final double[][] weights; // [position in window where the derivative is taken][frame in window]

    public Deltas(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        int w = config.width();
        this.weights = new double[w][];
        for (int at = 0; at < w; at++) {
            weights[at] = derivativeWeights(w, config.order(), at);
        }
    }

    public Config config() {
        return config;
    }

    /**
     * The deltas of rows [frame][feature] along the frames.
     *
     * @throws InvalidInputException if there are fewer frames than the width
     */
    public double[][] apply(double[][] rows) {
        int n = rows.length;
        int w = config.width();
        int half = w / 2;
        if (n < w) {
            throw new InvalidInputException("features", "frames", n + " frames are fewer than the delta width " + w
                    + " (librosa's interp mode needs at least width frames)");
        }
        int cols = rows[0].length;
        double[][] out = new double[n][cols];
        for (int t = 0; t < n; t++) {
            // interior frames use the centred window; the first/last `half` frames the edge windows
            int start = Math.min(Math.max(t - half, 0), n - w);
            double[] wt = weights[t - start];
            double[] o = out[t];
            for (int j = 0; j < w; j++) {
                double[] r = rows[start + j];
                double c = wt[j];
                for (int f = 0; f < cols; f++) {
                    o[f] += c * r[f];
                }
            }
        }
        return out;
    }

    /** The deltas of a feature matrix; columns named {@code <name>_d<order>}, same times. */
    public FeatureMatrix apply(FeatureMatrix m) {
        return FeatureMatrix.of(columnNames(m.columnNames()), m.times(), apply(m.toArray()));
    }

    private List<String> columnNames(List<String> base) {
        List<String> names = new ArrayList<>();
        for (String b : base) {
            names.add(b + "_d" + config.order());
        }
        return names;
    }

    /**
     * An extractor that returns {@code base}'s columns followed by their deltas of each config, e.g. MFCC
     * + Δ + ΔΔ with {@code stacked(mfcc, new Config(9, 1), new Config(9, 2))}.
     */
    public static FeatureExtractor stacked(FeatureExtractor base, Config... deltas) {
        Objects.requireNonNull(base, "base");
        List<Deltas> stages = new ArrayList<>();
        List<String> names = new ArrayList<>(base.columnNames());
        for (Config c : deltas) {
            Deltas d = new Deltas(c);
            stages.add(d);
            names.addAll(d.columnNames(base.columnNames()));
        }
        List<String> allNames = List.copyOf(names);
        return new FeatureExtractor() {
            @Override
            public FeatureMatrix extract(Signal signal) {
                FeatureMatrix m = base.extract(signal);
                FeatureMatrix out = m;
                for (Deltas d : stages) {
                    out = out.withColumns(d.apply(m));
                }
                return out;
            }

            @Override
            public List<String> columnNames() {
                return allNames;
            }
        };
    }

    /**
     * Weights h[j] such that Σⱼ h[j]·y[j] is the order-th derivative, at window position {@code at}, of
     * the least-squares polynomial of degree order through y[0…w−1] at positions 0…w−1 (centred for
     * conditioning): h = (order-th derivative row of the monomials at {@code at}) · (VᵀV)⁻¹Vᵀ.
     */
    static double[] derivativeWeights(int w, int order, int at) {
        int p = order + 1;
        double centre = (w - 1) / 2.0;
        double[][] v = new double[w][p];
        for (int j = 0; j < w; j++) {
            double u = j - centre;
            double pow = 1;
            for (int m = 0; m < p; m++) {
                v[j][m] = pow;
                pow *= u;
            }
        }
        // d/du^order of u^m at u0 = m!/(m−order)! · u0^(m−order); only m = order survives for degree order
        double[] g = new double[p];
        double u0 = at - centre;
        for (int m = order; m < p; m++) {
            double fall = 1;
            for (int k = 0; k < order; k++) {
                fall *= m - k;
            }
            g[m] = fall * Math.pow(u0, m - order);
        }
        // solve (VᵀV)·c = g, then h = V·c
        double[][] a = new double[p][p + 1];
        for (int r = 0; r < p; r++) {
            for (int c = 0; c < p; c++) {
                double s = 0;
                for (int j = 0; j < w; j++) {
                    s += v[j][r] * v[j][c];
                }
                a[r][c] = s;
            }
            a[r][p] = g[r];
        }
        double[] c = solve(a);
        double[] h = new double[w];
        for (int j = 0; j < w; j++) {
            double s = 0;
            for (int m = 0; m < p; m++) {
                s += v[j][m] * c[m];
            }
            h[j] = s;
        }
        return h;
    }

    /** Gaussian elimination with partial pivoting on an augmented p × (p + 1) system. */
    private static double[] solve(double[][] a) {
        int p = a.length;
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int r = col + 1; r < p; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = col + 1; r < p; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= p; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        double[] x = new double[p];
        for (int r = p - 1; r >= 0; r--) {
            double s = a[r][p];
            for (int c = r + 1; c < p; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
