package org.avrs.cli.eeg;

import java.nio.file.Path;
import java.util.List;
import org.avrs.core.EmotionSet;
import org.avrs.sensing.eeg.DeapCorpus;
import org.avrs.sensing.eeg.DreamerCorpus;
import org.avrs.sensing.eeg.EdfCorpus;
import org.avrs.sensing.eeg.EegCorpus;
import org.avrs.sensing.eeg.IesdCorpus;
import org.avrs.sensing.eeg.RatingLabels;
import org.avrs.sensing.eeg.SeedCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that name an EEG corpus and its labels, shared by {@code avrs eeg eval} and {@code train}. */
public final class CorpusOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, description = "deap, seed, dreamer, iesd or edf.")
    String format;

    @Option(names = "--data", required = true, paramLabel = "PATH",
            description = "Folder (deap: sNN.mat; seed: sessions + label.mat; iesd: BIDS root; edf: .edf/.bdf) or "
                    + "file (dreamer: DREAMER.mat).")
    Path data;

    @Option(names = "--target", defaultValue = "valence",
            description = "valence, arousal, dominance or liking (default: ${DEFAULT-VALUE}; SEED: its 3 classes).")
    String target;

    @Option(names = "--threshold", paramLabel = "R",
            description = "Ratings above R are 'high' (default: 5 for DEAP, 3 for DREAMER).")
    Double threshold;

    @Option(names = "--events", paramLabel = "TEXT=LABEL,...",
            description = "edf: annotation texts and their class (low/high), e.g. \"Stimulus 1=low,Stimulus 2=high\".")
    String events;

    @Option(names = "--subjects", paramLabel = "N", description = "Use only the first N subjects.")
    Integer subjects;

    /** The corpus the options name; usage errors for bad values. */
    EegCorpus open() {
        RatingLabels labels;
        try {
            double t = threshold != null ? threshold : format.equals("dreamer") ? 3 : 5;
            labels = new RatingLabels(target, t);
        } catch (IllegalArgumentException e) {
            if (!format.equals("seed")) {
                throw usage("--target " + target + ": " + e.getMessage());
            }
            labels = null;
        }
        try {
            return switch (format) {
                case "deap" -> new DeapCorpus(data, labels);
                case "seed" -> new SeedCorpus(data);
                case "dreamer" -> new DreamerCorpus(data, labels);
                case "iesd" -> new IesdCorpus(data, IesdCorpus.Config.of(target));
                case "edf" -> {
                    if (events == null) {
                        throw usage("--format edf needs --events TEXT=LABEL,...");
                    }
                    EmotionSet set = labels == null ? EmotionSet.VALENCE_BINARY : labels.labels();
                    yield new EdfCorpus(data, set, EdfCorpus.parseEvents(events), 3);
                }
                default -> throw usage("--format " + format + ": must be deap, seed, dreamer, iesd or edf");
            };
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** The subjects to use: the first {@code --subjects} of the corpus, or all. */
    List<String> subjects(EegCorpus corpus) {
        List<String> all = corpus.subjects();
        if (subjects == null) {
            return all;
        }
        if (subjects < 1) {
            throw usage("--subjects " + subjects + " must be >= 1");
        }
        return all.subList(0, Math.min(subjects, all.size()));
    }

    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
