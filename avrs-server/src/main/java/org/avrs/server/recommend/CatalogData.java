package org.avrs.server.recommend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.avrs.core.Affect;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.affect.LexiconProfiler;
import org.avrs.recommend.affect.VideoProfiles;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.Video;
import org.avrs.recommend.io.MovieLens;
import org.avrs.recommend.io.MovieLensData;
import org.avrs.server.store.CatalogVideo;

/**
 * A catalog to serve and the ratings that teach the collaborative model about it, loaded from a
 * MovieLens folder, with lexicon affective profiles of every video ({@link LexiconProfiler}: genres and
 * tags).
 *
 * <p>Immutable, except that the model fitted on the ratings alone is computed once and kept
 * ({@link #baseModel}): servers started on the same data (tests, a restart in one process) share it.
 */
public final class CatalogData {

    private final Catalog catalog;
    private final VideoProfiles profiles;
    private final InteractionLog ratings;
    private final String description;
    private final Map<String, Model> fitted = new HashMap<>();

    public CatalogData(Catalog catalog, VideoProfiles profiles, InteractionLog ratings, String description) {
        this.catalog = catalog;
        this.profiles = profiles;
        this.ratings = ratings;
        this.description = description;
    }

    /**
     * Loads a MovieLens folder and profiles its videos.
     *
     * @throws org.avrs.core.InvalidInputException if the folder is not a MovieLens data set
     */
    public static CatalogData loadMovieLens(Path dir) {
        MovieLensData ml = MovieLens.load(dir);
        VideoProfiles profiles = new LexiconProfiler(LexiconProfiler.Config.defaults()).profile(ml.catalog());
        return new CatalogData(ml.catalog(), profiles, ml.log(), "MovieLens at " + dir);
    }

    public Catalog catalog() {
        return catalog;
    }

    public VideoProfiles profiles() {
        return profiles;
    }

    public InteractionLog ratings() {
        return ratings;
    }

    public String description() {
        return description;
    }

    /** The catalog as rows to store. */
    public List<CatalogVideo> videos() {
        List<CatalogVideo> out = new ArrayList<>(catalog.size());
        for (Video v : catalog.videos()) {
            Affect p = profiles.of(v.id()).orElse(null);
            int video = ratings.videos().indexOf(v.id());
            int popularity = video < 0 ? 0 : ratings.byVideo().count(video);
            out.add(new CatalogVideo(v.id(), v.title(), v.year(), v.genres(), v.tags(), p == null ? null : p.vad(),
                    p == null ? 0 : p.confidence(), p == null ? null : profiles.source(), popularity));
        }
        return out;
    }

    /** The algorithm fitted on these ratings alone, fitted on first use. */
    public synchronized Model baseModel(Recommender algorithm) {
        String key = algorithm.name() + algorithm.config();
        return fitted.computeIfAbsent(key, k -> algorithm.fit(ratings));
    }
}
