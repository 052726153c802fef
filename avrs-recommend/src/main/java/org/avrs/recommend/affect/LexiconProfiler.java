package org.avrs.recommend.affect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.core.Vad;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.Video;

/**
 * Each video's affective profile from its genres and tags through the {@link AffectLexicon}.
 *
 * <p>Evidence is combined as a weighted mean: the genres share one weight {@code genreWeight}
 * equally; each distinct tag found in the lexicon adds {@code tagWeight}, the tags together at most
 * {@code maxTagWeight}. With the defaults (1, 0.5, 1.5) two matched tags weigh as much as all the
 * genres, and more tags outweigh them up to 3:2: a tag is a viewer's own word about this film, a genre
 * a coarse catalogue label, but a few tags should not erase the genre prior. The VAD point is the
 * weighted mean of the entries' points, the distribution the weighted mean of their distributions
 * (both stay in range as convex combinations). The confidence is W / (W + 1) for total weight W: 0.5
 * for genres alone, 0.6 with one matched tag, 0.71 with three or more; a video without any affective
 * evidence gets the neutral point, all mass on "neutral", and confidence 0.
 */
public final class LexiconProfiler {

    /** Source label of profiles made here. */
    public static final String SOURCE = "genres and tags";

    private final Config config;

    /**
     * @param genreWeight total weight of a video's genres, &gt; 0
     * @param tagWeight weight of each matched tag, ≥ 0
     * @param maxTagWeight cap on the tags' total weight, ≥ 0
     */
    public record Config(double genreWeight, double tagWeight, double maxTagWeight) {
        public Config {
            if (!(genreWeight > 0) || Double.isInfinite(genreWeight)) {
                throw new IllegalArgumentException("genreWeight " + genreWeight + " must be > 0 and finite");
            }
            if (!(tagWeight >= 0) || Double.isInfinite(tagWeight)) {
                throw new IllegalArgumentException("tagWeight " + tagWeight + " must be >= 0 and finite");
            }
            if (!(maxTagWeight >= 0) || Double.isInfinite(maxTagWeight)) {
                throw new IllegalArgumentException("maxTagWeight " + maxTagWeight + " must be >= 0 and finite");
            }
        }

        /** genreWeight 1, tagWeight 0.5, maxTagWeight 1.5. */
        public static Config defaults() {
            return new Config(1, 0.5, 1.5);
        }
    }

    public LexiconProfiler(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    public Config config() {
        return config;
    }

    /** The profiles of every video in a catalog. */
    public VideoProfiles profile(Catalog catalog) {
        Map<Long, Affect> out = new HashMap<>(catalog.size() * 2);
        for (Video v : catalog.videos()) {
            out.put(v.id(), profile(v));
        }
        return new VideoProfiles(out, SOURCE);
    }

    /** The profile of one video. */
    public Affect profile(Video video) {
        List<LexiconEntry> genres = new ArrayList<>();
        for (String g : video.genres()) {
            AffectLexicon.genre(g).ifPresent(genres::add);
        }
        List<LexiconEntry> tags = new ArrayList<>();
        for (String t : video.tags()) {
            AffectLexicon.tag(t).ifPresent(tags::add);
        }
        double tagTotal = Math.min(config.maxTagWeight(), config.tagWeight() * tags.size());
        double[] vad = new double[3];
        double[] dist = new double[EmotionSet.EKMAN_NEUTRAL.size()];
        double total = 0;
        total += accumulate(genres, genres.isEmpty() ? 0 : config.genreWeight() / genres.size(), vad, dist);
        total += accumulate(tags, tags.isEmpty() ? 0 : tagTotal / tags.size(), vad, dist);
        EmotionSet set = EmotionSet.EKMAN_NEUTRAL;
        if (!(total > 0)) {
            double[] neutral = new double[set.size()];
            neutral[set.indexOf("neutral")] = 1;
            return Affect.of(set, neutral, Vad.NEUTRAL, 0);
        }
        for (int i = 0; i < dist.length; i++) {
            dist[i] /= total;
        }
        return Affect.of(set, dist, Vad.clamped(vad[0] / total, vad[1] / total, vad[2] / total), total / (total + 1));
    }

    private static double accumulate(List<LexiconEntry> entries, double weight, double[] vad, double[] dist) {
        if (weight == 0) {
            return 0;
        }
        for (LexiconEntry e : entries) {
            vad[0] += weight * e.vad().valence();
            vad[1] += weight * e.vad().arousal();
            vad[2] += weight * e.vad().dominance();
            for (int i = 0; i < dist.length; i++) {
                dist[i] += weight * e.emotion(i);
            }
        }
        return weight * entries.size();
    }
}
