package org.avrs.sensing.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.avrs.core.protocol.LeaveOneGroupOut;
import org.avrs.learn.ClassifierTrainer;
import org.avrs.learn.ColumnSubsetTrainer;
import org.avrs.learn.ForestTrainer;
import org.avrs.learn.SelectingTrainer;
import org.avrs.learn.SvmTrainer;

/**
 * The classical pipeline's classifiers, by name, configured for a feature extractor.
 *
 * <ul>
 * <li>{@code svm}: RBF-SVM with model selection nested in the training speakers — every combination
 *     of a feature view ({@link UtteranceFeatures#views()}), a cost C and a kernel width γ = g/d (d the
 *     view's column count; on standardized columns g = 1 is scikit-learn's "scale") is scored by
 *     leave-one-speaker-out over the training speakers only, and the best is fitted on all of them;</li>
 * <li>{@code rf}: a random forest on the whole vector ({@link ForestTrainer}, 500 trees);</li>
 * <li>{@code mlp}: a DJL perceptron on the whole vector ({@link MlpTrainer}).</li>
 * </ul>
 */
public final class SpeechTrainers {

    /**
     * The SVM grid.
     *
     * @param costs candidate C values (&gt; 0)
     * @param gammaFactors candidate g, γ = g / d (&gt; 0)
     */
    public record SvmGrid(List<Double> costs, List<Double> gammaFactors) {
        public SvmGrid {
            costs = List.copyOf(costs);
            gammaFactors = List.copyOf(gammaFactors);
            if (costs.isEmpty() || gammaFactors.isEmpty()) {
                throw new IllegalArgumentException("the SVM grid needs at least one C and one gamma factor");
            }
            for (double v : costs) {
                new SvmTrainer.Config(v, 1, false, 0);
            }
            for (double v : gammaFactors) {
                new SvmTrainer.Config(1, v, false, 0);
            }
        }

        /** C ∈ {1, 3, 10, 30}, g ∈ {0.5, 1}. */
        public static SvmGrid defaults() {
            return new SvmGrid(List.of(1.0, 3.0, 10.0, 30.0), List.of(0.5, 1.0));
        }
    }

    private SpeechTrainers() {
    }

    /**
     * The nested-selection SVM; without probabilities it predicts one-hot distributions (faster, for
     * evaluation).
     *
     * @param listener told of each selection (inner scores and the choice)
     */
    public static SelectingTrainer svm(UtteranceFeatures features, SvmGrid grid, boolean probability, long seed,
                                       Consumer<SelectingTrainer.Selection> listener) {
        List<SelectingTrainer.Candidate> candidates = new ArrayList<>();
        for (UtteranceFeatures.View view : features.views()) {
            int d = view.to() - view.from();
            for (double c : grid.costs()) {
                for (double g : grid.gammaFactors()) {
                    SvmTrainer svm = new SvmTrainer(new SvmTrainer.Config(c, g / d, probability, seed));
                    ClassifierTrainer t = view.from() == 0 && view.to() == features.dimension() ? svm
                            : new ColumnSubsetTrainer(view.name(), view.columns(), svm);
                    candidates.add(new SelectingTrainer.Candidate(
                            String.format(Locale.ROOT, "%s, C=%s, gamma=%s/d", view.name(), c, g), t));
                }
            }
        }
        return new SelectingTrainer(candidates, new LeaveOneGroupOut(), listener);
    }

    /** A 500-tree random forest (depth ≤ 25, 1/√d features per split). */
    public static ForestTrainer forest(long seed) {
        return new ForestTrainer(new ForestTrainer.Config(500, 25, 0, seed));
    }

    /** The perceptron with its defaults and the given seed. */
    public static MlpTrainer mlp(long seed) {
        return new MlpTrainer(MlpTrainer.Config.defaults().withSeed(seed));
    }
}
