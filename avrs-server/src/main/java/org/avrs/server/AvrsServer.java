package org.avrs.server;

import io.javalin.Javalin;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.avrs.core.Affect;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.affect.VideoProfiles;
import org.avrs.recommend.algo.ItemKnn;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.Video;
import org.avrs.server.api.Api;
import org.avrs.server.live.LiveEvents;
import org.avrs.server.recommend.CatalogData;
import org.avrs.server.recommend.PersonalRecommendations;
import org.avrs.server.recommend.RecommendationService;
import org.avrs.server.sense.EegRecognition;
import org.avrs.server.sense.SpeechRecognition;
import org.avrs.server.service.CatalogService;
import org.avrs.server.service.SessionService;
import org.avrs.server.service.ViewerService;
import org.avrs.server.store.CatalogVideo;
import org.avrs.server.store.Database;
import org.avrs.server.store.InteractionStore;
import org.avrs.server.store.VideoStore;

/**
 * The AVRS service: opens (and migrates) the database, seeds an empty catalog from the resources,
 * fits the recommender, and serves the HTTP API and the web UI until closed.
 *
 * <p>The collaborative algorithm is item-kNN with its defaults (implicit feedback), as in {@code avrs
 * demo}; service viewers' ratings join the base ratings at each refit ({@link RecommendationService}).
 */
public final class AvrsServer implements AutoCloseable {

    private final ServerConfig config;
    private final Database db;
    private final RecommendationService recommender;
    private final LiveEvents live;
    private final Javalin app;
    private final long videos;

    private AvrsServer(ServerConfig config, Database db, RecommendationService recommender, LiveEvents live, Javalin app,
            long videos) {
        this.config = config;
        this.db = db;
        this.recommender = recommender;
        this.live = live;
        this.app = app;
        this.videos = videos;
    }

    /**
     * Starts the service.
     *
     * @throws org.avrs.server.store.StorageException if the database cannot be opened or migrated
     * @throws IllegalStateException if there is nothing to fit the recommender on
     */
    public static AvrsServer start(ServerConfig config, ServerResources resources) {
        InstantSource clock = InstantSource.system();
        Database db = Database.open(new Database.Config(config.databaseUrl(), config.databasePool(), 10_000));
        RecommendationService recommender = null;
        LiveEvents live = null;
        try {
            List<CatalogVideo> stored = seedCatalog(db, resources.catalog());
            recommender = recommender(db, stored, resources.catalog(), config.refitDelayMillis());
            live = new LiveEvents(config.heartbeatSeconds());
            SpeechRecognition speech = new SpeechRecognition(resources.speech(), "speech/" + resources.speechModelName(),
                    config.limits().audio(), config.maxSpeakers());
            Optional<EegRecognition> eeg = resources.eeg().map(m -> new EegRecognition(m, config.limits().eeg()));
            Api.Services services = new Api.Services(db,
                    new ViewerService(db, speech, eeg, recommender, clock),
                    new CatalogService(db),
                    new SessionService(db, speech, eeg, recommender, config.affectNow(), clock),
                    new PersonalRecommendations(db, recommender, config.affectNow(), clock),
                    recommender, live, resources.speechModelName());
            Javalin app = Javalin.create(c -> Api.configure(c, config.limits()));
            Api.install(app, services, config.limits());
            app.start(config.host(), config.port());
            return new AvrsServer(config, db, recommender, live, app, stored.size());
        } catch (RuntimeException e) {
            if (live != null) {
                live.close();
            }
            if (recommender != null) {
                recommender.close();
            }
            db.close();
            throw e;
        }
    }

    /** The port it listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** The database it stores into, without password. */
    public String database() {
        return db.describe();
    }

    public long catalogSize() {
        return videos;
    }

    /** The recommender (status, refits). */
    public RecommendationService recommender() {
        return recommender;
    }

    @Override
    public void close() {
        app.stop();
        live.close();
        recommender.close();
        db.close();
    }

    /** Stores the catalog when the database has none; returns the stored catalog. */
    private static List<CatalogVideo> seedCatalog(Database db, CatalogData data) {
        VideoStore store = new VideoStore();
        db.write(c -> {
            if (store.count(c) == 0) {
                store.insertAll(c, data.videos());
            }
            return null;
        });
        return db.read(store::all);
    }

    private static RecommendationService recommender(Database db, List<CatalogVideo> stored, CatalogData data,
            long refitDelayMillis) {
        List<Video> videos = new ArrayList<>(stored.size());
        Map<Long, Affect> profiles = new HashMap<>();
        String source = null;
        for (CatalogVideo v : stored) {
            videos.add(new Video(v.id(), v.title(), v.year(), v.genres(), v.tags()));
            if (v.profile() != null) {
                profiles.put(v.id(), Affect.ofVad(v.profile(), v.profileConfidence()));
                source = source == null ? v.profileSource() : source;
            }
        }
        Catalog catalog = Catalog.of(videos);
        Recommender algorithm = new ItemKnn(ItemKnn.Config.defaults());
        InteractionLog base = data.ratings();
        Supplier<Model> baseModel = () -> data.baseModel(algorithm);
        int[] inCatalog = rowsInCatalog(base, catalog);
        if (inCatalog.length < base.size()) {
            InteractionLog restricted = base.subset(inCatalog);
            base = restricted;
            baseModel = () -> algorithm.fit(restricted);
        }
        if (base.isEmpty() && db.read(c -> new InteractionStore().allRated(c)).isEmpty()) {
            throw new IllegalStateException("no ratings to fit the recommender on: the catalog's ratings cover none of the "
                    + stored.size() + " stored videos");
        }
        InteractionStore interactions = new InteractionStore();
        return new RecommendationService(catalog, new VideoProfiles(profiles, source == null ? "none" : source), base,
                algorithm, baseModel, () -> db.read(interactions::allRated), refitDelayMillis);
    }

    private static int[] rowsInCatalog(InteractionLog log, Catalog catalog) {
        int[] rows = new int[log.size()];
        int n = 0;
        for (int r = 0; r < log.size(); r++) {
            if (catalog.contains(log.videos().id(log.video(r)))) {
                rows[n++] = r;
            }
        }
        return java.util.Arrays.copyOf(rows, n);
    }
}
