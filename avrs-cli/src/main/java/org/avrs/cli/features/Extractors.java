package org.avrs.cli.features;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.eeg.Asymmetry;
import org.avrs.signal.eeg.BandPower;
import org.avrs.signal.eeg.ChannelPair;
import org.avrs.signal.eeg.ChannelStatistics;
import org.avrs.signal.eeg.DifferentialEntropy;
import org.avrs.signal.eeg.EegInput;
import org.avrs.signal.eeg.Hjorth;
import org.avrs.signal.eeg.Montage;
import org.avrs.signal.io.Recording;
import org.avrs.signal.physio.EdaDecomposition;
import org.avrs.signal.physio.EdaFeatures;
import org.avrs.signal.physio.Extraction;
import org.avrs.signal.physio.HrvFeatures;
import org.avrs.signal.speech.LogMel;
import org.avrs.signal.speech.Mfcc;
import org.avrs.signal.speech.Plp;

/** The extractors of {@code avrs features}: each built from the command's options and the recording. */
final class Extractors {

    /** The extractor names. */
    enum Kind {
        MFCC, FBANK, PLP, IMEMD43, EEG_BANDPOWER, EEG_DE, EEG_ASYMMETRY, HJORTH, CHANNEL_STATS, HRV, EDA, SCR;

        String cliName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<Kind> named(String name) {
            return Arrays.stream(values()).filter(k -> k.cliName().equals(name)).findFirst();
        }

        static String names() {
            return Arrays.stream(values()).map(Kind::cliName).collect(Collectors.joining(", "));
        }
    }

    /** Features with the warnings of their computation. */
    record Result(FeatureMatrix features, List<String> warnings) {
        static Result of(FeatureMatrix m) {
            return new Result(m, List.of());
        }

        static Result of(Extraction e) {
            return new Result(e.features(), e.warnings());
        }
    }

    private Extractors() {
    }

    /**
     * Runs an extractor.
     *
     * @throws IllegalArgumentException for an option value the extractor's config refuses (a usage error)
     * @throws InvalidInputException for a recording that does not fit
     */
    static Result run(Kind kind, FeaturesCommand cmd, Recording recording) {
        return switch (kind) {
            case MFCC -> speech(cmd, recording, rate -> new Mfcc(mfcc(cmd, rate)));
            case FBANK -> speech(cmd, recording, rate -> new LogMel(mfcc(cmd, rate).logMel()));
            case PLP -> speech(cmd, recording, rate -> {
                Plp.Config d = Plp.Config.defaults();
                return new Plp(new Plp.Config(rate, mfcc(cmd, rate).logMel().stft(), d.nBands(), d.order(), d.nCeps(),
                        cmd.speech.fmin, cmd.speech.fmax, d.compression()));
            });
            case IMEMD43 -> throw new IllegalStateException("imemd43 is refused before reading the file");
            case EEG_BANDPOWER -> eeg(cmd, recording, 2, in -> new BandPower(
                    new BandPower.Config(in, cmd.bands(), cmd.eeg.segment)));
            case EEG_DE -> eeg(cmd, recording, 2, in -> new DifferentialEntropy(deConfig(cmd, in)));
            case EEG_ASYMMETRY -> eeg(cmd, recording, 2, in -> {
                List<ChannelPair> pairs = Montage.pairsIn(in.channels());
                if (pairs.isEmpty()) {
                    throw new InvalidInputException(cmd.fileName(), "channels", "no symmetric 10-20 pair (e.g. F3/F4)"
                            + " among " + in.channels());
                }
                return new Asymmetry(Asymmetry.Config.of(deConfig(cmd, in), pairs));
            });
            case HJORTH -> eeg(cmd, recording, 0, in -> new Hjorth(new Hjorth.Config(in)));
            case CHANNEL_STATS -> eeg(cmd, recording, 0, in -> new ChannelStatistics(new ChannelStatistics.Config(in)));
            case HRV -> {
                HrvFeatures.Source source = switch (cmd.physio.peaks.toLowerCase(Locale.ROOT)) {
                    case "ecg" -> HrvFeatures.Source.ECG;
                    case "ppg" -> HrvFeatures.Source.PPG;
                    default -> throw new IllegalArgumentException("--peaks " + cmd.physio.peaks + " must be ecg or ppg");
                };
                Signal s = physioSignal(cmd, recording, source.name());
                HrvFeatures.Config c = HrvFeatures.Config.defaults().withSource(source)
                        .withChannel(s.channelNames().get(0)).withSampleRate(s.sampleRate());
                yield Result.of(new HrvFeatures(c).extractWithWarnings(s));
            }
            case EDA, SCR -> {
                EdaDecomposition.Method method = switch (cmd.physio.method.toLowerCase(Locale.ROOT)) {
                    case "highpass" -> EdaDecomposition.Method.HIGHPASS;
                    case "smoothmedian" -> EdaDecomposition.Method.SMOOTH_MEDIAN;
                    default -> throw new IllegalArgumentException("--method " + cmd.physio.method
                            + " must be highpass or smoothmedian");
                };
                Signal s = physioSignal(cmd, recording, "EDA");
                EdaFeatures.Config d = EdaFeatures.Config.of(s.channelNames().get(0), s.sampleRate());
                EdaFeatures f = new EdaFeatures(new EdaFeatures.Config(d.channel(), d.decomposition().withMethod(method),
                        d.scr()));
                yield Result.of(kind == Kind.EDA ? f.extractWithWarnings(s) : f.scrTable(s));
            }
        };
    }

    private static Mfcc.Config mfcc(FeaturesCommand cmd, double rate) {
        FeaturesCommand.SpeechOptions o = cmd.speech;
        return Mfcc.Config.defaults().withSampleRate(rate).withNFft(o.nFft).withWinLength(o.win).withHopLength(o.hop)
                .withNMels(o.nMels).withFmin(o.fmin).withFmax(o.fmax).withHtk(o.htk).withNMfcc(o.nMfcc);
    }

    private static DifferentialEntropy.Config deConfig(FeaturesCommand cmd, EegInput in) {
        return new DifferentialEntropy.Config(in, cmd.bands(), cmd.eeg.filterOrder);
    }

    private static Result speech(FeaturesCommand cmd, Recording recording,
                                 java.util.function.DoubleFunction<FeatureExtractor> build) {
        Signal s = select(cmd, recording);
        return Result.of(build.apply(s.sampleRate()).extract(s));
    }

    private static Result eeg(FeaturesCommand cmd, Recording recording, double defaultWindow,
                              java.util.function.Function<EegInput, FeatureExtractor> build) {
        Signal s = select(cmd, recording);
        double window = cmd.eeg.window != null ? cmd.eeg.window : defaultWindow;
        double step = window == 0 ? 0 : cmd.eeg.step != null ? cmd.eeg.step : window / 2;
        EegInput in = new EegInput(s.sampleRate(), s.channelNames(), window, step);
        return Result.of(build.apply(in).extract(s));
    }

    /** The --channel channels (all in one signal of the recording), else the first signal. */
    private static Signal select(FeaturesCommand cmd, Recording recording) {
        if (recording.signals().isEmpty()) {
            throw new InvalidInputException(cmd.fileName(), null, "the file holds no signal channel");
        }
        if (cmd.channels.isEmpty()) {
            return recording.signals().get(0);
        }
        try {
            return recording.signalWith(cmd.channels.get(0)).selectChannels(cmd.channels);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(cmd.fileName(), "channel", e.getMessage()
                    + (recording.signals().size() > 1 ? " (channels of different rates cannot be mixed)" : ""));
        }
    }

    /** One channel: the first --channel, else the channel named {@code name} (any case), else a lone channel. */
    private static Signal physioSignal(FeaturesCommand cmd, Recording recording, String name) {
        if (!cmd.channels.isEmpty()) {
            return select(cmd, recording).select(0);
        }
        for (Signal s : recording.signals()) {
            for (int c = 0; c < s.channelCount(); c++) {
                if (s.channelNames().get(c).equalsIgnoreCase(name)) {
                    return s.select(c);
                }
            }
        }
        List<String> all = recording.channelNames();
        if (all.size() == 1) {
            return recording.signals().get(0);
        }
        throw new InvalidInputException(cmd.fileName(), "channel", "no channel named " + name + " among " + all
                + "; choose one with --channel");
    }
}
