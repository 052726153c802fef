package org.avrs.sensing.eeg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.avrs.signal.io.DeapReader;
import org.avrs.signal.io.DeapTrial;

/**
 * DEAP, the preprocessed MATLAB release, one file per participant.
 *
 * <p><b>Dataset card.</b> Koelstra, Mühl, Soleymani, Lee, Yazdani, Ebrahimi, Pun, Nijholt and Patras,
 * "DEAP: A Database for Emotion Analysis Using Physiological Signals", IEEE Trans. Affective Computing
 * 3(1):18–31, 2012, doi:10.1109/T-AFFC.2011.15; https://www.eecs.qmul.ac.uk/mmv/datasets/deap/.
 * 32 participants watched 40 one-minute music-video excerpts; 32-channel BioSemi EEG plus EOG, EMG, GSR,
 * respiration, plethysmograph and temperature, recorded at 512 Hz. License: an end-user license
 * agreement for academic research, signed before download; not redistributable.
 *
 * <p><b>Layout read</b> ({@code data_preprocessed_matlab/sNN.mat}, via {@link DeapReader}): variable
 * {@code data} trials × 40 channels × 8064 samples at 128 Hz (downsampled, EOG removed, 4–45 Hz
 * band-passed, common average reference; the first 3 s of each trial are a pre-trial baseline) with the
 * first 32 channels EEG in DEAP's "Geneva" order, and {@code labels} trials × 4: valence, arousal,
 * dominance and liking on continuous 1–9 scales. Files of {@link SyntheticDeap} have the same layout.
 *
 * <p><b>Samples:</b> one per trial, id {@code s01/t07}; the input is the 32 EEG channels after the
 * baseline (60 s); the targets are the four ratings; the label is the rating of
 * {@link RatingLabels#target()} split at its threshold; the group is the participant ({@code s01}).
 */
public final class DeapCorpus implements EegCorpus {

    /** The corpus name in every sample's origin. */
    public static final String CORPUS = "deap";
    /** Seconds of pre-trial baseline at the start of every preprocessed trial. */
    public static final double BASELINE_SECONDS = 3;
    private static final Pattern FILE = Pattern.compile("s\\d{2,3}\\.mat");
    private static final List<String> EEG = DeapReader.CHANNELS.subList(0, 32);

    private final Map<String, Path> files = new LinkedHashMap<>();
    private final RatingLabels labels;

    /**
     * @param dir the folder holding {@code s01.mat}, {@code s02.mat}, …
     * @throws InvalidInputException if the folder is missing or holds no {@code sNN.mat} file
     */
    public DeapCorpus(Path dir, RatingLabels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
        for (Path f : CorpusFiles.list(dir, FILE, "DEAP participant files sNN.mat")) {
            files.put(CorpusFiles.stem(f), f);
        }
    }

    @Override
    public String name() {
        return CORPUS;
    }

    @Override
    public EmotionSet labels() {
        return labels.labels();
    }

    @Override
    public List<String> subjects() {
        return List.copyOf(files.keySet());
    }

    /** The file of a participant. */
    public Path file(String subject) {
        Path f = files.get(subject);
        if (f == null) {
            throw new IllegalArgumentException("no DEAP participant '" + subject + "'; there are " + files.keySet());
        }
        return f;
    }

    /**
     * @throws InvalidInputException if the file is not a DEAP participant file, a trial is shorter than
     *     the baseline, or a rating lies outside 1–9
     */
    @Override
    public Dataset<EegTrial> subject(String subject) {
        Path file = file(subject);
        List<DeapTrial> trials = DeapReader.read(file);
        List<Sample<EegTrial>> samples = new ArrayList<>(trials.size());
        for (DeapTrial t : trials) {
            double[] ratings = ratings(t, file);
            Signal eeg = afterBaseline(t, file).selectChannels(EEG);
            samples.add(new Sample<>(subject + "/" + trialName(t), EegTrial.of(eeg), labels.label(ratings[labels.column()]),
                    ratings, Group.subject(subject), origin(file, t)));
        }
        return new Dataset<>(CORPUS + "/" + subject, labels.labels(), samples);
    }

    /** "t07" for trial 7. */
    public static String trialName(DeapTrial t) {
        return String.format("t%02d", t.trial());
    }

    /** The origin of a trial's samples: corpus, file name, trial, offset 0. */
    public static Sample.Origin origin(Path file, DeapTrial t) {
        return new Sample.Origin(CORPUS, file.getFileName().toString(), trialName(t), 0, Double.NaN);
    }

    /**
     * A trial's ratings in {@link RatingLabels#TARGETS} order, checked.
     *
     * @throws InvalidInputException naming the file and element of a rating outside 1–9
     */
    public static double[] ratings(DeapTrial t, Path file) {
        double[] ratings = {t.valence(), t.arousal(), t.dominance(), t.liking()};
        for (int k = 0; k < ratings.length; k++) {
            if (!(ratings[k] >= 1 && ratings[k] <= 9)) {
                throw new InvalidInputException(file.toString(), "MAT variable 'labels' (" + t.trial() + ", "
                        + (k + 1) + ")", RatingLabels.TARGETS.get(k) + " rating " + ratings[k]
                        + " is outside DEAP's 1–9 scale");
            }
        }
        return ratings;
    }

    /**
     * All 40 channels of a trial after its {@link #BASELINE_SECONDS} baseline.
     *
     * @throws InvalidInputException if the trial is no longer than the baseline
     */
    public static Signal afterBaseline(DeapTrial t, Path file) {
        Signal all = t.signal();
        int skip = (int) Math.round(BASELINE_SECONDS * all.sampleRate());
        if (all.length() <= skip) {
            throw new InvalidInputException(file.toString(), "MAT variable 'data', trial " + t.trial(),
                    all.length() + " samples; a trial needs more than the " + skip + "-sample baseline");
        }
        return all.slice(skip, all.length());
    }
}
