package org.avrs.server.api;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.core.Vad;
import org.avrs.recommend.engine.Explainer;
import org.avrs.recommend.engine.Recommendation;
import org.avrs.server.recommend.PersonalRecommendations;
import org.avrs.server.service.SessionService;
import org.avrs.server.store.AffectEntry;
import org.avrs.server.store.CatalogVideo;
import org.avrs.server.store.Viewer;
import org.avrs.server.store.ViewingSession;

/** The JSON shapes of responses (documented in openapi.json) and their construction from domain values. */
final class Views {

    private static final int TAGS_SHOWN = 8;

    private Views() {
    }

    record ViewerView(String id, String createdAt, boolean keepRawSignals) {
        static ViewerView of(Viewer v) {
            return new ViewerView(v.id(), iso(v.createdAt()), v.keepRawSignals());
        }
    }

    record RegistrationView(String id, String token, String createdAt, boolean keepRawSignals) {
    }

    record ProfileView(double valence, double arousal, double dominance, double confidence, String source) {
        static ProfileView of(CatalogVideo v) {
            Vad p = v.profile();
            return p == null ? null : new ProfileView(p.valence(), p.arousal(), p.dominance(), v.profileConfidence(),
                    v.profileSource());
        }
    }

    record VideoView(long id, String title, int year, List<String> genres, List<String> tags, ProfileView profile) {
        static VideoView of(CatalogVideo v) {
            return new VideoView(v.id(), v.title(), v.year(), v.genres(),
                    v.tags().subList(0, Math.min(TAGS_SHOWN, v.tags().size())), ProfileView.of(v));
        }
    }

    record VideoPage(int page, int pageSize, long total, List<VideoView> items) {
    }

    record SessionView(String id, long videoId, String startedAt, String endedAt, Double watchedSeconds, Boolean skipped,
            Double rating, String state) {
        static SessionView of(ViewingSession s) {
            return new SessionView(s.id(), s.videoId(), iso(s.startedAt()), s.endedAt() == null ? null : iso(s.endedAt()),
                    s.watchedSeconds(), s.skipped(), s.rating(), s.isOpen() ? "open" : "ended");
        }
    }

    /**
     * @param summary a phrase for people, e.g. "you seem sad (62%)"
     * @param distribution probabilities by label in the set's order, null without a distribution
     */
    record AffectView(double valence, double arousal, double dominance, double confidence, String emotions,
            Map<String, Double> distribution, String dominant, String summary) {
        static AffectView of(Affect a) {
            if (a == null) {
                return null;
            }
            Map<String, Double> dist = null;
            if (a.hasDistribution()) {
                EmotionSet set = a.emotions().orElseThrow();
                double[] p = a.distribution().orElseThrow();
                dist = new LinkedHashMap<>();
                for (int i = 0; i < p.length; i++) {
                    dist.put(set.label(i), p[i]);
                }
            }
            return new AffectView(a.valence(), a.arousal(), a.dominance(), a.confidence(),
                    a.emotions().map(EmotionSet::name).orElse(null), dist, a.dominantLabel().orElse(null),
                    Explainer.describeViewer(a));
        }
    }

    /**
     * @param start seconds since the session started
     * @param end seconds since the session started
     */
    record EntryView(String id, String sessionId, String receivedAt, double start, double end, String modality,
            String source, AffectView affect, boolean rawSignalKept) {
        static EntryView of(AffectEntry e) {
            return new EntryView(e.id(), e.sessionId(), iso(e.receivedAt()), e.span().start(), e.span().end(),
                    e.modality().name().toLowerCase(Locale.ROOT), e.source(), AffectView.of(e.affect()), e.signalId() != null);
        }
    }

    record TimelineView(SessionView session, List<EntryView> entries, AffectView current) {
        static TimelineView of(SessionService.Timeline t) {
            return new TimelineView(SessionView.of(t.session()), t.entries().stream().map(EntryView::of).toList(),
                    t.current().map(AffectView::of).orElse(null));
        }
    }

    record RecommendationView(long videoId, String title, double score, String explanation) {
        static RecommendationView of(Recommendation r) {
            return new RecommendationView(r.videoId(), r.title(), r.score(), r.explanation());
        }
    }

    /**
     * @param basis "history" when the viewer's own ratings shaped the list, "popular" otherwise
     * @param affect the affect the ranking used, null when none is recent
     */
    record RecommendationsView(String strategy, String basis, AffectView affect, List<RecommendationView> items) {
        static RecommendationsView of(PersonalRecommendations.Personal p) {
            return new RecommendationsView(p.strategy().name().toLowerCase(Locale.ROOT), p.result().basis(),
                    p.affect().map(AffectView::of).orElse(null),
                    p.result().items().stream().map(RecommendationView::of).toList());
        }
    }

    record AffectEvent(EntryView entry, AffectView current) {
    }

    static String iso(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
