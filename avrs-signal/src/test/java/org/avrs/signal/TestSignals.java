package org.avrs.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.avrs.core.testing.Golden;

/**
 * The deterministic test signals of tools/golden/signal_dsp.py, generated bit for bit the same way
 * (a 64-bit LCG and sines), so that fixtures need not store their inputs; and tolerance helpers.
 */
public final class TestSignals {

    private TestSignals() {
    }

    /** n values in [-1, 1) from the LCG state·6364136223846793005 + 1442695040888963407 (mod 2⁶⁴). */
    public static double[] lcgUniform(int n, long seed) {
        long s = seed;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            s = s * 6364136223846793005L + 1442695040888963407L;
            out[i] = (s >>> 11) * 0x1.0p-53 * 2.0 - 1.0;
        }
        return out;
    }

    /** 0.5 sin(2π·220t) + 0.3 sin(2π(90t + 600t²)) + 0.2 u[n], t = n/fs (signal_dsp.py test_signal). */
    public static double[] testSignal(int n, double fs, long seed) {
        double[] u = lcgUniform(n, seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double t = i / fs;
            x[i] = 0.5 * Math.sin(2 * Math.PI * 220.0 * t) + 0.3 * Math.sin(2 * Math.PI * (90.0 * t + 600.0 * t * t))
                    + 0.2 * u[i];
        }
        return x;
    }

    /**
     * The fixture's signal: {"n", "fs", "seed"} and optional "set": [[from, to, value], …] stretches set to a
     * value (signal_dsp.py with_sets), checked against the fixture's checksum.
     */
    public static double[] fromFixture(JsonNode testCase) {
        JsonNode s = testCase.get("signal");
        double[] x = testSignal(s.get("n").asInt(), s.get("fs").asDouble(), s.get("seed").asLong());
        if (s.has("set")) {
            for (JsonNode set : s.get("set")) {
                java.util.Arrays.fill(x, set.get(0).asInt(), set.get(1).asInt(), set.get(2).asDouble());
            }
        }
        checkInput(x, testCase.get("input"));
        return x;
    }

    /** Asserts that a regenerated input matches the fixture's checksum (so both sides saw one signal). */
    public static void checkInput(double[] x, JsonNode checksum) {
        assertThat(x.length).isEqualTo(checksum.get("n").asInt());
        double sum = 0;
        double sumsq = 0;
        for (double v : x) {
            sum += v;
            sumsq += v * v;
        }
        assertThat(sum).isCloseTo(checksum.get("sum").asDouble(), within(1e-9 * x.length));
        assertThat(sumsq).isCloseTo(checksum.get("sumsq").asDouble(), within(1e-9 * x.length));
        double[] head = Golden.doubles(checksum.get("head"));
        for (int i = 0; i < head.length; i++) {
            assertThat(x[i]).isCloseTo(head[i], within(1e-15));
        }
    }

    /** The largest |a − b| over two equally long arrays. */
    public static double maxAbsDiff(double[] a, double[] b) {
        assertThat(a).hasSameSizeAs(b);
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    /** The largest |a − b| over two matrices of equal shape. */
    public static double maxAbsDiff(double[][] a, double[][] b) {
        assertThat(a.length).isEqualTo(b.length);
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, maxAbsDiff(a[i], b[i]));
        }
        return m;
    }

    private static final java.util.Map<String, Double> WORST = new java.util.concurrent.ConcurrentSkipListMap<>();

    /**
     * Records a fidelity measurement and returns it (for an assertion). The largest value per name is written
     * to target/fidelity-report.txt when the test JVM ends, so that reports can quote the margins found.
     */
    public static double measured(String name, double value) {
        if (WORST.isEmpty()) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestSignals::writeReport));
        }
        WORST.merge(name, value, Math::max);
        return value;
    }

    private static void writeReport() {
        StringBuilder sb = new StringBuilder("# largest difference from the golden values, per check\n");
        WORST.forEach((k, v) -> sb.append(String.format("%-30s %.3g%n", k, v)));
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "fidelity-report.txt"), sb);
        } catch (java.io.IOException e) {
            System.err.println("cannot write target/fidelity-report.txt: " + e.getMessage());
        }
    }

    /** The largest |a − b| relative to the largest |b| (the "1e-9 relative" of the fidelity tests). */
    public static double maxRelDiff(double[] a, double[] b) {
        double scale = 0;
        for (double v : b) {
            scale = Math.max(scale, Math.abs(v));
        }
        return maxAbsDiff(a, b) / (scale == 0 ? 1 : scale);
    }
}
