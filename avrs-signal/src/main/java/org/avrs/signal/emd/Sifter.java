package org.avrs.signal.emd;

import java.util.Arrays;

/**
 * The sifting of one IMF (Huang et al. 1998, doi:10.1098/rspa.1998.0193) on signals of one length,
 * with all work arrays allocated once: extrema ({@link Extrema}), end knots ({@link EndMirror}), the
 * two envelope splines ({@link SplineSystem}, O(extrema)), each evaluated piece by piece at
 * every sample (Horner), and the subtraction of their mean.
 *
 * <p>Mutable and not thread-safe: each decomposition makes its own.
 */
final class Sifter {

    /** Pieces up to this many samples are evaluated without a data-dependent loop exit. */
    private static final int SHORT_PIECE = 8;

    private final int n;
    private final EndCondition ends;
    private final int[] maxima;
    private final int[] minima;
    private int nMax;
    private int nMin;
    private final double[] ux;
    private final double[] uy;
    private final double[] us;
    private final double[] lx;
    private final double[] ly;
    private final double[] ls;
    private final SplineSystem upperSpline;
    private final SplineSystem lowerSpline;
    private final EndMirror mirror = new EndMirror();
    private final double[] upper; // envelope values, with room for the overlapping writes of evaluate
    private final double[] lower;
    private double[] maskSin;
    private double[] maskCos;
    private double maskFrequency = Double.NaN;
    private double lastMeanEnergy;
    private double lastSignalEnergy;

    Sifter(int n, EndCondition ends) {
        this.n = n;
        this.ends = ends;
        int extrema = n / 2 + 1;
        int knots = extrema + 6; // up to 3 mirrored knots per end
        this.maxima = new int[extrema];
        this.minima = new int[extrema];
        this.ux = new double[knots];
        this.uy = new double[knots];
        this.us = new double[knots];
        this.lx = new double[knots];
        this.ly = new double[knots];
        this.ls = new double[knots];
        this.upperSpline = new SplineSystem(knots);
        this.lowerSpline = new SplineSystem(knots);
        this.upper = new double[n + SHORT_PIECE];
        this.lower = new double[n + SHORT_PIECE];
    }

    int length() {
        return n;
    }

    /** Finds and keeps the extrema of h; returns their number (maxima + minima). */
    int extrema(double[] h) {
        long p = Extrema.find(h, n, maxima, minima);
        nMax = Extrema.maxCount(p);
        nMin = Extrema.minCount(p);
        return nMax + nMin;
    }

    /**
     * Sifts h in place until the rule stops (or h has fewer than 3 extrema).
     *
     * @return the number of siftings done
     */
    int sift(double[] h, SiftingRule rule) {
        int extrema = extrema(h);
        boolean cauchy = rule.kind() == SiftingRule.Kind.CAUCHY;
        int done = 0;
        int streak = 0;
        int lastExtrema = -1;
        int lastCrossings = -1;
        while (done < rule.iterations() && extrema >= 3) {
            siftOnce(h, cauchy);
            done++;
            extrema = extrema(h);
            if (cauchy && lastMeanEnergy < rule.sdThreshold() * lastSignalEnergy) {
                break;
            }
            if (rule.kind() == SiftingRule.Kind.S_NUMBER) {
                int crossings = Extrema.zeroCrossings(h, n);
                if (Math.abs(extrema - crossings) <= 1) {
                    streak = extrema == lastExtrema && crossings == lastCrossings ? streak + 1 : 1;
                } else {
                    streak = 0;
                }
                lastExtrema = extrema;
                lastCrossings = crossings;
                if (streak >= rule.sNumber()) {
                    break;
                }
            }
        }
        return done;
    }

    /**
     * The mean over the phases φ_p of the first IMF of r + a·sin(2πf·i + φ_p), i the sample index:
     * the masked sifting of Deering &amp; Kaiser (2005) and of IMEMD. Writes {@code out}; uses {@code h}
     * (n values) as work space.
     */
    void siftMasked(double[] r, double amplitude, double frequency, double[] phases, SiftingRule rule,
                    double[] h, double[] out) {
        tabulateMask(frequency);
        Arrays.fill(out, 0, n, 0.0);
        for (double phase : phases) {
            double a = amplitude * Math.cos(phase); // a·sin(θ + φ) = a·cos φ·sin θ + a·sin φ·cos θ
            double b = amplitude * Math.sin(phase);
            for (int i = 0; i < n; i++) {
                h[i] = r[i] + (a * maskSin[i] + b * maskCos[i]);
            }
            sift(h, rule);
            for (int i = 0; i < n; i++) {
                out[i] += h[i];
            }
        }
        double scale = 1.0 / phases.length;
        for (int i = 0; i < n; i++) {
            out[i] *= scale;
        }
    }

    private void tabulateMask(double frequency) {
        if (maskSin == null) {
            maskSin = new double[n];
            maskCos = new double[n];
        }
        if (Double.compare(frequency, maskFrequency) != 0) {
            double w = 2 * Math.PI * frequency;
            for (int i = 0; i < n; i++) {
                maskSin[i] = Math.sin(w * i);
                maskCos[i] = Math.cos(w * i);
            }
            maskFrequency = frequency;
        }
    }

    /** One sifting: h ← h − (e_u + e_l)/2 with the extrema found last (at least 3). */
    private void siftOnce(double[] h, boolean energies) {
        long counts = mirror.knots(h, n, maxima, nMax, minima, nMin, ux, uy, lx, ly);
        int mu = (int) (counts >>> 32);
        int ml = (int) counts;
        SplineSystem.solveBoth(upperSpline, ux, uy, mu, us, lowerSpline, lx, ly, ml, ls, ends, ends);
        evaluate(upperSpline, ux, uy, us, mu, upper);
        evaluate(lowerSpline, lx, ly, ls, ml, lower);
        double[] u = upper;
        double[] l = lower;
        if (energies) {
            double meanEnergy = 0;
            double signalEnergy = 0;
            for (int i = 0; i < n; i++) {
                double m = 0.5 * (u[i] + l[i]);
                double v = h[i];
                signalEnergy += v * v;
                meanEnergy += m * m;
                h[i] = v - m;
            }
            lastMeanEnergy = meanEnergy;
            lastSignalEnergy = signalEnergy;
        } else {
            for (int i = 0; i < n; i++) {
                h[i] -= 0.5 * (u[i] + l[i]);
            }
        }
    }

    /**
     * Writes the spline just solved (knots (x, y), slopes s) at every sample 0 … n−1 into {@code out}
     * (n + {@link #SHORT_PIECE} long): piece j covers the samples in [x_j, x_{j+1}) (knots are whole
     * sample positions), the first and last pieces extend to the ends. Dense knots make short pieces
     * whose varying lengths would mispredict a loop exit, so every piece first writes
     * {@link #SHORT_PIECE} values unconditionally (the next piece overwrites the surplus) and loops
     * only over the rest of a longer piece.
     */
    private void evaluate(SplineSystem spline, double[] x, double[] y, double[] s, int m, double[] out) {
        double[] invH = spline.inverseSpacing();
        double[] delta = spline.secants();
        int lo = 0;
        for (int j = 0; j < m - 1 && lo < n; j++) {
            int hi = j == m - 2 ? n : Math.min(n, Math.max(lo, (int) x[j + 1]));
            double inv = invH[j];
            double d = delta[j];
            double a0 = y[j];
            double a1 = s[j];
            double a2 = (3 * d - 2 * a1 - s[j + 1]) * inv;
            double a3 = (a1 + s[j + 1] - 2 * d) * inv * inv;
            double xj = x[j];
            for (int q = 0; q < SHORT_PIECE; q++) { // a constant trip count: no exit to mispredict
                double u = lo + q - xj;
                out[lo + q] = a0 + u * (a1 + u * (a2 + u * a3));
            }
            for (int i = lo + SHORT_PIECE; i < hi; i++) {
                double u = i - xj; // from the index, not a running sum, so that the loop vectorizes
                out[i] = a0 + u * (a1 + u * (a2 + u * a3));
            }
            lo = hi;
        }
    }
}
