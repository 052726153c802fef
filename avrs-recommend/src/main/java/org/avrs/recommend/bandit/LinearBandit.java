package org.avrs.recommend.bandit;

import java.util.SplittableRandom;
import org.avrs.core.Vad;

/**
 * Contextual bandits with a linear reward model r ≈ θᵀx on {@link Features} x(affect, video), ridge
 * statistics A = λI + Σ x xᵀ and b = Σ r x, θ̂ = A⁻¹ b (A⁻¹ kept by Sherman–Morrison updates):
 * <ul>
 *   <li>LinUCB (Li, Chu, Langford and Schapire, WWW 2010, doi:10.1145/1772690.1772758): pick
 *       argmax θ̂ᵀx + α √(xᵀ A⁻¹ x);</li>
 *   <li>linear Thompson sampling (Agrawal and Goyal, ICML 2013, arXiv:1209.3352): draw
 *       θ̃ ~ N(θ̂, v² A⁻¹) and pick argmax θ̃ᵀx.</li>
 * </ul>
 * Ties go to the lower index. Thompson draws come from the given seed.
 */
public final class LinearBandit implements Policy {

    /** Which exploration rule. */
    public enum Kind { LINUCB, THOMPSON }

    private final Kind kind;
    private final double exploration;
    private final double[] aInv;
    private final double[] b;
    private final SplittableRandom rnd;

    /**
     * @param kind LinUCB or Thompson sampling
     * @param exploration α for LinUCB, v for Thompson, ≥ 0
     * @param ridge λ &gt; 0
     * @param seed seed of Thompson draws
     */
    public LinearBandit(Kind kind, double exploration, double ridge, long seed) {
        if (!(exploration >= 0) || !(ridge > 0)) {
            throw new IllegalArgumentException("exploration " + exploration + " must be >= 0 and ridge " + ridge + " > 0");
        }
        this.kind = kind;
        this.exploration = exploration;
        int d = Features.SIZE;
        this.aInv = new double[d * d];
        for (int i = 0; i < d; i++) {
            aInv[i * d + i] = 1 / ridge;
        }
        this.b = new double[d];
        this.rnd = new SplittableRandom(seed);
    }

    @Override
    public String name() {
        return kind == Kind.LINUCB ? "linucb" : "thompson";
    }

    private double[] theta() {
        int d = Features.SIZE;
        double[] t = new double[d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                t[i] += aInv[i * d + j] * b[j];
            }
        }
        return t;
    }

    @Override
    public int choose(Vad viewerAffect, Vad[] profiles) {
        int d = Features.SIZE;
        double[] theta = theta();
        if (kind == Kind.THOMPSON) {
            theta = sample(theta);
        }
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < profiles.length; k++) {
            double[] x = Features.of(viewerAffect, profiles[k]);
            double v = 0;
            for (int i = 0; i < d; i++) {
                v += theta[i] * x[i];
            }
            if (kind == Kind.LINUCB) {
                double q = 0;
                for (int i = 0; i < d; i++) {
                    double row = 0;
                    for (int j = 0; j < d; j++) {
                        row += aInv[i * d + j] * x[j];
                    }
                    q += x[i] * row;
                }
                v += exploration * Math.sqrt(Math.max(0, q));
            }
            if (v > bestValue) {
                bestValue = v;
                best = k;
            }
        }
        return best;
    }

    /** θ̂ + v L z with L the Cholesky factor of A⁻¹ and z standard normal. */
    private double[] sample(double[] mean) {
        int d = Features.SIZE;
        double[] l = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = aInv[i * d + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * d + k] * l[j * d + k];
                }
                l[i * d + j] = i == j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * d + j];
            }
        }
        double[] z = new double[d];
        for (int i = 0; i < d; i++) {
            z[i] = Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
        }
        double[] out = mean.clone();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                out[i] += exploration * l[i * d + j] * z[j];
            }
        }
        return out;
    }

    @Override
    public void update(Vad viewerAffect, Vad profile, double reward) {
        int d = Features.SIZE;
        double[] x = Features.of(viewerAffect, profile);
        double[] ax = new double[d];
        double denom = 1;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                ax[i] += aInv[i * d + j] * x[j];
            }
            denom += x[i] * ax[i];
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                aInv[i * d + j] -= ax[i] * ax[j] / denom; // Sherman–Morrison, A⁻¹ symmetric
            }
            b[i] += reward * x[i];
        }
    }
}
