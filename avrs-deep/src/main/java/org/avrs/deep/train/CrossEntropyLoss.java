package org.avrs.deep.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * Class-weighted cross-entropy on a batch: with log-probabilities ℓ_i = log softmax(z_i) (or the
 * network's own log-probabilities), labels y_i and class weights w,
 * L = Σ_i w_{y_i}·(−ℓ_{i,y_i}) / Σ_i w_{y_i}, the weighted mean that PyTorch's
 * {@code CrossEntropyLoss(weight=w)} / {@code NLLLoss(weight=w)} compute. Without weights it is
 * the plain mean. Labels arrive as class indices of shape (batch).
 */
final class CrossEntropyLoss extends Loss {

    private final float[] classWeights;
    private final boolean fromLogits;

    /**
     * @param classWeights one weight per class, or null for equal weights
     * @param fromLogits true when predictions are logits, false when they are log-probabilities
     */
    CrossEntropyLoss(float[] classWeights, boolean fromLogits) {
        super("CrossEntropy");
        this.classWeights = classWeights == null ? null : classWeights.clone();
        this.fromLogits = fromLogits;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray scores = predictions.singletonOrThrow();
        NDArray logp = fromLogits ? scores.logSoftmax(1) : scores;
        int k = (int) scores.getShape().get(1);
        NDArray onehot = labels.singletonOrThrow().oneHot(k);
        NDArray nll = onehot.mul(logp).sum(new int[] {1}).neg();
        if (classWeights == null) {
            return nll.mean();
        }
        NDArray w = onehot.mul(scores.getManager().create(classWeights)).sum(new int[] {1});
        return nll.mul(w).sum().div(w.sum());
    }
}
