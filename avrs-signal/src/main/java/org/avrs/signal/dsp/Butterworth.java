package org.avrs.signal.dsp;

import java.util.Arrays;
import org.avrs.signal.Checks;

/**
 * Digital Butterworth filter design to second-order sections, with the values of
 * {@code scipy.signal.butter(order, cutoff, btype, output="sos", fs=fs)}.
 *
 * <p>Steps (SciPy's iirfilter): analog prototype poles pₘ = −e^{iπm/(2N)}, m = −N+1, −N+3, …, N−1, no
 * zeros, gain 1; cutoffs normalized to Wn = 2f/fs and pre-warped, ω = 4·tan(πWn/2); the prototype mapped
 * to low-pass (s → s/ω), high-pass (s → ω/s), band-pass or band-stop (centre ω₀ = √(ω₁ω₂), bandwidth
 * ω₂ − ω₁); the bilinear transform z = (4 + s)/(4 − s); then pairing into sections as SciPy's
 * {@code zpk2sos} (nearest pairing, poles closest to the unit circle last). Band filters have order 2N.
 * Butterworth, S. (1930) "On the theory of filter amplifiers", Wireless Engineer 7:536–541.
 */
public final class Butterworth {

    /** The filter type. */
    public enum Type {
        LOWPASS, HIGHPASS, BANDPASS, BANDSTOP;

        boolean isBand() {
            return this == BANDPASS || this == BANDSTOP;
        }
    }

    private static final double FS2 = 4.0; // 2·fs with SciPy's normalized design rate fs = 2

    private Butterworth() {
    }

    public static Sos lowpass(int order, double cutoffHz, double sampleRate) {
        return design(order, Type.LOWPASS, sampleRate, cutoffHz);
    }

    public static Sos highpass(int order, double cutoffHz, double sampleRate) {
        return design(order, Type.HIGHPASS, sampleRate, cutoffHz);
    }

    public static Sos bandpass(int order, double lowHz, double highHz, double sampleRate) {
        return design(order, Type.BANDPASS, sampleRate, lowHz, highHz);
    }

    public static Sos bandstop(int order, double lowHz, double highHz, double sampleRate) {
        return design(order, Type.BANDSTOP, sampleRate, lowHz, highHz);
    }

    /**
     * @param order N ≥ 1 (band filters get 2N poles, as in SciPy)
     * @param sampleRate fs in Hz
     * @param cutoffsHz one cutoff for low/high-pass, two increasing edges for band filters, each in (0, fs/2)
     * @throws IllegalArgumentException naming the bad parameter
     */
    public static Sos design(int order, Type type, double sampleRate, double... cutoffsHz) {
        Checks.positive("filter order", order);
        Checks.positive("sampleRate", sampleRate);
        int expected = type.isBand() ? 2 : 1;
        if (cutoffsHz.length != expected) {
            throw new IllegalArgumentException(type + " needs " + expected + " cutoff frequencies, got "
                    + Arrays.toString(cutoffsHz));
        }
        double[] warped = new double[expected];
        for (int i = 0; i < expected; i++) {
            double f = cutoffsHz[i];
            if (!(f > 0 && f < sampleRate / 2)) {
                throw new IllegalArgumentException("cutoff " + f + " Hz must be in (0, " + sampleRate / 2
                        + ") Hz for sample rate " + sampleRate + " Hz");
            }
            double wn = 2 * f / sampleRate;
            warped[i] = FS2 * Math.tan(Math.PI * wn / 2.0);
        }
        if (expected == 2 && !(cutoffsHz[0] < cutoffsHz[1])) {
            throw new IllegalArgumentException("band edges " + cutoffsHz[0] + " and " + cutoffsHz[1]
                    + " Hz must increase");
        }
        Complex[] poles = new Complex[order];
        for (int i = 0; i < order; i++) {
            int m = -order + 1 + 2 * i;
            poles[i] = Complex.unit(Math.PI * m / (2.0 * order)).negate();
        }
        Zpk analog = switch (type) {
            case LOWPASS -> new Zpk(new Complex[0], poles, 1.0).lowpass(warped[0]);
            case HIGHPASS -> new Zpk(new Complex[0], poles, 1.0).highpass(warped[0]);
            case BANDPASS -> new Zpk(new Complex[0], poles, 1.0)
                    .bandpass(Math.sqrt(warped[0] * warped[1]), warped[1] - warped[0]);
            case BANDSTOP -> new Zpk(new Complex[0], poles, 1.0)
                    .bandstop(Math.sqrt(warped[0] * warped[1]), warped[1] - warped[0]);
        };
        Zpk digital = analog.bilinear();
        return new Sos(ZpkToSos.convert(digital.zeros(), digital.poles(), digital.gain()), sampleRate);
    }

    /** Zeros, poles and gain, with SciPy's analog frequency transformations and bilinear transform. */
    private record Zpk(Complex[] zeros, Complex[] poles, double gain) {

        private int degree() {
            return poles.length - zeros.length;
        }

        /** lp2lp_zpk: s → s/ω. */
        Zpk lowpass(double wo) {
            return new Zpk(scale(zeros, wo), scale(poles, wo), gain * Math.pow(wo, degree()));
        }

        /** lp2hp_zpk: s → ω/s, the excess zeros at the origin. */
        Zpk highpass(double wo) {
            Complex[] z = withRoots(invert(zeros, wo), degree(), Complex.ZERO);
            double k = gain * product(zeros).dividedBy(product(poles)).re();
            return new Zpk(z, invert(poles, wo), k);
        }

        /** lp2bp_zpk: s → (s² + ω₀²)/(s·bw); each root r splits into r·bw/2 ± √((r·bw/2)² − ω₀²). */
        Zpk bandpass(double wo, double bw) {
            Complex[] z = withRoots(split(scale(zeros, bw / 2), wo), degree(), Complex.ZERO);
            return new Zpk(z, split(scale(poles, bw / 2), wo), gain * Math.pow(bw, degree()));
        }

        /** lp2bs_zpk: s → s·bw/(s² + ω₀²); the excess zeros at ±iω₀. */
        Zpk bandstop(double wo, double bw) {
            Complex[] z = split(invert(zeros, bw / 2), wo);
            z = withRoots(z, degree(), new Complex(0, wo));
            z = withRoots(z, degree(), new Complex(0, -wo));
            double k = gain * product(zeros).dividedBy(product(poles)).re();
            return new Zpk(z, split(invert(poles, bw / 2), wo), k);
        }

        /** bilinear_zpk with fs = 2: r → (4 + r)/(4 − r), the excess zeros at −1. */
        Zpk bilinear() {
            Complex[] z = withRoots(mapBilinear(zeros), degree(), Complex.real(-1));
            Complex num = Complex.ONE;
            for (Complex r : zeros) {
                num = num.times(Complex.real(FS2).minus(r));
            }
            Complex den = Complex.ONE;
            for (Complex r : poles) {
                den = den.times(Complex.real(FS2).minus(r));
            }
            return new Zpk(z, mapBilinear(poles), gain * num.dividedBy(den).re());
        }

        private static Complex[] mapBilinear(Complex[] roots) {
            Complex[] out = new Complex[roots.length];
            for (int i = 0; i < roots.length; i++) {
                out[i] = Complex.real(FS2).plus(roots[i]).dividedBy(Complex.real(FS2).minus(roots[i]));
            }
            return out;
        }

        /** Π(−r). */
        private static Complex product(Complex[] roots) {
            Complex p = Complex.ONE;
            for (Complex r : roots) {
                p = p.times(r.negate());
            }
            return p;
        }

        private static Complex[] scale(Complex[] roots, double s) {
            Complex[] out = new Complex[roots.length];
            for (int i = 0; i < roots.length; i++) {
                out[i] = roots[i].times(s);
            }
            return out;
        }

        /** s/r for each root r. */
        private static Complex[] invert(Complex[] roots, double s) {
            Complex[] out = new Complex[roots.length];
            for (int i = 0; i < roots.length; i++) {
                out[i] = Complex.real(s).dividedBy(roots[i]);
            }
            return out;
        }

        /** r ± √(r² − ω₀²): all the "+" roots, then all the "−" roots. */
        private static Complex[] split(Complex[] roots, double wo) {
            Complex[] out = new Complex[2 * roots.length];
            for (int i = 0; i < roots.length; i++) {
                Complex d = roots[i].times(roots[i]).minus(Complex.real(wo * wo)).sqrt();
                out[i] = roots[i].plus(d);
                out[roots.length + i] = roots[i].minus(d);
            }
            return out;
        }

        private static Complex[] withRoots(Complex[] roots, int count, Complex value) {
            Complex[] out = Arrays.copyOf(roots, roots.length + count);
            Arrays.fill(out, roots.length, out.length, value);
            return out;
        }
    }
}
