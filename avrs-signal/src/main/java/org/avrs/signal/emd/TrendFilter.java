package org.avrs.signal.emd;

/**
 * The trend of an EMD by zero-crossing counts, after Moghtaderi, Flandrin &amp; Borgnat (2013), "Trend
 * filtering via empirical mode decompositions", Comput. Stat. Data Anal. 58:114–126: for noise-like
 * signals the zero-crossing counts Z_k of successive IMFs roughly halve (EMD acts as a dyadic filter
 * bank), so the trend starts at the first IMF k ≥ 1 (0-based) where the ratio Z_{k−1}/Z_k exceeds
 * {@code ratio} (or Z_k = 0), and is the sum of the IMFs from there on plus the residue. P7 (following
 * Kerkeni et al. 2019) computes its SMFCC on the signal minus this trend; its equation 16 is lost, so the
 * ratio rule and its threshold are this implementation's reading.
 */
final class TrendFilter {

    private TrendFilter() {
    }

    /** The index of the first trend IMF, or the IMF count if only the residue is trend. */
    static int trendStart(double[][] imfs, double ratio) {
        int previous = -1;
        for (int k = 0; k < imfs.length; k++) {
            int z = Extrema.zeroCrossings(imfs[k], imfs[k].length);
            if (k > 0 && (z == 0 || previous > ratio * z)) {
                return k;
            }
            previous = z;
        }
        return imfs.length;
    }

    /** x minus its trend: the sum of the IMFs before {@link #trendStart}. */
    static double[] detrended(double[][] imfs, int n, double ratio) {
        int start = trendStart(imfs, ratio);
        double[] y = new double[n];
        for (int k = 0; k < start; k++) {
            for (int i = 0; i < n; i++) {
                y[i] += imfs[k][i];
            }
        }
        return y;
    }
}
