package org.avrs.core.metrics;

import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Summaries of a {@link ConfusionMatrix}: accuracy (= WAR), UAR, macro-F1 and balanced accuracy. Pure
 * functions; each has a stable label (the constants below) for reports and result tables.
 *
 * <p><b>Which classes a macro average runs over.</b> Following scikit-learn, the default label set of
 * {@link #uar(ConfusionMatrix)} and {@link #macroF1(ConfusionMatrix)} is the set of classes present in
 * the truth or the predictions ({@link ConfusionMatrix#presentClasses()}); a class absent from both is
 * ignored. A class in that set whose recall (or F1) is undefined — it was predicted but never occurs
 * in the truth — contributes 0, as sklearn's {@code zero_division=0}: predicting a class that is not
 * there is an error the average should see. The explicit-label variants average over exactly the
 * given classes with the same 0 rule (sklearn's {@code labels=} argument). {@link #balancedAccuracy}
 * differs on this point: like {@code sklearn.metrics.balanced_accuracy_score} it averages recall over
 * the classes present in the truth only, so a spuriously predicted class lowers UAR but not balanced
 * accuracy.
 */
public final class ClassificationMetrics {

    /** Label of {@link #accuracy}. */
    public static final String ACCURACY = "accuracy";
    /** Label of {@link #war}. */
    public static final String WAR = "WAR";
    /** Label of {@link #uar}. */
    public static final String UAR = "UAR";
    /** Label of {@link #macroF1}. */
    public static final String MACRO_F1 = "macro-F1";
    /** Label of {@link #balancedAccuracy}. */
    public static final String BALANCED_ACCURACY = "balanced-accuracy";
    /** Label of {@link #adjustedBalancedAccuracy}. */
    public static final String ADJUSTED_BALANCED_ACCURACY = "adjusted-balanced-accuracy";

    private ClassificationMetrics() {
    }

    /**
     * Accuracy Σ_c TP_c / N, the fraction of samples classified correctly
     * ({@code sklearn.metrics.accuracy_score}). NaN for an empty matrix.
     */
    public static double accuracy(ConfusionMatrix cm) {
        long n = cm.total();
        return n == 0 ? Double.NaN : (double) cm.correct() / n;
    }

    /**
     * Weighted average recall, the speech-emotion literature's WA/WAR: Σ_c (N_c / N) · recall_c with
     * N_c the support of class c. Since N_c · recall_c = TP_c, this is Σ_c TP_c / N, i.e. exactly the
     * {@link #accuracy}; the separate name exists so that tables can use the literature's label. NaN
     * for an empty matrix.
     */
    public static double war(ConfusionMatrix cm) {
        return accuracy(cm);
    }

    /**
     * Unweighted average recall (macro recall), the speech-emotion literature's UA/UAR:
     * (1/|L|) Σ_{c∈L} recall_c over the classes L present in the truth or the predictions, an undefined
     * recall counting 0 (see the class comment). Equals
     * {@code sklearn.metrics.recall_score(truth, predicted, average='macro')}. NaN for an empty matrix.
     */
    public static double uar(ConfusionMatrix cm) {
        return meanOrZero(cm.presentClasses(), cm::recall);
    }

    /**
     * UAR over exactly the given classes, an undefined recall (class absent from the truth) counting 0:
     * {@code sklearn.metrics.recall_score(truth, predicted, labels=classes, average='macro')}. With all
     * k classes of an emotion set this is the "UAR over the label set" some papers report.
     *
     * @throws IllegalArgumentException if {@code classes} is empty, repeats a class or holds one
     *     outside the matrix
     */
    public static double uar(ConfusionMatrix cm, int... classes) {
        return meanOrZero(checkClasses(cm, classes), cm::recall);
    }

    /**
     * Macro-averaged F1: (1/|L|) Σ_{c∈L} F1_c over the classes present in the truth or the
     * predictions, F1_c = 2TP_c / (2TP_c + FP_c + FN_c) ({@link ConfusionMatrix#f1}), as
     * {@code sklearn.metrics.f1_score(truth, predicted, average='macro')}. This is the mean of the
     * per-class F1 values, not the F1 of macro precision and recall. NaN for an empty matrix.
     */
    public static double macroF1(ConfusionMatrix cm) {
        return meanOrZero(cm.presentClasses(), cm::f1);
    }

    /**
     * Macro-F1 over exactly the given classes, an undefined F1 (class absent from truth and
     * predictions) counting 0: {@code sklearn.metrics.f1_score(..., labels=classes, average='macro')}.
     *
     * @throws IllegalArgumentException as {@link #uar(ConfusionMatrix, int...)}
     */
    public static double macroF1(ConfusionMatrix cm, int... classes) {
        return meanOrZero(checkClasses(cm, classes), cm::f1);
    }

    /**
     * Balanced accuracy: the mean recall over the m classes present in the truth, classes only
     * predicted being ignored ({@code sklearn.metrics.balanced_accuracy_score}; Brodersen et al. 2010,
     * doi:10.1109/ICPR.2010.764). NaN when the truth is empty.
     */
    public static double balancedAccuracy(ConfusionMatrix cm) {
        int[] inTruth = IntStream.range(0, cm.size()).filter(c -> cm.support(c) > 0).toArray();
        return meanOrZero(inTruth, cm::recall);
    }

    /**
     * Balanced accuracy adjusted for chance, (BA − 1/m) / (1 − 1/m) with m the number of classes in the
     * truth: 0 for a constant or random classifier, 1 for a perfect one
     * ({@code balanced_accuracy_score(..., adjusted=True)}). NaN when m &lt; 2, where the chance level
     * is 1 and the ratio undefined (sklearn returns NaN or −inf there).
     */
    public static double adjustedBalancedAccuracy(ConfusionMatrix cm) {
        long m = IntStream.range(0, cm.size()).filter(c -> cm.support(c) > 0).count();
        if (m < 2) {
            return Double.NaN;
        }
        double chance = 1.0 / m;
        return (balancedAccuracy(cm) - chance) / (1 - chance);
    }

    /** The mean of f over the classes, NaN counting 0; NaN when there are no classes. */
    private static double meanOrZero(int[] classes, IntToDoubleFunction f) {
        if (classes.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int c : classes) {
            double v = f.applyAsDouble(c);
            sum += Double.isNaN(v) ? 0 : v;
        }
        return sum / classes.length;
    }

    private static int[] checkClasses(ConfusionMatrix cm, int[] classes) {
        if (classes.length == 0) {
            throw new IllegalArgumentException("no classes to average over");
        }
        boolean[] seen = new boolean[cm.size()];
        for (int c : classes) {
            if (c < 0 || c >= cm.size()) {
                throw new IllegalArgumentException("class " + c + " is outside [0, " + cm.size() + ")");
            }
            if (seen[c]) {
                throw new IllegalArgumentException("class " + c + " is listed twice");
            }
            seen[c] = true;
        }
        return classes.clone();
    }
}
