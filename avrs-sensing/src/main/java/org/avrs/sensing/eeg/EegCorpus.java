package org.avrs.sensing.eeg;

import java.util.ArrayList;
import java.util.List;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;

/**
 * An EEG emotion corpus on disk, read one subject at a time (a real DEAP subject is 40 × 32 × 8064
 * doubles, 83 MB; a whole corpus rarely fits in memory as raw EEG). Every sample is a trial
 * ({@link EegTrial}) labelled in {@link #labels()}, with the subject as its
 * {@link org.avrs.core.data.Group} and corpus, file and trial in its origin, so that windows of one trial
 * never straddle a split.
 */
public interface EegCorpus {

    /** The corpus name recorded in every sample's origin, e.g. "deap". */
    String name();

    /** The label set of the samples. */
    EmotionSet labels();

    /** The subjects, in a stable order. */
    List<String> subjects();

    /**
     * One subject's trials.
     *
     * @throws org.avrs.core.InvalidInputException if the subject's files cannot be read
     * @throws IllegalArgumentException if the subject is not one of {@link #subjects()}
     */
    Dataset<EegTrial> subject(String subject);

    /** Every subject's trials in one dataset (mind the memory; see the class comment). */
    default Dataset<EegTrial> all() {
        List<Sample<EegTrial>> samples = new ArrayList<>();
        for (String s : subjects()) {
            samples.addAll(subject(s).samples());
        }
        return new Dataset<>(name(), labels(), samples);
    }
}
