package org.avrs.signal.emd;

import org.avrs.signal.dsp.AnalyticSignal;
import org.avrs.signal.dsp.Hilbert;

/**
 * Frame-wise Hilbert-spectrum statistics of a set of IMFs (the timbre features of {@link Imemd43}).
 *
 * <p>For IMF k with instantaneous amplitude A_k(i) and frequency F_k(i) in Hz (FFT Hilbert transform;
 * F_k(i) is the phase difference from sample i to i + 1, the last sample reusing the one before), in
 * the frame of samples i ∈ [φ·hop, φ·hop + L):
 * <ul>
 *   <li>Fce[k] = Σᵢ A_k(i)^p·F_k(i) / Σᵢ A_k(i)^p, the centroid of the IMF's instantaneous frequency
 *       (p = {@code centroidPower}; 2: weighted by instantaneous energy, the Hilbert spectrum);</li>
 *   <li>Eme[k] = meanᵢ A_k(i), the mean instantaneous amplitude;</li>
 *   <li>with weights w_k = Eme[k]^q (q = {@code distributionPower}) normalised to sum 1:
 *       SC = Σ w·Fce, SP = √(Σ w·(Fce − SC)²), SK = Σ w·(Fce − SC)³/SP³, SU = Σ w·(Fce − SC)⁴/SP⁴
 *       (centroid and spread in Hz; skewness; kurtosis, not excess);</li>
 *   <li>E(φ) = Σ_k meanᵢ A_k(i)², the frame's Hilbert energy.</li>
 * </ul>
 * Undefined values (no IMF with amplitude in the frame; SK and SU when SP = 0; Fce of an IMF silent in
 * the frame, which then has weight 0) are {@code undefined}.
 */
final class HilbertFrames {

    static final int SC = 0;
    static final int SP = 1;
    static final int SK = 2;
    static final int SU = 3;
    static final int ENERGY = 4;

    private HilbertFrames() {
    }

    /** Rows [frame][SC, SP, SK, SU, E] of the IMFs (each n samples) at the given rate. */
    static double[][] compute(double[][] imfs, int n, double sampleRate, int frames, int frameLength, int hop,
                              double centroidPower, double distributionPower, double undefined) {
        int k = imfs.length;
        double[][] amplitude = new double[k][];
        double[][] frequency = new double[k][];
        Hilbert hilbert = k > 0 ? new Hilbert(n) : null;
        for (int j = 0; j < k; j++) {
            AnalyticSignal z = hilbert.of(imfs[j]);
            amplitude[j] = z.amplitude();
            frequency[j] = n > 1 ? z.frequency(sampleRate) : new double[] {0};
        }
        double[][] out = new double[frames][5];
        double[] fce = new double[k];
        double[] weight = new double[k];
        for (int f = 0; f < frames; f++) {
            int start = f * hop;
            double energy = 0;
            double weightSum = 0;
            for (int j = 0; j < k; j++) {
                double[] a = amplitude[j];
                double[] fr = frequency[j];
                double wSum = 0;
                double wf = 0;
                double aSum = 0;
                double a2Sum = 0;
                for (int i = start; i < start + frameLength; i++) {
                    double ai = a[i];
                    double w = Math.pow(ai, centroidPower);
                    wSum += w;
                    wf += w * fr[Math.min(i, fr.length - 1)];
                    aSum += ai;
                    a2Sum += ai * ai;
                }
                energy += a2Sum / frameLength;
                fce[j] = wSum > 0 ? wf / wSum : 0;
                weight[j] = wSum > 0 ? Math.pow(aSum / frameLength, distributionPower) : 0;
                weightSum += weight[j];
            }
            double[] row = out[f];
            row[ENERGY] = energy;
            if (!(weightSum > 0)) {
                row[SC] = undefined;
                row[SP] = undefined;
                row[SK] = undefined;
                row[SU] = undefined;
                continue;
            }
            double sc = 0;
            for (int j = 0; j < k; j++) {
                sc += weight[j] * fce[j];
            }
            sc /= weightSum;
            double m2 = 0;
            double m3 = 0;
            double m4 = 0;
            for (int j = 0; j < k; j++) {
                double d = fce[j] - sc;
                double w = weight[j] / weightSum;
                m2 += w * d * d;
                m3 += w * d * d * d;
                m4 += w * d * d * d * d;
            }
            double sp = Math.sqrt(m2);
            row[SC] = sc;
            row[SP] = sp;
            row[SK] = sp > 0 ? m3 / (sp * sp * sp) : undefined;
            row[SU] = sp > 0 ? m4 / (m2 * m2) : undefined;
        }
        return out;
    }
}
