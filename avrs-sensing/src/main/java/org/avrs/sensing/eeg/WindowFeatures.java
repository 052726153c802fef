package org.avrs.sensing.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.eeg.Asymmetry;
import org.avrs.signal.eeg.Band;
import org.avrs.signal.eeg.BandPower;
import org.avrs.signal.eeg.ChannelPair;
import org.avrs.signal.eeg.DifferentialEntropy;
import org.avrs.signal.eeg.EegInput;
import org.avrs.signal.eeg.Hjorth;
import org.avrs.signal.eeg.Montage;

/**
 * The feature vector of one EEG window, the hand-made features of the deep-learning survey's shallow
 * pipelines (paper 10, §5.3): per channel and band the differential entropy (DE, ½·ln(2πe·σ²) of the
 * band-passed window, {@link DifferentialEntropy}) and the log band power (ln of the Welch band power,
 * {@link BandPower}); per symmetric electrode pair and band DASM = DE(left) − DE(right) and RASM =
 * DE(left)/DE(right) ({@link Asymmetry}); per channel the Hjorth activity, mobility and complexity
 * ({@link Hjorth}).
 *
 * <p>Every feature is computed from the window alone — the band-pass runs zero-phase over the window's
 * own samples — so the vector of a window is the same offline and in a live stream
 * ({@link StreamingEegRecognizer}), whatever came before it. Columns: {@code <ch>_<band>_de},
 * {@code <ch>_<band>_logpower}, {@code <left>-<right>_<band>_dasm}, {@code …_rasm},
 * {@code <ch>_activity|mobility|complexity}, in the order of {@link Config#kinds()}. Immutable and
 * thread-safe.
 */
public final class WindowFeatures {

    /** The feature families. */
    public enum Kind { DE, PSD, DASM, RASM, HJORTH }

    /**
     * @param bands the bands (P3's by default)
     * @param kinds which families, in column order, no repeats
     * @param filterOrder Butterworth order of the DE band-pass (4)
     * @param welchSeconds Welch segment length for band power, s (1)
     */
    public record Config(List<Band> bands, List<Kind> kinds, int filterOrder, double welchSeconds) {
        public Config {
            bands = List.copyOf(bands);
            kinds = List.copyOf(kinds);
            if (bands.isEmpty() || kinds.isEmpty()) {
                throw new IllegalArgumentException("at least one band and one feature kind are needed");
            }
            if (kinds.stream().distinct().count() != kinds.size()) {
                throw new IllegalArgumentException("feature kinds repeat: " + kinds);
            }
            if (filterOrder < 1) {
                throw new IllegalArgumentException("filterOrder " + filterOrder + " must be >= 1");
            }
            if (!(welchSeconds > 0) || Double.isInfinite(welchSeconds)) {
                throw new IllegalArgumentException("welchSeconds " + welchSeconds + " must be > 0 and finite");
            }
        }

        /** P3's five bands, all five families, order 4, 1 s Welch segments. */
        public static Config defaults() {
            return new Config(Band.defaults(), List.of(Kind.values()), 4, 1.0);
        }

        public Config withKinds(List<Kind> k) {
            return new Config(bands, k, filterOrder, welchSeconds);
        }

        public Config withBands(List<Band> b) {
            return new Config(b, kinds, filterOrder, welchSeconds);
        }

        /** Kinds from names such as "de,dasm,psd", case-insensitive. */
        public static List<Kind> kinds(String commaSeparated) {
            List<Kind> out = new ArrayList<>();
            for (String s : commaSeparated.split(",")) {
                String n = s.strip().toUpperCase(Locale.ROOT);
                try {
                    out.add(Kind.valueOf(n));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("feature kind '" + s.strip() + "' must be one of de, psd, dasm, "
                            + "rasm, hjorth", e);
                }
            }
            return out;
        }
    }

    private final Config config;
    private final List<String> channels;
    private final double sampleRate;
    private final DifferentialEntropy de;
    private final BandPower power;
    private final Asymmetry asymmetry;
    private final Hjorth hjorth;
    private final List<String> names;

    /**
     * @param channels the channels of the windows, in order
     * @param sampleRate their rate, Hz; every band must lie below its Nyquist frequency
     */
    public WindowFeatures(Config config, List<String> channels, double sampleRate) {
        this.config = Objects.requireNonNull(config, "config");
        this.channels = List.copyOf(channels);
        this.sampleRate = sampleRate;
        EegInput input = new EegInput(sampleRate, this.channels, 0, 0);
        DifferentialEntropy.Config deConfig = new DifferentialEntropy.Config(input, config.bands(), config.filterOrder());
        this.de = new DifferentialEntropy(deConfig);
        this.power = config.kinds().contains(Kind.PSD)
                ? new BandPower(new BandPower.Config(input, config.bands(), config.welchSeconds())) : null;
        List<ChannelPair> pairs = Montage.pairsIn(this.channels);
        boolean asym = config.kinds().contains(Kind.DASM) || config.kinds().contains(Kind.RASM);
        this.asymmetry = asym && !pairs.isEmpty() ? new Asymmetry(new Asymmetry.Config(deConfig, pairs)) : null;
        this.hjorth = config.kinds().contains(Kind.HJORTH) ? new Hjorth(new Hjorth.Config(input)) : null;
        List<String> n = new ArrayList<>();
        for (Kind k : config.kinds()) {
            n.addAll(columns(k));
        }
        if (n.isEmpty()) {
            throw new IllegalArgumentException("no features: kinds " + config.kinds() + " on channels " + this.channels
                    + " (asymmetry needs symmetric pairs)");
        }
        this.names = List.copyOf(n);
    }

    private List<String> columns(Kind k) {
        return switch (k) {
            case DE -> de.columnNames();
            case PSD -> power.columnNames().stream().filter(c -> c.endsWith("_power"))
                    .map(c -> c.substring(0, c.length() - "power".length()) + "logpower").toList();
            case DASM, RASM -> asymmetry == null ? List.of() : asymmetry.columnNames().stream()
                    .filter(c -> c.endsWith("_" + k.name().toLowerCase(Locale.ROOT))).toList();
            case HJORTH -> hjorth.columnNames();
        };
    }

    public Config config() {
        return config;
    }

    /** The column names of {@link #extract}. */
    public List<String> names() {
        return names;
    }

    /** The channels the windows must have, in order. */
    public List<String> channels() {
        return channels;
    }

    public double sampleRate() {
        return sampleRate;
    }

    /**
     * The features of one window.
     *
     * @throws InvalidInputException if the window has another rate or lacks a channel, is too short to
     *     filter, or gives a non-finite feature (a flat channel has DE −∞)
     */
    public double[] extract(Signal window) {
        FeatureMatrix deRow = de.extract(window);
        double[] out = new double[names.size()];
        int j = 0;
        for (Kind k : config.kinds()) {
            FeatureMatrix m = switch (k) {
                case DE -> deRow;
                case PSD -> power.extract(window);
                case DASM, RASM -> asymmetry == null ? null : asymmetry.fromDifferentialEntropy(deRow);
                case HJORTH -> hjorth.extract(window);
            };
            if (m == null) {
                continue;
            }
            for (String col : m.columnNames()) {
                boolean wanted = switch (k) {
                    case PSD -> col.endsWith("_power");
                    case DASM -> col.endsWith("_dasm");
                    case RASM -> col.endsWith("_rasm");
                    default -> true;
                };
                if (wanted) {
                    double v = m.get(0, col);
                    out[j++] = k == Kind.PSD ? Math.log(v) : v;
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (!Double.isFinite(out[i])) {
                throw new InvalidInputException("EEG window", "feature " + names.get(i), "is " + out[i]
                        + "; a flat or near-constant channel has no finite entropy or power ratio");
            }
        }
        return out;
    }
}
