package org.avrs.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.avrs.core.data.Dataset;
import org.avrs.core.metrics.ClassificationMetrics;
import org.avrs.core.metrics.ConfusionMatrix;
import org.avrs.core.protocol.Protocol;

/**
 * Model selection inside the training data: every candidate trainer is cross-validated on the
 * training set it is given by an inner protocol (e.g. leave-one-speaker-out over the training speakers),
 * scored by the UAR of its pooled inner predictions, and the best (the first on ties) is fitted on the
 * whole training set. Used as the trainer of an outer cross-validation this is nested selection: the
 * outer test samples never influence the choice.
 */
public final class SelectingTrainer implements ClassifierTrainer {

    /** One candidate: a name (e.g. "C=10, gamma=0.5/d, active-30dB") and its trainer. */
    public record Candidate(String name, ClassifierTrainer trainer) {
        public Candidate {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(trainer, "trainer");
        }
    }

    /** The inner score of each candidate and the chosen one. */
    public record Selection(List<Candidate> candidates, double[] innerUar, int best) {
        public Selection {
            candidates = List.copyOf(candidates);
            innerUar = innerUar.clone();
        }

        @Override
        public double[] innerUar() {
            return innerUar.clone();
        }

        public Candidate chosen() {
            return candidates.get(best);
        }
    }

    private final List<Candidate> candidates;
    private final Protocol inner;
    private final Consumer<Selection> listener;

    /**
     * @param candidates at least one
     * @param inner the protocol splitting each training set for selection
     * @param listener told of every selection made (from the fitting thread)
     */
    public SelectingTrainer(List<Candidate> candidates, Protocol inner, Consumer<Selection> listener) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("model selection needs at least one candidate");
        }
        this.candidates = List.copyOf(candidates);
        this.inner = java.util.Objects.requireNonNull(inner, "inner");
        this.listener = java.util.Objects.requireNonNull(listener, "listener");
    }

    public List<Candidate> candidates() {
        return candidates;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "select(best inner-%s UAR of %d: %s%s)", inner.name(), candidates.size(),
                candidates.get(0).trainer().describe(), candidates.size() > 1 ? ", …" : "");
    }

    /** Scores every candidate on {@code training} by the inner protocol (single-threaded). */
    public Selection select(Dataset<double[]> training) {
        double[] uar = new double[candidates.size()];
        int best = 0;
        for (int i = 0; i < uar.length; i++) {
            CrossValidation.Result r = CrossValidation.run(candidates.get(i).trainer(), training, inner, 1,
                    CrossValidation.Progress.NONE);
            uar[i] = ClassificationMetrics.uar(ConfusionMatrix.of(r.truth(), r.predicted(), training.labels()));
            if (uar[i] > uar[best]) {
                best = i;
            }
        }
        return new Selection(candidates, uar, best);
    }

    @Override
    public Classifier fit(Dataset<double[]> training) {
        Selection s = candidates.size() == 1 ? new Selection(candidates, new double[] {Double.NaN}, 0) : select(training);
        listener.accept(s);
        Classifier fitted = s.chosen().trainer().fit(training);
        Provenance p = fitted.provenance();
        String trainer = String.format(Locale.ROOT, "%s [selected '%s' of %d by inner %s, UAR %.4f]",
                s.chosen().trainer().describe(), s.chosen().name(), candidates.size(), inner.name(),
                s.innerUar()[s.best()]);
        return Classifiers.withProvenance(fitted, new Provenance(trainer, p.dataset(), p.datasetFingerprint(),
                p.samples(), p.groups(), p.featurePipeline(), p.versions(), p.created()));
    }
}
