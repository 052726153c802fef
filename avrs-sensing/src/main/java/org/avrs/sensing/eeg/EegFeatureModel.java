package org.avrs.sensing.eeg;

import java.util.List;
import java.util.Objects;
import org.avrs.core.Affect;
import org.avrs.core.AffectEstimate;
import org.avrs.core.AffectRecognizer;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Modality;
import org.avrs.core.Signal;
import org.avrs.core.TimeSpan;
import org.avrs.core.data.Dataset;
import org.avrs.learn.Classifier;
import org.avrs.learn.ClassifierTrainer;

/**
 * A fitted feature pipeline: {@link WindowFeatures} of a window, then a classical {@link Classifier}.
 * As an {@link AffectRecognizer} it turns one EEG window into an {@link AffectEstimate} over the
 * classifier's label set; the estimate's confidence is the largest class probability. Immutable and
 * thread-safe (as the classifier).
 *
 * @param source the model name given to every estimate, e.g. "eeg/de-svm@deap"
 */
public record EegFeatureModel(WindowFeatures features, Classifier classifier, String source)
        implements AffectRecognizer<Signal> {

    public EegFeatureModel {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(classifier, "classifier");
        if (classifier.featureCount() != features.names().size()) {
            throw new IllegalArgumentException("the classifier takes " + classifier.featureCount()
                    + " features, the extractor makes " + features.names().size());
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must name the model");
        }
    }

    /**
     * Fits the pipeline on every window of the given trials.
     *
     * @throws IllegalArgumentException as the trainer (e.g. a single class)
     */
    public static EegFeatureModel fit(Dataset<EegTrial> trials, FeatureWindows windows, ClassifierTrainer trainer,
                                      String source) {
        if (trials.size() == 0) {
            throw new IllegalArgumentException("no trials to fit on");
        }
        Signal first = trials.get(0).input().eeg();
        WindowFeatures features = new WindowFeatures(windows.features(), first.channelNames(), first.sampleRate());
        return new EegFeatureModel(features, trainer.fit(windows.apply(trials)), source);
    }

    /**
     * Fits the pipeline on every window of the given subjects of a corpus (all when {@code subjects} is
     * empty), reading one subject at a time ({@link CorpusViews}).
     *
     * @throws org.avrs.core.InvalidInputException if the subjects' recordings differ in channels or rate, or
     *     give no window
     * @throws IllegalArgumentException as the trainer (e.g. a single class)
     */
    public static EegFeatureModel fit(EegCorpus corpus, List<String> subjects, FeatureWindows windows,
                                      ClassifierTrainer trainer, String source, CorpusViews.Progress progress) {
        Signal[] first = new Signal[1];
        Dataset<double[]> vectors = CorpusViews.collect(corpus, subjects, trials -> {
            if (trials.size() > 0) {
                Signal eeg = trials.get(0).input().eeg();
                if (first[0] == null) {
                    first[0] = eeg;
                } else if (!eeg.channelNames().equals(first[0].channelNames()) || eeg.sampleRate() != first[0].sampleRate()) {
                    throw new InvalidInputException(corpus.name(), "subject " + trials.get(0).group().id(), "has channels "
                            + eeg.channelNames() + " at " + eeg.sampleRate() + " Hz; the first subject has "
                            + first[0].channelNames() + " at " + first[0].sampleRate() + " Hz");
                }
            }
            return windows.apply(trials);
        }, "features", progress);
        if (vectors.size() == 0) {
            throw new InvalidInputException(corpus.name(), null, "no windows to fit on: the trials are shorter than "
                    + windows.segmentation().windowSeconds() + " s or no event could be cut");
        }
        WindowFeatures features = new WindowFeatures(windows.features(), first[0].channelNames(), first[0].sampleRate());
        return new EegFeatureModel(features, trainer.fit(vectors), source);
    }

    /** Class probabilities of one window, in the classifier's label order. */
    public double[] probabilities(Signal window) {
        return classifier.probabilities(features.extract(window));
    }

    /** The estimate of a window that spans {@code span} of the session. */
    public AffectEstimate recognize(Signal window, TimeSpan span) {
        double[] p = probabilities(window);
        double confidence = 0;
        for (double v : p) {
            confidence = Math.max(confidence, v);
        }
        return new AffectEstimate(Affect.ofDistribution(classifier.labels(), p, confidence), Modality.EEG, span,
                source);
    }

    /** The estimate of a window taken as starting at time 0. */
    @Override
    public AffectEstimate recognize(Signal window) {
        return recognize(window, new TimeSpan(0, window.durationSeconds()));
    }
}
