package org.avrs.recommend.affect;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.avrs.core.Affect;

/**
 * The affective profile of each video: the {@link Affect} it evokes (a VAD point, a distribution over
 * {@link org.avrs.core.EmotionSet#EKMAN_NEUTRAL}, and a confidence saying how much evidence stands
 * behind it), by external video id. Immutable.
 */
public final class VideoProfiles {

    private final Map<Long, Affect> profiles;
    private final String source;

    /**
     * @param profiles the profile of each video
     * @param source where the profiles come from, for explanations (e.g. "genres and tags")
     */
    public VideoProfiles(Map<Long, Affect> profiles, String source) {
        this.profiles = Collections.unmodifiableMap(new HashMap<>(profiles));
        this.source = source;
    }

    /** The profile of a video, if it has one. */
    public Optional<Affect> of(long videoId) {
        return Optional.ofNullable(profiles.get(videoId));
    }

    public int size() {
        return profiles.size();
    }

    /** Where the profiles come from. */
    public String source() {
        return source;
    }

    /** All profiles by video id. */
    public Map<Long, Affect> asMap() {
        return profiles;
    }
}
