package org.avrs.signal.dsp;

import org.avrs.core.Signal;
import org.avrs.signal.Checks;

/**
 * Rational resampling by up/down with a polyphase FIR, with the values of {@code
 * scipy.signal.resample_poly(x, up, down)} (window ("kaiser", β), padtype "constant" = zeros outside x).
 *
 * <p>up and down are first divided by their gcd. The filter is SciPy's firwin design: h[m] = fc·sinc(fc·(m
 * − L)), m = 0…2L, fc = 1/max(up, down) (relative to Nyquist), L = 10·max(up, down), times the symmetric
 * Kaiser window of β (default 5), normalized to unit DC gain, times up. The output y[j] = Σᵢ x[i]·h[j·down
 * − i·up + d] (upsample by zero insertion, filter, keep every down-th sample), aligned by SciPy's delay d
 * so that y has ⌈n·up/down⌉ samples and y[0] lines up with x[0]. Immutable; the polyphase filter bank is
 * built once.
 */
public final class PolyphaseResampler {

    private final int up;
    private final int down;
    private final double[] h; // the padded filter, as SciPy uses it
    private final int preRemove;

    /** With resample_poly's default window, Kaiser β = 5. */
    public PolyphaseResampler(int up, int down) {
        this(up, down, 5.0);
    }

    /**
     * @param up upsampling factor ≥ 1
     * @param down downsampling factor ≥ 1
     * @param kaiserBeta Kaiser window β ≥ 0 for the FIR design
     */
    public PolyphaseResampler(int up, int down, double kaiserBeta) {
        Checks.positive("up", up);
        Checks.positive("down", down);
        Checks.nonNegative("kaiserBeta", kaiserBeta);
        int g = gcd(up, down);
        this.up = up / g;
        this.down = down / g;
        int maxRate = Math.max(this.up, this.down);
        int halfLen = 10 * maxRate;
        double fc = 1.0 / maxRate;
        double[] w = Window.kaiser(2 * halfLen + 1, kaiserBeta, false);
        double[] taps = new double[2 * halfLen + 1];
        double sum = 0;
        for (int m = 0; m < taps.length; m++) {
            taps[m] = fc * sinc(fc * (m - halfLen)) * w[m];
            sum += taps[m];
        }
        // SciPy pads the filter in front so that output sample 0 falls on a kept sample
        int prePad = this.down - halfLen % this.down;
        this.preRemove = (halfLen + prePad) / this.down;
        this.h = new double[prePad + taps.length];
        for (int m = 0; m < taps.length; m++) {
            h[prePad + m] = taps[m] / sum * this.up;
        }
    }

    /** The reduced up factor. */
    public int up() {
        return up;
    }

    /** The reduced down factor. */
    public int down() {
        return down;
    }

    /** The output length for n input samples, ⌈n·up/down⌉. */
    public int outputLength(int n) {
        long total = (long) n * up;
        return (int) (total / down + (total % down == 0 ? 0 : 1));
    }

    /** x resampled (a copy of x when up = down). */
    public double[] apply(double[] x) {
        Checks.finite("x", x);
        if (up == down) {
            return x.clone();
        }
        int n = x.length;
        double[] y = new double[outputLength(n)];
        for (int j = 0; j < y.length; j++) {
            long t = (long) (j + preRemove) * down; // index in the upsampled, filtered stream
            int phase = (int) (t % up);
            long base = t / up; // the newest input sample that can contribute
            double s = 0;
            // taps h[phase + q·up] meet x[base − q]
            for (int q = 0, k = phase; k < h.length; q++, k += up) {
                long i = base - q;
                if (i < 0) {
                    break;
                }
                if (i < n) {
                    s += h[k] * x[(int) i];
                }
            }
            y[j] = s;
        }
        return y;
    }

    /** Every channel resampled; the rate becomes fs·up/down. */
    public Signal apply(Signal signal) {
        double[][] out = new double[signal.channelCount()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = apply(signal.channel(c));
        }
        return Signal.builder().sampleRate(signal.sampleRate() * up / down).channelsOwned(out)
                .names(signal.channelNames()).units(signal.units()).startTime(signal.startTime().orElse(null))
                .build();
    }

    /** One-shot {@code resample_poly(x, up, down)}. */
    public static double[] resample(double[] x, int up, int down) {
        return new PolyphaseResampler(up, down).apply(x);
    }

    private static double sinc(double v) {
        if (v == 0) {
            return 1.0;
        }
        double a = Math.PI * v;
        return Math.sin(a) / a;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
