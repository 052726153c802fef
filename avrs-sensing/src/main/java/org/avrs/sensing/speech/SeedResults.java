package org.avrs.sensing.speech;

import java.util.ArrayList;
import java.util.List;
import org.avrs.core.metrics.ConfusionMatrix;

/**
 * The evaluations of one pipeline under several seeds (network initialisation, shuffling, dropout,
 * augmentation): mean ± sample standard deviation (n − 1) of UAR and WAR over seeds, the confusion
 * matrices summed, and each fold's UAR averaged over seeds (the per-fold values a paired test between
 * pipelines uses).
 *
 * @param seeds the seeds, in run order
 * @param runs one evaluation per seed, same protocol and folds
 */
public record SeedResults(List<Long> seeds, List<SpeechEvaluation> runs) {

    public SeedResults {
        seeds = List.copyOf(seeds);
        runs = List.copyOf(runs);
        if (runs.isEmpty() || seeds.size() != runs.size()) {
            throw new IllegalArgumentException(seeds.size() + " seeds for " + runs.size() + " runs; need at least one");
        }
    }

    public double uarMean() {
        return mean(runs.stream().mapToDouble(SpeechEvaluation::uar).toArray());
    }

    /** NaN for a single seed. */
    public double uarSd() {
        return sd(runs.stream().mapToDouble(SpeechEvaluation::uar).toArray());
    }

    public double warMean() {
        return mean(runs.stream().mapToDouble(SpeechEvaluation::war).toArray());
    }

    public double warSd() {
        return sd(runs.stream().mapToDouble(SpeechEvaluation::war).toArray());
    }

    /** The confusion matrices of all seeds summed. */
    public ConfusionMatrix confusion() {
        ConfusionMatrix cm = runs.get(0).confusion();
        for (int i = 1; i < runs.size(); i++) {
            cm = cm.plus(runs.get(i).confusion());
        }
        return cm;
    }

    /** Fold names and their UAR averaged over seeds. */
    public List<SpeechEvaluation.FoldScore> folds() {
        List<SpeechEvaluation.FoldScore> out = new ArrayList<>();
        List<SpeechEvaluation.FoldScore> first = runs.get(0).folds();
        for (int k = 0; k < first.size(); k++) {
            int fold = k;
            out.add(new SpeechEvaluation.FoldScore(first.get(k).name(),
                    mean(runs.stream().mapToDouble(r -> r.folds().get(fold).uar()).toArray())));
        }
        return out;
    }

    /** As one evaluation: summed confusion, mean UAR and WAR over seeds, seed-averaged fold UARs. */
    public SpeechEvaluation summary() {
        SpeechEvaluation r = runs.get(0);
        return new SpeechEvaluation(r.protocol(), r.trainer(), confusion(), uarMean(), warMean(), folds());
    }

    static double mean(double[] v) {
        return java.util.Arrays.stream(v).average().orElse(Double.NaN);
    }

    static double sd(double[] v) {
        if (v.length < 2) {
            return Double.NaN;
        }
        double m = mean(v);
        return Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1));
    }
}
