package org.avrs.deep;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;

/**
 * One sample's features (flattened row-major in the model's sample shape) to its class
 * probabilities softmax(z)_k = e^{z_k} / Σ_j e^{z_j} of the network's scores z. Softmax also turns
 * log-probabilities back into probabilities, so it serves networks ending in log-softmax too.
 * Samples are stacked into batches by DJL's default batchifier.
 */
final class ProbabilityTranslator implements Translator<float[], float[]> {

    private final Shape sampleShape;

    ProbabilityTranslator(Shape sampleShape) {
        this.sampleShape = sampleShape;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, float[] sample) {
        if (sample.length != sampleShape.size()) {
            throw new IllegalArgumentException("a sample of shape " + sampleShape + " needs " + sampleShape.size()
                    + " values, got " + sample.length);
        }
        return new NDList(ctx.getNDManager().create(sample, sampleShape));
    }

    @Override
    public float[] processOutput(TranslatorContext ctx, NDList output) {
        return output.singletonOrThrow().softmax(-1).toFloatArray();
    }
}
