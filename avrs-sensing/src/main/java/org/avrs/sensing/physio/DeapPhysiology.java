package org.avrs.sensing.physio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.avrs.sensing.eeg.DeapCorpus;
import org.avrs.sensing.eeg.RatingLabels;
import org.avrs.signal.io.DeapReader;
import org.avrs.signal.io.DeapTrial;

/**
 * The peripheral signals of DEAP's preprocessed files (see {@link DeapCorpus} for the dataset card), one
 * sample per trial: channel "PPG", the plethysmograph ("Plet", arbitrary units), and channel "EDA", the
 * skin conductance in µS = 10⁶ / the GSR channel's skin resistance in Ohm (DEAP converted its GSR to
 * resistance), both at 128 Hz after the 3 s baseline. Labels, targets, ids, groups and origins as
 * {@link DeapCorpus}, so windows and trials line up with the EEG.
 */
public final class DeapPhysiology {

    private final DeapCorpus files;
    private final RatingLabels labels;

    /** @throws InvalidInputException if the folder holds no DEAP participant file */
    public DeapPhysiology(Path dir, RatingLabels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.files = new DeapCorpus(dir, labels);
    }

    public List<String> subjects() {
        return files.subjects();
    }

    public EmotionSet labels() {
        return labels.labels();
    }

    /** @throws InvalidInputException for an unreadable file, a rating off the scale, or a resistance ≤ 0 */
    public Dataset<Signal> subject(String subject) {
        Path file = files.file(subject);
        List<Sample<Signal>> samples = new ArrayList<>();
        for (DeapTrial t : DeapReader.read(file)) {
            double[] ratings = DeapCorpus.ratings(t, file);
            Signal s = DeapCorpus.afterBaseline(t, file);
            double[] gsr = s.channel("GSR");
            for (int i = 0; i < gsr.length; i++) {
                if (!(gsr[i] > 0)) {
                    throw new InvalidInputException(file.toString(), "MAT variable 'data' (" + t.trial() + ", 37, "
                            + (i + 1) + ")", "skin resistance " + gsr[i] + " Ohm; must be > 0");
                }
                gsr[i] = 1e6 / gsr[i];
            }
            Signal physio = Signal.builder().sampleRate(s.sampleRate()).channels(s.channel("Plet"), gsr)
                    .names(List.of("PPG", "EDA")).units(List.of("", "uS")).build();
            samples.add(new Sample<>(subject + "/" + DeapCorpus.trialName(t), physio, labels.label(ratings[labels.column()]),
                    ratings, Group.subject(subject), DeapCorpus.origin(file, t)));
        }
        return new Dataset<>(DeapCorpus.CORPUS + "-physio/" + subject, labels.labels(), samples);
    }

    /** Every subject's trials. */
    public Dataset<Signal> all() {
        List<Sample<Signal>> samples = new ArrayList<>();
        for (String s : subjects()) {
            samples.addAll(subject(s).samples());
        }
        return new Dataset<>(DeapCorpus.CORPUS + "-physio", labels.labels(), samples);
    }

    /** The feature config for these signals: PPG and EDA at DEAP's 128 Hz. */
    public static PhysioFeatures.Config features() {
        return PhysioFeatures.Config.ppg(DeapReader.SAMPLE_RATE);
    }
}
