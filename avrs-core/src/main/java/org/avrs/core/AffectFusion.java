package org.avrs.core;

import java.util.List;

/**
 * Late fusion of affect estimates (several windows, several modalities) into one current affect.
 *
 * <p>Each estimate j gets the weight w_j = c_j · m_j · 2^(-(now - end_j) / h): its confidence c_j, the
 * weight m_j of its modality (1 unless configured), and an exponential decay with half-life h in
 * seconds by age, so that recent estimates dominate. The fused VAD point is Σ w_j x_j / Σ w_j. The
 * fused distribution over the target set is the same weighted mean taken over the estimates that have
 * a distribution over that set (others, e.g. a VAD-only EEG estimate, contribute to the point only).
 * The fused confidence is the weighted mean confidence Σ w_j c_j / Σ w_j.
 *
 * @param target the emotion set the fused distribution is expressed in
 * @param halfLifeSeconds the decay half-life h; {@code Double.POSITIVE_INFINITY} for no decay
 * @param modalityWeights optional weights per modality (missing ones count 1)
 */
public record AffectFusion(EmotionSet target, double halfLifeSeconds, java.util.Map<Modality, Double> modalityWeights) {

    public AffectFusion {
        java.util.Objects.requireNonNull(target, "target");
        if (!(halfLifeSeconds > 0)) {
            throw new IllegalArgumentException("halfLifeSeconds " + halfLifeSeconds + " must be > 0");
        }
        modalityWeights = java.util.Map.copyOf(modalityWeights);
        modalityWeights.forEach((m, w) -> {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight " + w + " of modality " + m + " must be >= 0");
            }
        });
    }

    /** Equal modality weights, the given half-life. */
    public static AffectFusion of(EmotionSet target, double halfLifeSeconds) {
        return new AffectFusion(target, halfLifeSeconds, java.util.Map.of());
    }

    /**
     * Fuses the estimates as seen at time {@code now} (seconds on the estimates' clock).
     *
     * @throws IllegalArgumentException if {@code now} is not finite, there are no estimates or all
     *     weights are zero
     */
    public Affect fuse(List<AffectEstimate> estimates, double now) {
        if (!Double.isFinite(now)) {
            throw new IllegalArgumentException("now " + now + " must be finite");
        }
        if (estimates.isEmpty()) {
            throw new IllegalArgumentException("nothing to fuse: no affect estimates");
        }
        double[] dist = new double[target.size()];
        double distWeight = 0;
        double v = 0;
        double a = 0;
        double d = 0;
        double conf = 0;
        double total = 0;
        for (AffectEstimate e : estimates) {
            Affect affect = e.affect();
            double age = Math.max(0, now - e.span().end());
            double w = affect.confidence() * modalityWeights.getOrDefault(e.modality(), 1.0)
                    * Math.pow(2, -age / halfLifeSeconds);
            total += w;
            v += w * affect.valence();
            a += w * affect.arousal();
            d += w * affect.dominance();
            conf += w * affect.confidence();
            if (affect.emotions().filter(target::equals).isPresent()) {
                double[] p = affect.distribution().orElseThrow();
                for (int i = 0; i < dist.length; i++) {
                    dist[i] += w * p[i];
                }
                distWeight += w;
            }
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("nothing to fuse: every estimate has weight 0");
        }
        Vad point = Vad.clamped(v / total, a / total, d / total);
        if (distWeight > 0) {
            for (int i = 0; i < dist.length; i++) {
                dist[i] /= distWeight;
            }
            return Affect.of(target, dist, point, conf / total);
        }
        return Affect.ofVad(point, conf / total);
    }
}
