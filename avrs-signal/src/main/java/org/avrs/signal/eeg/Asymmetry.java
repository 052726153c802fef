package org.avrs.signal.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;

/**
 * Hemispheric asymmetry of differential entropy (Duan, Zhu &amp; Lu 2013, doi:10.1109/NER.2013.6695876;
 * Zheng &amp; Lu 2015, doi:10.1109/TAMD.2015.2431497) per symmetric electrode pair, band and window:
 * <ul>
 *   <li>DASM = DE(left) − DE(right)</li>
 *   <li>RASM = DE(left) / DE(right)</li>
 * </ul>
 * with DE from {@link DifferentialEntropy} (same bands, filter and windows). RASM divides nats by nats;
 * DE is negative for band variances below 1/(2πe) (e.g. in V² rather than µV²), so RASM depends on the
 * signal's unit, and is ±∞ or NaN where DE(right) = 0. Pair lists: {@link Montage}.
 *
 * <p>Columns per pair: {@code <left>-<right>_<band>_dasm} for each band, then
 * {@code <left>-<right>_<band>_rasm}. Defaults: DE defaults and DEAP's 14 pairs. Immutable and
 * thread-safe.
 */
public final class Asymmetry implements FeatureExtractor {

    /**
     * @param de the DE extractor's config; its channels must include both channels of every pair
     * @param pairs the pairs, at least one, labels unique
     */
    public record Config(DifferentialEntropy.Config de, List<ChannelPair> pairs) {
        public Config {
            Objects.requireNonNull(de, "de");
            pairs = List.copyOf(pairs);
            if (pairs.isEmpty()) {
                throw new IllegalArgumentException("at least one channel pair is needed");
            }
            if (pairs.stream().map(ChannelPair::label).distinct().count() != pairs.size()) {
                throw new IllegalArgumentException("channel pairs repeat: " + pairs);
            }
            List<String> channels = de.input().channels();
            for (ChannelPair p : pairs) {
                if (!channels.contains(p.left()) || !channels.contains(p.right())) {
                    throw new IllegalArgumentException("pair " + p.label() + " is not among the channels " + channels);
                }
            }
        }

        public static Config defaults() {
            return new Config(DifferentialEntropy.Config.defaults(), Montage.DEAP_PAIRS);
        }

        /** DE on the channels of the pairs only (both of each, in pair order). */
        public static Config of(DifferentialEntropy.Config de, List<ChannelPair> pairs) {
            List<String> channels = new ArrayList<>();
            for (ChannelPair p : pairs) {
                channels.add(p.left());
                channels.add(p.right());
            }
            return new Config(de.withInput(de.input().withChannels(channels.stream().distinct().toList())), pairs);
        }
    }

    private final Config config;
    private final DifferentialEntropy de;
    private final List<String> names;

    public Asymmetry(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.de = new DifferentialEntropy(config.de());
        List<String> n = new ArrayList<>();
        for (ChannelPair p : config.pairs()) {
            for (String kind : List.of("dasm", "rasm")) {
                for (Band b : config.de().bands()) {
                    n.add(p.label() + "_" + b.name() + "_" + kind);
                }
            }
        }
        this.names = List.copyOf(n);
    }

    public Config config() {
        return config;
    }

    @Override
    public List<String> columnNames() {
        return names;
    }

    /** @throws org.avrs.core.InvalidInputException as {@link DifferentialEntropy#extract} */
    @Override
    public FeatureMatrix extract(Signal signal) {
        return fromDifferentialEntropy(de.extract(signal));
    }

    /**
     * DASM and RASM from a DE matrix with columns {@code <ch>_<band>_de} for the pairs' channels (e.g.
     * one already computed by {@link DifferentialEntropy}).
     */
    public FeatureMatrix fromDifferentialEntropy(FeatureMatrix deMatrix) {
        List<Band> bands = config.de().bands();
        int rows = deMatrix.rowCount();
        double[] values = new double[rows * names.size()];
        int col = 0;
        for (ChannelPair p : config.pairs()) {
            for (int kind = 0; kind < 2; kind++) {
                for (Band b : bands) {
                    double[] left = deMatrix.column(p.left() + "_" + b.name() + "_de");
                    double[] right = deMatrix.column(p.right() + "_" + b.name() + "_de");
                    for (int r = 0; r < rows; r++) {
                        values[r * names.size() + col] = kind == 0 ? left[r] - right[r] : left[r] / right[r];
                    }
                    col++;
                }
            }
        }
        return FeatureMatrix.ofRowMajor(names, deMatrix.times(), values);
    }
}
