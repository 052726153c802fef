package org.avrs.recommend;

import java.util.List;
import java.util.Locale;
import org.avrs.recommend.affect.VideoProfiles;
import org.avrs.recommend.algo.Als;
import org.avrs.recommend.algo.Bpr;
import org.avrs.recommend.algo.ImplicitAls;
import org.avrs.recommend.algo.ItemKnn;
import org.avrs.recommend.algo.Popularity;
import org.avrs.recommend.algo.UserKnn;
import org.avrs.recommend.content.AffectNeighbors;
import org.avrs.recommend.content.Hybrid;
import org.avrs.recommend.context.Camf;
import org.avrs.recommend.context.FactorizationMachine;
import org.avrs.recommend.context.ItemSplitting;
import org.avrs.recommend.context.PreFilter;
import org.avrs.recommend.data.Catalog;
import org.avrs.recommend.graph.EmotionGraphPpr;

/** Every recommender by its command-line name, with default settings (for the CLI and benchmarks). */
public final class Algorithms {

    /** The accepted names. */
    public static final List<String> NAMES = List.of("pop", "itemknn", "itemknn-explicit", "userknn", "userknn-explicit",
            "biasedmf", "als", "ials", "bpr", "camf-c", "camf-ci", "camf-cu", "prefilter-exact", "prefilter-generalised", "itemsplit", "fm", "fm-context",
            "affect-knn", "kg-ppr", "hybrid-switching", "hybrid-weighted");

    private Algorithms() {
    }

    /**
     * The algorithm of a name.
     *
     * @param catalog the catalog (tags for the knowledge graph)
     * @param profiles the videos' affective profiles (content-based, graph and hybrid algorithms)
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static Recommender byName(String name, Catalog catalog, VideoProfiles profiles) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "pop" -> new Popularity(Popularity.Config.defaults());
            case "itemknn" -> new ItemKnn(ItemKnn.Config.defaults());
            case "itemknn-explicit" -> new ItemKnn(ItemKnn.Config.explicitDefaults());
            case "userknn" -> new UserKnn(UserKnn.Config.defaults());
            case "userknn-explicit" -> new UserKnn(new UserKnn.Config(50, true, 5));
            case "biasedmf" -> new Camf(Camf.Config.biasedMf());
            case "als" -> new Als(Als.Config.defaults());
            case "ials" -> new ImplicitAls(ImplicitAls.Config.defaults());
            case "bpr" -> new Bpr(Bpr.Config.defaults());
            case "camf-c" -> new Camf(Camf.Config.defaults().withVariant(Camf.Variant.C));
            case "camf-ci" -> new Camf(Camf.Config.defaults().withVariant(Camf.Variant.CI));
            case "camf-cu" -> new Camf(Camf.Config.defaults());
            case "prefilter-exact" -> new PreFilter(new PreFilter.Config(PreFilter.Base.BIASEDMF, 200, false));
            case "prefilter-generalised" -> new PreFilter(PreFilter.Config.defaults());
            case "itemsplit" -> new ItemSplitting(ItemSplitting.Config.defaults());
            case "fm" -> new FactorizationMachine(new FactorizationMachine.Config(8, 30, 0.01, 0.02, false, 42));
            case "fm-context" -> new FactorizationMachine(FactorizationMachine.Config.defaults());
            case "affect-knn" -> new AffectNeighbors(AffectNeighbors.Config.defaults(), profiles);
            case "kg-ppr" -> new EmotionGraphPpr(EmotionGraphPpr.Config.defaults(), catalog, profiles);
            case "hybrid-switching" -> new Hybrid(Hybrid.Config.defaults(), new ItemKnn(ItemKnn.Config.defaults()),
                    new AffectNeighbors(AffectNeighbors.Config.defaults(), profiles));
            case "hybrid-weighted" -> new Hybrid(new Hybrid.Config(Hybrid.Mode.WEIGHTED, 0.3),
                    new ItemKnn(ItemKnn.Config.defaults()), new AffectNeighbors(AffectNeighbors.Config.defaults(), profiles));
            default -> throw new IllegalArgumentException("unknown algorithm '" + name + "'; known: " + String.join(", ", NAMES));
        };
    }
}
