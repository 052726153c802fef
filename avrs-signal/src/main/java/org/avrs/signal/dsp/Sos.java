package org.avrs.signal.dsp;

import java.util.Arrays;
import org.avrs.signal.Checks;

/**
 * An IIR filter as cascaded second-order sections, each [b0 b1 b2 a0 a1 a2] with
 * Hₛ(z) = (b0 + b1 z⁻¹ + b2 z⁻²)/(1 + a1 z⁻¹ + a2 z⁻²) (a0 normalized to 1), H = Πₛ Hₛ; plus the sample
 * rate it was designed for. Immutable. Filtering is in {@link SosFilter}.
 */
public final class Sos {

    private final double[][] sections;
    private final double sampleRate;

    /**
     * @param sections n × 6 coefficients (copied; each row divided by its a0)
     * @param sampleRate the design rate in Hz (SciPy's normalized designs use 2)
     * @throws IllegalArgumentException for no section, a row that is not 6 long, a0 = 0 or a non-finite value
     */
    public Sos(double[][] sections, double sampleRate) {
        Checks.positive("sampleRate", sampleRate);
        if (sections.length == 0) {
            throw new IllegalArgumentException("a filter needs at least one section");
        }
        this.sections = new double[sections.length][];
        for (int s = 0; s < sections.length; s++) {
            double[] row = sections[s];
            if (row.length != 6) {
                throw new IllegalArgumentException("section " + s + " has " + row.length + " coefficients; needs 6");
            }
            Checks.finite("section " + s, row);
            if (row[3] == 0) {
                throw new IllegalArgumentException("section " + s + " has a0 = 0");
            }
            this.sections[s] = new double[6];
            for (int j = 0; j < 6; j++) {
                this.sections[s][j] = row[j] / row[3];
            }
        }
        this.sampleRate = sampleRate;
    }

    public int sectionCount() {
        return sections.length;
    }

    /** The coefficients, [section][b0 b1 b2 a0 a1 a2] (a copy). */
    public double[][] sections() {
        double[][] copy = new double[sections.length][];
        for (int s = 0; s < sections.length; s++) {
            copy[s] = sections[s].clone();
        }
        return copy;
    }

    public double sampleRate() {
        return sampleRate;
    }

    /**
     * The steady-state initial conditions for a unit step, [section][2] (scipy.signal.sosfilt_zi): each
     * section's lfilter_zi, scaled by the DC gain of the sections before it. Multiplied by x[0], they
     * start a filter as if the input had always been x[0].
     */
    public double[][] zi() {
        double[][] zi = new double[sections.length][2];
        double scale = 1.0;
        for (int s = 0; s < sections.length; s++) {
            double[] c = sections[s];
            // lfilter_zi of a biquad: solve (I − Aᵀ)·z = b[1:] − a[1:]·b0 for the 2-state companion form
            double r0 = c[1] - c[4] * c[0];
            double r1 = c[2] - c[5] * c[0];
            double z0 = (r0 + r1) / (1 + c[4] + c[5]);
            zi[s][0] = scale * z0;
            zi[s][1] = scale * (r1 - c[5] * z0);
            scale *= (c[0] + c[1] + c[2]) / (c[3] + c[4] + c[5]);
        }
        return zi;
    }

    /**
     * scipy.signal.sosfiltfilt's default edge length: 3·(2·sections + 1 − min(#sections with b2 = 0,
     * #sections with a2 = 0)), i.e. three times the number of taps of the equivalent transfer function.
     */
    public int defaultPadLength() {
        int b2Zero = 0;
        int a2Zero = 0;
        for (double[] c : sections) {
            b2Zero += c[2] == 0 ? 1 : 0;
            a2Zero += c[5] == 0 ? 1 : 0;
        }
        return 3 * (2 * sections.length + 1 - Math.min(b2Zero, a2Zero));
    }

    /** |H(e^{iω})| at the given frequencies in Hz, ω = 2πf/fs (scipy.signal.sosfreqz magnitudes). */
    public double[] magnitude(double... frequenciesHz) {
        double[] out = new double[frequenciesHz.length];
        for (int i = 0; i < out.length; i++) {
            double w = 2 * Math.PI * frequenciesHz[i] / sampleRate;
            Complex z1 = Complex.unit(-w);
            Complex z2 = Complex.unit(-2 * w);
            Complex h = Complex.ONE;
            for (double[] c : sections) {
                Complex num = Complex.real(c[0]).plus(z1.times(c[1])).plus(z2.times(c[2]));
                Complex den = Complex.real(c[3]).plus(z1.times(c[4])).plus(z2.times(c[5]));
                h = h.times(num.dividedBy(den));
            }
            out[i] = h.abs();
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sos s && sampleRate == s.sampleRate && Arrays.deepEquals(sections, s.sections);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(sections) + Double.hashCode(sampleRate);
    }

    @Override
    public String toString() {
        return "Sos[" + sections.length + " sections @ " + sampleRate + " Hz " + Arrays.deepToString(sections) + "]";
    }
}
