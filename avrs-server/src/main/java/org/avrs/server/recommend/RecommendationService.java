package org.avrs.server.recommend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.affect.VideoProfiles;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.engine.AffectiveRecommender;
import org.avrs.recommend.engine.Recommendation;
import org.avrs.server.store.ViewerInteraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts the {@link AffectiveRecommender} to the service's viewers, who are not in the data the
 * collaborative model was first fitted on.
 *
 * <p>The model is refitted, in the background, on the base ratings (e.g. MovieLens) plus every rating
 * viewers gave when ending a session; the fitted engine is swapped in atomically, so requests never
 * wait for a fit. Until a viewer's ratings are in a fitted model (and for viewers without ratings) the
 * engine's cold-start rule applies: popular videos re-ranked by the viewer's affect. Service viewers get
 * collaborative ids from {@value #FIRST_SERVICE_VIEWER} upwards, in the order of their first rating,
 * clear of the base data's ids. Videos the viewer already had a session with are never recommended.
 *
 * <p>A refit is requested after new ratings and after an erasure (so that erased ratings leave the
 * model); requests within {@code refitDelayMillis} of each other share one fit.
 */
public final class RecommendationService implements AutoCloseable {

    /** The first collaborative id given to a service viewer. */
    public static final long FIRST_SERVICE_VIEWER = 1L << 40;
    private static final long UNKNOWN_VIEWER = -1;
    private static final Logger LOG = LoggerFactory.getLogger(RecommendationService.class);

    /**
     * What the current engine was fitted on.
     *
     * @param version counts fits since start (1 = the first)
     * @param serviceRatings ratings by service viewers in the fit
     */
    public record Status(long version, Instant fittedAt, int baseRatings, int serviceRatings, boolean refitPending) {
    }

    /**
     * Recommendations for one request.
     *
     * @param basis "history" when the viewer's own ratings shaped the candidates, "popular" otherwise
     */
    public record Result(List<Recommendation> items, String basis) {
        public Result {
            items = List.copyOf(items);
        }
    }

    private record Snapshot(AffectiveRecommender engine, Map<String, Long> viewerIds, Status status) {
    }

    private final Catalog catalog;
    private final VideoProfiles profiles;
    private final InteractionLog base;
    private final Recommender algorithm;
    private final Supplier<Model> baseModel;
    private final Supplier<List<ViewerInteraction>> serviceRatings;
    private final long refitDelayMillis;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService refitter;

    /**
     * Fits the first engine before returning.
     *
     * @param base the base ratings; may not be empty together with the service ratings
     * @param baseModel the algorithm fitted on {@code base} alone (may be shared between services)
     * @param serviceRatings reads every rated interaction of service viewers
     * @param refitDelayMillis how long a refit request waits for more, ≥ 0
     */
    public RecommendationService(Catalog catalog, VideoProfiles profiles, InteractionLog base, Recommender algorithm,
            Supplier<Model> baseModel, Supplier<List<ViewerInteraction>> serviceRatings, long refitDelayMillis) {
        if (refitDelayMillis < 0) {
            throw new IllegalArgumentException("refitDelayMillis " + refitDelayMillis + " must be >= 0");
        }
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.base = Objects.requireNonNull(base, "base");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.baseModel = Objects.requireNonNull(baseModel, "baseModel");
        this.serviceRatings = Objects.requireNonNull(serviceRatings, "serviceRatings");
        this.refitDelayMillis = refitDelayMillis;
        this.refitter = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "avrs-recommender-refit");
            t.setDaemon(true);
            return t;
        });
        refreshNow();
    }

    /** Refits now, on the calling thread, and swaps the new engine in. */
    public synchronized void refreshNow() {
        List<ViewerInteraction> rated = serviceRatings.get();
        long version = current.get() == null ? 1 : current.get().status().version() + 1;
        Map<String, Long> ids = new HashMap<>();
        InteractionLog log;
        Model model;
        if (rated.isEmpty()) {
            log = base;
            model = baseModel.get();
        } else {
            log = combined(rated, ids);
            model = algorithm.fit(log);
        }
        AffectiveRecommender engine = new AffectiveRecommender(catalog, profiles, log, model,
                AffectiveRecommender.Config.defaults());
        current.set(new Snapshot(engine, Map.copyOf(ids),
                new Status(version, Instant.now(), base.size(), rated.size(), pending.get())));
    }

    /** Asks for a refit in the background (several requests close together share one). */
    public void requestRefresh() {
        if (pending.compareAndSet(false, true)) {
            refitter.schedule(() -> {
                pending.set(false);
                try {
                    refreshNow();
                } catch (RuntimeException e) {
                    LOG.error("recommender refit failed; the previous model stays in use", e);
                }
            }, refitDelayMillis, TimeUnit.MILLISECONDS);
        }
    }

    public Status status() {
        Status s = current.get().status();
        return new Status(s.version(), s.fittedAt(), s.baseRatings(), s.serviceRatings(), pending.get());
    }

    /**
     * The k best videos for a service viewer in a context, none of {@code exclude}, best first.
     *
     * @throws IllegalArgumentException if k &lt; 1
     */
    public Result recommend(String viewerId, Context context, int k, Set<Long> exclude) {
        if (k < 1) {
            throw new IllegalArgumentException("k " + k + " must be >= 1");
        }
        Snapshot s = current.get();
        long id = s.viewerIds().getOrDefault(viewerId, UNKNOWN_VIEWER);
        List<Recommendation> all = s.engine().recommend(id, context, k + exclude.size());
        List<Recommendation> out = new ArrayList<>(k);
        for (Recommendation r : all) {
            if (!exclude.contains(r.videoId())) {
                out.add(r);
                if (out.size() == k) {
                    break;
                }
            }
        }
        Model model = s.engine().collaborative();
        return new Result(out, model.hasHistory(model.viewerIndex(id)) ? "history" : "popular");
    }

    /** The base ratings followed by the service ratings, service viewers numbered from FIRST_SERVICE_VIEWER. */
    private InteractionLog combined(List<ViewerInteraction> rated, Map<String, Long> ids) {
        InteractionLog.Builder b = InteractionLog.builder();
        for (int row = 0; row < base.size(); row++) {
            b.add(base.viewers().id(base.viewer(row)), base.videos().id(base.video(row)), base.value(row), base.time(row));
        }
        long next = FIRST_SERVICE_VIEWER;
        Set<Long> taken = new TreeSet<>();
        for (long v : base.viewers().ids()) {
            if (v >= FIRST_SERVICE_VIEWER) {
                taken.add(v);
            }
        }
        for (ViewerInteraction i : rated) {
            if (!catalog.contains(i.videoId())) {
                continue;
            }
            Long id = ids.get(i.viewerId());
            if (id == null) {
                while (taken.contains(next)) {
                    next++;
                }
                id = next++;
                ids.put(i.viewerId(), id);
            }
            b.add(id, i.videoId(), i.rating(), i.createdAt() / 1000);
        }
        return b.build();
    }

    @Override
    public void close() {
        refitter.shutdownNow();
    }
}
