package org.avrs.signal.speech;

/**
 * Mel scales (librosa.hz_to_mel / mel_to_hz).
 * <ul>
 *   <li>{@link #SLANEY} (Auditory Toolbox, librosa's default): linear below 1000 Hz, m = f / (200/3), so
 *       1000 Hz = 15 mel; logarithmic above, m = 15 + ln(f/1000) / (ln 6.4 / 27).
 *       Slaney, M. (1998) Auditory Toolbox v2, Interval Research Tech. Rep. 1998-010.</li>
 *   <li>{@link #HTK}: m = 2595 log₁₀(1 + f/700) (Young et al., The HTK Book).</li>
 * </ul>
 */
public enum MelScale {
    SLANEY,
    HTK;

    private static final double F_SP = 200.0 / 3;
    private static final double MIN_LOG_HZ = 1000.0;
    private static final double MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
    private static final double LOG_STEP = Math.log(6.4) / 27.0;

    /** Hz → mel. */
    public double toMel(double hz) {
        if (this == HTK) {
            return 2595.0 * Math.log10(1.0 + hz / 700.0);
        }
        return hz >= MIN_LOG_HZ ? MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOG_STEP : hz / F_SP;
    }

    /** mel → Hz. */
    public double toHz(double mel) {
        if (this == HTK) {
            return 700.0 * (Math.pow(10.0, mel / 2595.0) - 1.0);
        }
        return mel >= MIN_LOG_MEL ? MIN_LOG_HZ * Math.exp(LOG_STEP * (mel - MIN_LOG_MEL)) : F_SP * mel;
    }

    /**
     * n frequencies in Hz equally spaced in mel from fmin to fmax (librosa.mel_frequencies): the mel
     * points are min + i·(max − min)/(n − 1), the last set to max exactly (numpy.linspace).
     */
    public double[] frequencies(int n, double fmin, double fmax) {
        double lo = toMel(fmin);
        double hi = toMel(fmax);
        double[] f = new double[n];
        double step = (hi - lo) / (n - 1);
        for (int i = 0; i < n; i++) {
            f[i] = toHz(i == n - 1 ? hi : lo + i * step);
        }
        return f;
    }
}
