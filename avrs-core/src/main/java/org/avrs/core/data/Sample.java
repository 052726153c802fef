package org.avrs.core.data;

import java.util.Objects;

/**
 * One labelled example: an input (a recording, a window of one, a feature vector), its class label
 * and/or continuous targets, the group it belongs to, and where it came from.
 *
 * @param id unique within its dataset, e.g. the file name or "s01/trial07/w012"
 * @param input the input
 * @param label index into the dataset's {@link org.avrs.core.EmotionSet}, or {@link #UNLABELLED}
 * @param targets continuous targets (e.g. valence, arousal ratings), empty when there are none; copied
 * @param group the speaker/subject this sample belongs to
 * @param origin corpus, recording, trial and window offset
 * @param <I> the input type
 */
public record Sample<I>(String id, I input, int label, double[] targets, Group group, Origin origin) {

    /** The label of a sample that has none (a target-only or unlabelled sample). */
    public static final int UNLABELLED = -1;

    public Sample {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("sample id must not be blank");
        }
        Objects.requireNonNull(input, "input of sample " + id);
        Objects.requireNonNull(group, "group of sample " + id);
        Objects.requireNonNull(origin, "origin of sample " + id);
        if (label < UNLABELLED) {
            throw new IllegalArgumentException("label " + label + " of sample " + id + " must be >= -1");
        }
        targets = targets == null ? new double[0] : targets.clone();
    }

    /** A classification sample from one whole recording. */
    public static <I> Sample<I> of(String id, I input, int label, Group group, String corpus) {
        return new Sample<>(id, input, label, null, group, Origin.recording(corpus, id));
    }

    @Override
    public double[] targets() {
        return targets.clone();
    }

    public boolean isLabelled() {
        return label != UNLABELLED;
    }

    /** The same sample with a different input (e.g. its feature vector). */
    public <J> Sample<J> withInput(J newInput) {
        return new Sample<>(id, newInput, label, targets, group, origin);
    }

    /** The same sample with a different label (e.g. a shuffled-label control). */
    public Sample<I> withLabel(int newLabel) {
        return new Sample<>(id, input, newLabel, targets, group, origin);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sample<?> s && id.equals(s.id) && input.equals(s.input) && label == s.label
                && java.util.Arrays.equals(targets, s.targets) && group.equals(s.group) && origin.equals(s.origin);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, label, group, origin);
    }

    @Override
    public String toString() {
        return "Sample[" + id + ", label " + label + ", " + group + "]";
    }

    /**
     * Where a sample came from, so that windows of one trial never straddle a split and results can be
     * traced back to files.
     *
     * @param corpus the corpus name, e.g. "emodb"
     * @param recording the recording (file) within it
     * @param trial the trial within the recording, or "" when there is one
     * @param offsetSeconds the window's start within the recording (0 for a whole recording)
     * @param time an absolute time in seconds (e.g. epoch seconds of the session), NaN when unknown;
     *     used by time-ordered holdouts
     */
    public record Origin(String corpus, String recording, String trial, double offsetSeconds, double time) {

        public Origin {
            Objects.requireNonNull(corpus, "corpus");
            Objects.requireNonNull(recording, "recording");
            Objects.requireNonNull(trial, "trial");
            if (!(offsetSeconds >= 0)) {
                throw new IllegalArgumentException("window offset " + offsetSeconds + " must be >= 0");
            }
        }

        public static Origin recording(String corpus, String recording) {
            return new Origin(corpus, recording, "", 0, Double.NaN);
        }

        /** The recording and trial together: windows with the same unit must stay on one side. */
        public String unit() {
            return trial.isEmpty() ? corpus + "/" + recording : corpus + "/" + recording + "/" + trial;
        }
    }
}
