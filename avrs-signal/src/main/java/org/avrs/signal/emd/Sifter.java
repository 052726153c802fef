package org.avrs.signal.emd;

import java.util.Arrays;

/**
 * The sifting of one IMF (Huang et al. 1998, doi:10.1098/rspa.1998.0193) on signals of one length,
 * with all work arrays allocated once: extrema ({@link Extrema}), end knots ({@link EndMirror}), the
 * two envelope splines ({@link SplineSystem}, O(extrema)), evaluated at every sample block by block
 * ({@link EnvelopeCursor}), and the subtraction of their mean.
 *
 * <p>Mutable and not thread-safe: each decomposition makes its own.
 */
final class Sifter {

    /** Samples per block of envelope values: both blocks stay in the first-level cache. */
    private static final int BLOCK = 1024;

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
    private final EnvelopeCursor upperCursor;
    private final EnvelopeCursor lowerCursor;
    private final double[] upper; // one block of envelope values, with room for the overlapping writes
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
        this.upperCursor = new EnvelopeCursor(n);
        this.lowerCursor = new EnvelopeCursor(n);
        this.upper = new double[BLOCK + EnvelopeCursor.SHORT_PIECE];
        this.lower = new double[BLOCK + EnvelopeCursor.SHORT_PIECE];
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
        upperCursor.start(upperSpline, ux, uy, us, mu);
        lowerCursor.start(lowerSpline, lx, ly, ls, ml);
        double[] u = upper;
        double[] l = lower;
        double meanEnergy = 0;
        double signalEnergy = 0;
        for (int start = 0; start < n; start += BLOCK) {
            int end = Math.min(n, start + BLOCK);
            upperCursor.evaluate(end, u, start);
            lowerCursor.evaluate(end, l, start);
            if (energies) {
                for (int i = start; i < end; i++) {
                    double m = 0.5 * (u[i - start] + l[i - start]);
                    double v = h[i];
                    signalEnergy += v * v;
                    meanEnergy += m * m;
                    h[i] = v - m;
                }
            } else {
                for (int i = start; i < end; i++) {
                    h[i] -= 0.5 * (u[i - start] + l[i - start]);
                }
            }
        }
        lastMeanEnergy = meanEnergy;
        lastSignalEnergy = signalEnergy;
    }
}
