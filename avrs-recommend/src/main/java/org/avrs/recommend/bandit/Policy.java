package org.avrs.recommend.bandit;

import org.avrs.core.Vad;

/** A sequential recommender: picks one video per step from the viewer's current affect, then learns from the response. */
public interface Policy {

    /** A short name for reports. */
    String name();

    /**
     * Chooses one of the candidate videos.
     *
     * @param viewerAffect the viewer's current affect (VAD point)
     * @param profiles the candidates' affective profiles
     * @return the index into {@code profiles}
     */
    int choose(Vad viewerAffect, Vad[] profiles);

    /** Learns that the video at {@code profiles[chosen]} got reward r (1 watched, 0 skipped). */
    void update(Vad viewerAffect, Vad profile, double reward);
}
