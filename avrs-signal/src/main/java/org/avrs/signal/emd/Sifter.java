package org.avrs.signal.emd;

import java.util.Arrays;

/**
 * The sifting of one IMF (Huang et al. 1998, doi:10.1098/rspa.1998.0193) on signals of one length,
 * with all work arrays allocated once: extrema ({@link Extrema}), end knots ({@link EndMirror}), the
 * two envelope splines ({@link SplineSystem}, O(extrema)), their mean at every sample
 * ({@link MeanEnvelope}) and its subtraction.
 *
 * <p>Mutable and not thread-safe: each decomposition makes its own.
 */
final class Sifter {

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
    private final MeanEnvelope meanEnvelope;
    private final ExtremaScan scan = new ExtremaScan();
    // the signal being sifted and the next sifting's result, swapped by each sifting; with room for the
    // overlapping reads and writes of MeanEnvelope
    private double[] current;
    private double[] next;
    private double[] negativeZeros; // the Cauchy rule's base (see siftOnce), made on first use
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
        this.meanEnvelope = new MeanEnvelope(n, knots);
        this.current = new double[n + MeanEnvelope.PADDING];
        this.next = new double[n + MeanEnvelope.PADDING];
    }

    int length() {
        return n;
    }

    /** Finds and keeps the extrema of h; returns their number (maxima + minima). */
    int extrema(double[] h) {
        scan.start(maxima, minima);
        return finishExtrema(h);
    }

    /** Finishes the started {@link #scan} of h and keeps its extrema; returns their number. */
    private int finishExtrema(double[] h) {
        long p = scan.finish(h, n);
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
        System.arraycopy(h, 0, current, 0, n);
        int done = siftCurrent(rule);
        System.arraycopy(current, 0, h, 0, n);
        return done;
    }

    /** {@link #sift} of {@link #current}, which it may swap with {@link #next}. */
    private int siftCurrent(SiftingRule rule) {
        int extrema = extrema(current);
        boolean cauchy = rule.kind() == SiftingRule.Kind.CAUCHY;
        if (cauchy && negativeZeros == null) {
            negativeZeros = new double[current.length];
            Arrays.fill(negativeZeros, -0.0);
        }
        int done = 0;
        int streak = 0;
        int lastExtrema = -1;
        int lastCrossings = -1;
        while (extrema >= 3) {
            boolean last = done + 1 == rule.iterations(); // no rule looks at the extrema after the last
            if (cauchy || last) {
                siftOnce(cauchy, false);
            } else {
                scan.start(maxima, minima);
                siftOnce(false, true);
            }
            done++;
            if (last) {
                break;
            }
            extrema = cauchy ? extrema(current) : finishExtrema(current);
            if (cauchy && lastMeanEnergy < rule.sdThreshold() * lastSignalEnergy) {
                break;
            }
            if (rule.kind() == SiftingRule.Kind.S_NUMBER) {
                int crossings = Extrema.zeroCrossings(current, n);
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
     * the masked sifting of Deering &amp; Kaiser (2005) and of IMEMD. Writes {@code out}.
     */
    void siftMasked(double[] r, double amplitude, double frequency, double[] phases, SiftingRule rule,
                    double[] out) {
        tabulateMask(frequency);
        Arrays.fill(out, 0, n, 0.0);
        for (double phase : phases) {
            double a = amplitude * Math.cos(phase); // a·sin(θ + φ) = a·cos φ·sin θ + a·sin φ·cos θ
            double b = amplitude * Math.sin(phase);
            double[] h = current;
            for (int i = 0; i < n; i++) {
                h[i] = r[i] + (a * maskSin[i] + b * maskCos[i]);
            }
            siftCurrent(rule);
            h = current;
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

    /**
     * One sifting, {@link #next} ← {@link #current} − (e_u + e_l)/2 with the extrema found last (at
     * least 3), then the two swap. With {@code energies}, also Σ m² and Σ h² of the mean m removed and
     * the signal h before (for the Cauchy rule): m is then first written negated, as −0 − m (exactly −m,
     * signed zeros included), so that h − m is computed as h + (−m), the same IEEE operation. With
     * {@code scanning} (not with {@code energies}), the started {@link #scan} is fed the new signal as it is
     * written.
     */
    private void siftOnce(boolean energies, boolean scanning) {
        double[] h = current;
        long counts = mirror.knots(h, n, maxima, nMax, minima, nMin, ux, uy, lx, ly);
        int mu = (int) (counts >>> 32);
        int ml = (int) counts;
        SplineSystem.solveBoth(upperSpline, ux, uy, mu, us, lowerSpline, lx, ly, ml, ls, ends, ends);
        double[] out = next;
        if (energies) {
            meanEnvelope.subtract(upperSpline, ux, uy, us, mu, lowerSpline, lx, ly, ls, ml, negativeZeros, out, null);
            double meanEnergy = 0;
            double signalEnergy = 0;
            for (int i = 0; i < n; i++) {
                double negM = out[i];
                double v = h[i];
                signalEnergy += v * v;
                meanEnergy += negM * negM;
                out[i] = v + negM;
            }
            lastMeanEnergy = meanEnergy;
            lastSignalEnergy = signalEnergy;
        } else {
            meanEnvelope.subtract(upperSpline, ux, uy, us, mu, lowerSpline, lx, ly, ls, ml, h, out,
                    scanning ? scan : null);
        }
        next = h;
        current = out;
    }
}
