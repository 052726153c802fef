package org.avrs.cli.recommend;

import java.nio.file.Path;
import org.avrs.core.InvalidInputException;
import org.avrs.recommend.affect.AudienceProfiler;
import org.avrs.recommend.affect.LexiconProfiler;
import org.avrs.recommend.affect.VideoProfiles;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.io.CoMoDa;
import org.avrs.recommend.io.CoMoDaData;
import org.avrs.recommend.io.MovieLens;
import org.avrs.recommend.io.MovieLensData;
import picocli.CommandLine.Option;

/** The shared {@code --dataset} / {@code --data} options and the loading they imply. */
final class DataOptions {

    @Option(names = "--dataset", required = true, description = "movielens or comoda")
    String dataset;

    @Option(names = "--data", required = true, description = "MovieLens folder, or CoMoDa CSV file")
    Path data;

    /** The loaded catalog, log and affective profiles. */
    record Loaded(Catalog catalog, InteractionLog log, VideoProfiles profiles) {
    }

    Loaded load() {
        switch (dataset.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "movielens" -> {
                MovieLensData ml = MovieLens.load(data);
                return new Loaded(ml.catalog(), ml.log(),
                        new LexiconProfiler(LexiconProfiler.Config.defaults()).profile(ml.catalog()));
            }
            case "comoda" -> {
                CoMoDaData c = CoMoDa.load(data);
                return new Loaded(c.catalog(), c.log(), new AudienceProfiler(5).profile(c.log()));
            }
            default -> throw new InvalidInputException("--dataset", null, "'" + dataset + "' is not movielens or comoda");
        }
    }
}
