package org.avrs.recommend.affect;

import java.util.HashMap;
import java.util.Map;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.core.Vad;
import org.avrs.recommend.Context;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;

/**
 * Each video's affective profile from its audience: the mean of the affects recorded in the contexts
 * of its interactions (the viewers' emotions while or after watching, as LDOS-CoMoDa records them) — the
 * "impression" vector of Diaz et al. (P1 §2). VAD point and EKMAN_NEUTRAL distribution are plain means
 * over the interactions with an affect (distributions over another set are mapped to their nearest
 * EKMAN_NEUTRAL label); confidence n / (n + {@code prior}) for n such interactions. Videos without any
 * get no profile.
 */
public final class AudienceProfiler {

    /** Source label of profiles made here. */
    public static final String SOURCE = "audience responses";

    private final double prior;

    /** @param prior pseudo-count of the confidence n / (n + prior), &gt; 0 */
    public AudienceProfiler(double prior) {
        if (!(prior > 0) || Double.isInfinite(prior)) {
            throw new IllegalArgumentException("prior " + prior + " must be > 0 and finite");
        }
        this.prior = prior;
    }

    /** Profiles of every video with at least one affect in its interactions' contexts. */
    public VideoProfiles profile(InteractionLog log) {
        EmotionSet set = EmotionSet.EKMAN_NEUTRAL;
        SparseRows byVideo = log.byVideo();
        Map<Long, Affect> out = new HashMap<>();
        for (int i = 0; i < byVideo.size(); i++) {
            double[] vad = new double[3];
            double[] dist = new double[set.size()];
            int n = 0;
            for (int p = byVideo.start(i); p < byVideo.end(i); p++) {
                Context c = log.context(byVideo.logRow(p));
                if (!c.hasAffect()) {
                    continue;
                }
                Affect a = c.affect();
                double[] v = a.vad().toArray();
                for (int k = 0; k < 3; k++) {
                    vad[k] += v[k];
                }
                if (a.hasDistribution() && a.emotions().orElseThrow().equals(set)) {
                    double[] d = a.distribution().orElseThrow();
                    for (int k = 0; k < d.length; k++) {
                        dist[k] += d[k];
                    }
                } else {
                    dist[set.indexOf(set.nearestLabel(a.vad()))] += 1;
                }
                n++;
            }
            if (n == 0) {
                continue;
            }
            for (int k = 0; k < dist.length; k++) {
                dist[k] /= n;
            }
            out.put(log.videos().id(i), Affect.of(set, dist, Vad.clamped(vad[0] / n, vad[1] / n, vad[2] / n), n / (n + prior)));
        }
        return new VideoProfiles(out, SOURCE);
    }
}
