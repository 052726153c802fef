package org.avrs.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;

/**
 * Per-group feature normalisation: each group's (speaker's, subject's) feature vectors are z-scored
 * with statistics of that group's own vectors, shrunk toward population statistics when the group has
 * few of them.
 *
 * <p>With a group's n vectors x_i, the population mean μ₀ and variance σ₀² per column, and a prior
 * weight κ ≥ 0 (in pseudo-vectors), the group's mean and variance are the posterior-style blends
 * μ = (Σx_i + κμ₀) / (n + κ) and σ² = (Σ(x_i − μ)² + κ(σ₀² + (μ₀ − μ)²)) / (n + κ).
 * κ = 0 is plain per-group z-scoring; a new viewer with one utterance gets mostly the population's
 * statistics, one with fifty mostly their own.
 *
 * <p>It uses inputs only, never labels, so applying it to a test speaker before prediction is
 * legitimate in a leave-one-speaker-out protocol: the statistics come from that speaker's own
 * unlabelled recordings, as a deployed system gathers them from a viewer's utterances. It is standard
 * practice in speaker-independent speech emotion recognition (e.g. Schuller et al., "Acoustic emotion
 * recognition: a benchmark comparison of performances", ASRU 2009, doi:10.1109/ASRU.2009.5372886).
 *
 * @param population μ₀ and σ₀ per column
 * @param priorWeight κ ≥ 0
 */
public record GroupNormalization(Standardizer population, double priorWeight) {

    public GroupNormalization {
        java.util.Objects.requireNonNull(population, "population");
        if (!(priorWeight >= 0) || Double.isInfinite(priorWeight)) {
            throw new IllegalArgumentException("priorWeight " + priorWeight + " must be >= 0 and finite");
        }
    }

    /** Population statistics fitted on all inputs of a dataset (labels unused). */
    public static GroupNormalization fit(Dataset<double[]> data, double priorWeight) {
        return new GroupNormalization(Standardizer.fit(inputs(data.samples())), priorWeight);
    }

    /**
     * The leak-free fold preparation: population statistics from the training part only, then every
     * group of both parts normalised by its own statistics shrunk toward them with weight κ.
     */
    public static CrossValidation.FoldPreparation perFold(double priorWeight) {
        return (train, test) -> {
            GroupNormalization norm = fit(train, priorWeight);
            @SuppressWarnings("unchecked")
            Dataset<double[]>[] out = new Dataset[] {norm.normalize(train), norm.normalize(test)};
            return out;
        };
    }

    /** Plain per-group z-scoring (κ = 0), as a one-call transform for evaluations. */
    public static Dataset<double[]> apply(Dataset<double[]> data) {
        return fit(data, 0).normalize(data);
    }

    /**
     * The standardizer for one group given its vectors so far (possibly none: then the population's).
     */
    public Standardizer forGroup(List<double[]> rows) {
        double[] mu0 = population.mean();
        double[] sd0 = population.scale();
        int d = mu0.length;
        int n = rows.size();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double sum = priorWeight * mu0[j];
            for (double[] r : rows) {
                sum += r[j];
            }
            double mu = sum / (n + priorWeight);
            double ss = priorWeight * (sd0[j] * sd0[j] + (mu0[j] - mu) * (mu0[j] - mu));
            for (double[] r : rows) {
                ss += (r[j] - mu) * (r[j] - mu);
            }
            double sd = n + priorWeight > 0 ? Math.sqrt(ss / (n + priorWeight)) : 0;
            mean[j] = mu;
            scale[j] = sd > 1e-12 * Math.max(1, Math.abs(mu)) ? sd : 1;
        }
        return new Standardizer(mean, scale);
    }

    /** The dataset with every sample's vector normalised by its own group's statistics. */
    public Dataset<double[]> normalize(Dataset<double[]> data) {
        Map<Group, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            members.computeIfAbsent(data.get(i).group(), g -> new ArrayList<>()).add(i);
        }
        double[][] normalized = new double[data.size()][];
        for (List<Integer> idx : members.values()) {
            List<double[]> rows = new ArrayList<>(idx.size());
            for (int i : idx) {
                rows.add(data.get(i).input());
            }
            Standardizer s = forGroup(rows);
            for (int k = 0; k < rows.size(); k++) {
                normalized[idx.get(k)] = s.apply(rows.get(k));
            }
        }
        List<Sample<double[]>> out = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            out.add(data.get(i).withInput(normalized[i]));
        }
        return new Dataset<>(data.name(), data.labels(), out);
    }

    private static double[][] inputs(List<Sample<double[]>> samples) {
        double[][] rows = new double[samples.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = samples.get(i).input();
        }
        return rows;
    }
}
