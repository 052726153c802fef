package org.avrs.server.recommend;

import java.time.InstantSource;
import java.util.Optional;
import java.util.Set;
import org.avrs.core.Affect;
import org.avrs.recommend.Context;
import org.avrs.recommend.MoodStrategy;
import org.avrs.server.service.AffectNow;
import org.avrs.server.store.AffectStore;
import org.avrs.server.store.Database;
import org.avrs.server.store.SessionStore;

/**
 * Recommendations for one viewer now: their current affect (fused from their recent timeline entries,
 * across sessions), their history (through the {@link RecommendationService}), minus the videos they
 * already had a session with.
 */
public final class PersonalRecommendations {

    /** How many recent entries the current affect is fused from at most. */
    private static final int MAX_ENTRIES = 64;

    /**
     * @param affect the affect the ranking used, empty when none is recent enough
     */
    public record Personal(Optional<Affect> affect, MoodStrategy strategy, RecommendationService.Result result) {
    }

    private final Database db;
    private final RecommendationService recommender;
    private final AffectNow affectNow;
    private final InstantSource clock;
    private final AffectStore affects = new AffectStore();
    private final SessionStore sessions = new SessionStore();

    public PersonalRecommendations(Database db, RecommendationService recommender, AffectNow affectNow, InstantSource clock) {
        this.db = db;
        this.recommender = recommender;
        this.affectNow = affectNow;
        this.clock = clock;
    }

    /** The k best videos for the viewer under a strategy. */
    public Personal recommend(String viewerId, MoodStrategy strategy, int k) {
        long now = clock.millis();
        record Inputs(Optional<Affect> affect, Set<Long> seen) {
        }
        Inputs in = db.read(c -> new Inputs(
                affectNow.fuse(affects.recentByViewer(c, viewerId, affectNow.since(now), MAX_ENTRIES), now),
                sessions.videosOf(c, viewerId)));
        Context context = in.affect().map(a -> Context.of(a, strategy)).orElse(Context.none());
        return new Personal(in.affect(), in.affect().isPresent() ? strategy : MoodStrategy.NONE,
                recommender.recommend(viewerId, context, k, in.seen()));
    }
}
