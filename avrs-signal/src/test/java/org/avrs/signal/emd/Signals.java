package org.avrs.signal.emd;

/** Test signals and measures of the EMD tests. */
final class Signals {

    private Signals() {
    }

    /** Two components and their sum. */
    record TwoTone(double[] sustained, double[] gapped) {
        double[] sum() {
            double[] x = new double[sustained.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = sustained[i] + gapped[i];
            }
            return x;
        }
    }

    /**
     * The P7 simulation (its formula is lost; rebuilt from the text): sampled at 1 Hz, a sustained tone
     * sin(2π·0.03·t) and a gapped higher tone within an octave, sin(2π·0.045·(t − t₀)) for t in the middle
     * 40 % of the record (whole periods, so it starts and ends at zero), 0 elsewhere.
     */
    static TwoTone twoTone(int n) {
        double[] s1 = new double[n];
        double[] s2 = new double[n];
        int from = (int) Math.round(0.3 * n);
        int periods = (int) Math.floor(0.4 * n * 0.045);
        int to = from + (int) Math.round(periods / 0.045);
        for (int i = 0; i < n; i++) {
            s1[i] = Math.sin(2 * Math.PI * 0.03 * i);
            s2[i] = i >= from && i < to ? Math.sin(2 * Math.PI * 0.045 * (i - from)) : 0;
        }
        return new TwoTone(s1, s2);
    }

    /** Pearson-style correlation Σab/√(ΣaΣb) (no mean removal) over the samples 10 % in from each end. */
    static double correlation(double[] a, double[] b) {
        int edge = a.length / 10;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = edge; i < a.length - edge; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }
}
