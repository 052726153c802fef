package org.avrs.signal.emd;

/**
 * The trend of an EMD found by zero-crossing rates, for P7's SMFCC (Sun, Li &amp; Ma 2023, after Kerkeni
 * et al. 2019, "Automatic speech emotion recognition using an optimal combination of features based on
 * EMD-TKEO", Speech Communication 114): the IMFs from the first one whose zero-crossing rate, as a
 * frequency Z/(2T) (Z crossings in T seconds), is below {@code maxHz} on, plus the residue. P7's equation
 * 16 is lost; this is this implementation's reading. The rule of Moghtaderi, Flandrin &amp; Borgnat
 * (2013, "Trend filtering via empirical mode decompositions", Comput. Stat. Data Anal. 58) — the trend
 * starts where successive zero-crossing counts stop roughly halving — was tried first and rejected: on
 * EmoDB speech the counts of voiced IMFs fall by 2.4–3.7× from one IMF to the next (03a01Fa: 3076, 1146,
 * 459, 193, 112, 64, 32, 20, 12, 7 Hz; 13b09La: 4157, 1894, 512, …), so a ratio threshold either never
 * fires or cuts at 2 kHz. A rate below 50 Hz (the default) lies under any voice's F0 and marks envelope
 * and drift rather than voice.
 */
final class TrendFilter {

    private TrendFilter() {
    }

    /** The index of the first trend IMF, or the IMF count if only the residue is trend. */
    static int trendStart(double[][] imfs, double sampleRate, double maxHz) {
        for (int k = 0; k < imfs.length; k++) {
            double seconds = imfs[k].length / sampleRate;
            if (Extrema.zeroCrossings(imfs[k], imfs[k].length) / (2 * seconds) < maxHz) {
                return k;
            }
        }
        return imfs.length;
    }

    /** x minus its trend: the sum of the IMFs before {@link #trendStart}. */
    static double[] detrended(double[][] imfs, int n, double sampleRate, double maxHz) {
        int start = trendStart(imfs, sampleRate, maxHz);
        double[] y = new double[n];
        for (int k = 0; k < start; k++) {
            for (int i = 0; i < n; i++) {
                y[i] += imfs[k][i];
            }
        }
        return y;
    }
}
