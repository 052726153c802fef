package org.avrs.signal.dsp;

/**
 * An analytic signal z[n] = x[n] + i·y[n] (from {@link Hilbert}) and its instantaneous amplitude, phase
 * and frequency. Immutable; arrays are copied out.
 */
public final class AnalyticSignal {

    private final double[] re;
    private final double[] im;

    AnalyticSignal(double[] re, double[] im) {
        this.re = re;
        this.im = im;
    }

    public int length() {
        return re.length;
    }

    /** Re z: the input signal. */
    public double[] real() {
        return re.clone();
    }

    /** Im z: the Hilbert transform of the input. */
    public double[] imaginary() {
        return im.clone();
    }

    /** The instantaneous amplitude (envelope) |z[n]|. */
    public double[] amplitude() {
        double[] a = new double[re.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.hypot(re[i], im[i]);
        }
        return a;
    }

    /**
     * The unwrapped instantaneous phase in radians: arg z[n] with jumps over π replaced by their 2π
     * complement (numpy.unwrap(numpy.angle(z))).
     */
    public double[] phase() {
        double[] p = new double[re.length];
        double correction = 0;
        double previous = 0;
        for (int i = 0; i < p.length; i++) {
            double raw = Math.atan2(im[i], re[i]);
            if (i > 0) {
                double d = raw - previous;
                double m = (d + Math.PI) % (2 * Math.PI); // numpy.mod: the sign of the divisor
                double wrapped = (m < 0 ? m + 2 * Math.PI : m) - Math.PI;
                if (wrapped == -Math.PI && d > 0) {
                    wrapped = Math.PI;
                }
                if (Math.abs(d) >= Math.PI) {
                    correction += wrapped - d;
                }
            }
            previous = raw;
            p[i] = raw + correction;
        }
        return p;
    }

    /**
     * The instantaneous frequency in Hz between consecutive samples, (φ[n+1] − φ[n])·fs/(2π), n − 1
     * values (numpy.diff of the unwrapped phase).
     */
    public double[] frequency(double sampleRate) {
        org.avrs.signal.Checks.positive("sampleRate", sampleRate);
        double[] p = phase();
        double[] f = new double[Math.max(0, p.length - 1)];
        for (int i = 0; i < f.length; i++) {
            f[i] = (p[i + 1] - p[i]) / (2 * Math.PI) * sampleRate;
        }
        return f;
    }
}
