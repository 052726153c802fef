package org.avrs.recommend.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.avrs.core.Affect;
import org.avrs.core.Vad;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.MoodStrategy;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.ScoredVideo;
import org.avrs.recommend.affect.LexiconProfiler;
import org.avrs.recommend.affect.VideoProfiles;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.InteractionLog;

/**
 * The recommender users see: collaborative candidates re-ranked by the viewer's affect, each with an
 * explanation.
 *
 * <p>For a request (viewer, {@link Context}, k): the collaborative model proposes its
 * {@code candidatePool} best unseen videos (a viewer it cannot score — no history — gets the most
 * popular videos instead, the switching rule for cold start). Each candidate at collaborative rank r
 * (0 = best) of n gets c = 1 − r / n and an affect match m = 1 − ‖p − t‖ / (2√3), p the video's VAD
 * profile, t the {@link MoodTarget} of the viewer's affect under the request's strategy, 2√3 the
 * diameter of the VAD cube. The final score is (1 − w)·c + w·m with w = {@code affectWeight} × the
 * affect's confidence (a barely measured affect moves little); with strategy NONE or no affect, w = 0.
 * Ties keep collaborative order.
 */
public final class AffectiveRecommender {

    /**
     * @param candidatePool how many collaborative candidates are re-ranked, ≥ 1
     * @param affectWeight the largest weight of the affect match, in [0, 1]
     */
    public record Config(int candidatePool, double affectWeight) {
        public Config {
            if (candidatePool < 1) {
                throw new IllegalArgumentException("candidatePool " + candidatePool + " must be >= 1");
            }
            if (!(affectWeight >= 0 && affectWeight <= 1)) {
                throw new IllegalArgumentException("affectWeight " + affectWeight + " must be in [0, 1]");
            }
        }

        /** Pool 200, affect weight 0.5. */
        public static Config defaults() {
            return new Config(200, 0.5);
        }
    }

    private static final double CUBE_DIAMETER = 2 * Math.sqrt(3);

    private final Catalog catalog;
    private final VideoProfiles profiles;
    private final InteractionLog train;
    private final Model collaborative;
    private final Model popular;
    private final Explainer explainer;
    private final Config config;

    /**
     * @param catalog the videos (titles, genres)
     * @param profiles each video's affective profile
     * @param train the log the collaborative model was fitted on (for explanations and cold start)
     * @param collaborative the fitted collaborative model
     */
    public AffectiveRecommender(Catalog catalog, VideoProfiles profiles, InteractionLog train, Model collaborative,
            Config config) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.train = Objects.requireNonNull(train, "train");
        this.collaborative = Objects.requireNonNull(collaborative, "collaborative");
        this.config = Objects.requireNonNull(config, "config");
        this.popular = new org.avrs.recommend.algo.Popularity(org.avrs.recommend.algo.Popularity.Config.defaults())
                .fit(train);
        this.explainer = new Explainer(catalog, train);
    }

    /**
     * Fits a collaborative algorithm on a log and wraps it with lexicon profiles (genres and tags) of
     * the catalog and the default config.
     */
    public static AffectiveRecommender fit(Catalog catalog, InteractionLog log, Recommender algorithm) {
        VideoProfiles profiles = new LexiconProfiler(LexiconProfiler.Config.defaults()).profile(catalog);
        return new AffectiveRecommender(catalog, profiles, log, algorithm.fit(log), Config.defaults());
    }

    public Config config() {
        return config;
    }

    public VideoProfiles profiles() {
        return profiles;
    }

    public Model collaborative() {
        return collaborative;
    }

    /**
     * The k best videos for a viewer in a context, best first, each with its explanation.
     *
     * @param viewerId an external viewer id; an unknown viewer (or one without history) gets popular
     *     videos re-ranked by affect
     * @throws IllegalArgumentException if k &lt; 0
     */
    public List<Recommendation> recommend(long viewerId, Context context, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k " + k + " must be >= 0");
        }
        Objects.requireNonNull(context, "context");
        int pool = Math.max(k, config.candidatePool());
        List<ScoredVideo> candidates = collaborative.recommend(viewerId, context, pool);
        if (candidates.isEmpty()) {
            candidates = popular.recommend(viewerId, context, pool);
        }
        boolean useAffect = context.hasAffect() && context.strategy() != MoodStrategy.NONE;
        Affect viewerAffect = context.affect();
        Vad target = useAffect ? MoodTarget.of(viewerAffect, context.strategy()) : null;
        double w = useAffect ? config.affectWeight() * viewerAffect.confidence() : 0;
        List<Scored> scored = new ArrayList<>(candidates.size());
        int n = candidates.size();
        for (int r = 0; r < n; r++) {
            long id = candidates.get(r).videoId();
            double c = 1 - (double) r / n;
            Affect profile = profiles.of(id).orElse(null);
            double m = profile == null || target == null ? 0.5 : 1 - profile.vad().distance(target) / CUBE_DIAMETER;
            scored.add(new Scored(id, (1 - w) * c + w * m, r, profile));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.score).thenComparingInt(s -> s.rank));
        int viewer = train.viewers().indexOf(viewerId);
        List<Recommendation> out = new ArrayList<>(Math.min(k, scored.size()));
        for (Scored s : scored.subList(0, Math.min(k, scored.size()))) {
            int video = train.videos().indexOf(s.id);
            String why = explainer.explain(viewer, s.id, video, s.profile, context);
            out.add(new Recommendation(s.id, catalog.titleOf(s.id), s.score, why));
        }
        return out;
    }

    private record Scored(long id, double score, int rank, Affect profile) {
    }
}
