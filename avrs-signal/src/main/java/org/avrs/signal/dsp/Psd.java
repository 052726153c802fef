package org.avrs.signal.dsp;

/**
 * A power spectrum: values at frequencies in Hz (from {@link Welch}). One-sided spectra run from 0 to
 * fs/2; two-sided ones are in FFT order (0, positive, then negative frequencies, numpy.fft.fftfreq).
 * Immutable; arrays are copied in and out.
 */
public final class Psd {

    private final double[] frequencies;
    private final double[] values;
    private final Welch.Scaling scaling;
    private final boolean onesided;

    Psd(double[] frequencies, double[] values, Welch.Scaling scaling, boolean onesided) {
        this.frequencies = frequencies;
        this.values = values;
        this.scaling = scaling;
        this.onesided = onesided;
    }

    /** The bin frequencies in Hz. */
    public double[] frequencies() {
        return frequencies.clone();
    }

    /** Power per bin: V²/Hz for {@link Welch.Scaling#DENSITY}, V² for {@link Welch.Scaling#SPECTRUM}. */
    public double[] values() {
        return values.clone();
    }

    public Welch.Scaling scaling() {
        return scaling;
    }

    public boolean onesided() {
        return onesided;
    }

    /** The bin spacing Δf in Hz. */
    public double resolution() {
        return frequencies.length > 1 ? frequencies[1] - frequencies[0] : 0;
    }

    /**
     * The power in [lowHz, highHz): Σ P(fₖ)·Δf over the bins with lowHz ≤ fₖ &lt; highHz (rectangle rule;
     * half-open so that adjacent bands do not count a bin twice).
     *
     * @throws IllegalStateException unless this is a one-sided density
     * @throws IllegalArgumentException unless 0 ≤ lowHz &lt; highHz
     */
    public double bandPower(double lowHz, double highHz) {
        if (scaling != Welch.Scaling.DENSITY || !onesided) {
            throw new IllegalStateException("band power needs a one-sided density spectrum; this one is "
                    + (onesided ? "one" : "two") + "-sided " + scaling);
        }
        if (!(lowHz >= 0 && lowHz < highHz)) {
            throw new IllegalArgumentException("band [" + lowHz + ", " + highHz + ") Hz must have 0 <= low < high");
        }
        double sum = 0;
        for (int k = 0; k < frequencies.length; k++) {
            if (frequencies[k] >= lowHz && frequencies[k] < highHz) {
                sum += values[k];
            }
        }
        return sum * resolution();
    }
}
