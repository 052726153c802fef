package org.avrs.signal.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.Signal;
import org.avrs.core.testing.Golden;
import org.avrs.signal.TestSignals;
import org.junit.jupiter.api.Test;

class ResampleAndHilbertTest {

    /**
     * Golden: scipy 1.10.1 scipy.signal.resample_poly(x, up, down) with its default window ("kaiser", 5.0)
     * (tools/golden/signal_dsp.py gen_resample): 1/2, 2/1, 3/2, 2/3, 160/441, 441/160, 6/4 (reduced to 3/2),
     * 1/7; 1e-9 relative to the largest |output|, exact lengths.
     */
    @Test
    void resampleMatchesScipyResamplePoly() {
        for (JsonNode c : Golden.load("golden/signal_dsp/resample.json").get("cases")) {
            double[] x = TestSignals.fromFixture(c);
            double[] expected = Golden.doubles(c.get("output"));
            double[] y = PolyphaseResampler.resample(x, c.get("up").asInt(), c.get("down").asInt());
            assertThat(y).as("length %s/%s", c.get("up"), c.get("down")).hasSameSizeAs(expected);
            assertThat(TestSignals.measured("resample_poly (rel)", TestSignals.maxRelDiff(y, expected)))
                    .as("%s/%s", c.get("up"), c.get("down"))
                    .isLessThan(1e-9);
        }
    }

    @Test
    void resamplingASignalChangesItsRate() {
        Signal s = Signal.of(1000, TestSignals.lcgUniform(1000, 4));
        Signal r = new PolyphaseResampler(1, 4).apply(s);
        assertThat(r.sampleRate()).isEqualTo(250.0);
        assertThat(r.length()).isEqualTo(250);
        // a slow sine survives decimation: compare away from the edges
        double[] x = new double[4000];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(2 * Math.PI * 5 * i / 1000.0);
        }
        double[] y = PolyphaseResampler.resample(x, 1, 4);
        for (int j = 100; j < 900; j++) {
            assertThat(y[j]).isCloseTo(Math.sin(2 * Math.PI * 5 * j / 250.0), within(1e-3));
        }
        assertThatThrownBy(() -> new PolyphaseResampler(0, 2)).hasMessageContaining("up 0 must be > 0");
    }

    /**
     * Golden: scipy 1.10.1 scipy.signal.hilbert(x), np.abs, np.unwrap(np.angle), np.diff(phase)/(2π)·fs
     * (tools/golden/signal_dsp.py gen_hilbert), for even and odd lengths; 1e-9 relative.
     */
    @Test
    void hilbertMatchesScipy() {
        for (JsonNode c : Golden.load("golden/signal_dsp/hilbert.json").get("cases")) {
            double[] x = TestSignals.fromFixture(c);
            AnalyticSignal z = Hilbert.analytic(x);
            String n = "n=" + x.length;
            assertThat(TestSignals.maxRelDiff(z.real(), Golden.doubles(c.get("re")))).as(n).isLessThan(1e-9);
            assertThat(TestSignals.measured("hilbert imag (rel)", TestSignals.maxRelDiff(z.imaginary(),
                    Golden.doubles(c.get("im"))))).as(n).isLessThan(1e-9);
            assertThat(TestSignals.maxRelDiff(z.amplitude(), Golden.doubles(c.get("amplitude")))).as(n)
                    .isLessThan(1e-9);
            assertThat(TestSignals.maxRelDiff(z.phase(), Golden.doubles(c.get("phase")))).as(n).isLessThan(1e-9);
            double fs = c.get("signal").get("fs").asDouble();
            assertThat(TestSignals.measured("inst. frequency (rel)", TestSignals.maxRelDiff(z.frequency(fs),
                    Golden.doubles(c.get("frequency"))))).as(n)
                    .isLessThan(1e-9);
        }
    }

    @Test
    void hilbertOfACosineIsASine() {
        int n = 256;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 2 * Math.cos(2 * Math.PI * 8 * i / n); // whole periods: exact
        }
        AnalyticSignal z = Hilbert.analytic(x);
        double[] im = z.imaginary();
        double[] amp = z.amplitude();
        double[] f = z.frequency(n);
        for (int i = 0; i < n; i++) {
            assertThat(im[i]).isCloseTo(2 * Math.sin(2 * Math.PI * 8 * i / n), within(1e-12));
            assertThat(amp[i]).isCloseTo(2.0, within(1e-12));
        }
        for (double v : f) {
            assertThat(v).isCloseTo(8.0, within(1e-9));
        }
    }

    /** One instance serves many signals of its length, with the values of the one-off transform. */
    @Test
    void anInstanceTransformsSignalsOfItsLength() {
        Hilbert hilbert = new Hilbert(101);
        java.util.Random random = new java.util.Random(2);
        for (int trial = 0; trial < 3; trial++) {
            double[] x = random.doubles(101, -1, 1).toArray();
            assertThat(hilbert.of(x).imaginary()).isEqualTo(Hilbert.analytic(x).imaginary());
        }
        assertThatThrownBy(() -> hilbert.of(new double[100])).hasMessageContaining("100 samples");
        assertThatThrownBy(() -> hilbert.of(new double[] {Double.NaN, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Hilbert(0)).hasMessageContaining("at least one sample");
    }
}
