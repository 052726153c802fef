package org.avrs.sensing.speech;

import java.util.List;
import java.util.Locale;
import org.avrs.core.EmotionSet;
import org.avrs.deep.DeepClassifier;
import org.avrs.deep.block.Crnn;
import org.avrs.deep.train.ClassificationData;
import org.avrs.deep.train.ClassifierTrainer;
import org.avrs.deep.train.EpochListener;
import org.avrs.deep.train.TrainConfig;
import org.avrs.deep.train.TrainingReport;

/**
 * Trains the P7 CRNN on feature images: per-feature standardisation fitted on the training images,
 * then {@link ClassifierTrainer} (Adam, shuffled mini-batches, early stopping on the validation images
 * when there are any).
 *
 * @param network the CRNN's sizes ({@code numClasses} is replaced by the label count at fit time)
 * @param training optimiser, epochs, batch, early stopping
 */
public record CrnnTrainer(Crnn.Config network, TrainConfig training) {

    public CrnnTrainer {
        java.util.Objects.requireNonNull(network, "network");
        java.util.Objects.requireNonNull(training, "training");
    }

    /**
     * The documented CRNN of {@link Crnn.Config#defaults} with P7's optimiser (Adam, η = 10⁻³, at most
     * 60 epochs), batch 64 (P7: 512, too large for two CPU cores), early stopping on the validation
     * speaker's UAR with patience 10.
     */
    public static CrnnTrainer defaults() {
        return new CrnnTrainer(Crnn.Config.defaults(2), TrainConfig.defaults()
                .withEarlyStopping(TrainConfig.Monitor.BALANCED_ACCURACY, 10));
    }

    public CrnnTrainer withTraining(TrainConfig t) {
        return new CrnnTrainer(network, t);
    }

    public CrnnTrainer withNetwork(Crnn.Config n) {
        return new CrnnTrainer(n, training);
    }

    /** A model with its training report. */
    public record Fitted(CrnnSpeechModel model, TrainingReport report) {
    }

    /**
     * @param validationImages may be empty: then all epochs run and the last weights are kept
     * @throws IllegalArgumentException if the images do not match the features' shape
     */
    public Fitted fit(SegmentFeatures features, EmotionSet labels, List<float[]> images, int[] y,
                      List<float[]> validationImages, int[] validationY, EpochListener listener) {
        int f = features.featureCount();
        float[][] stats = standardization(images, f);
        Crnn.Config c = network;
        Crnn.Config sized = new Crnn.Config(labels.size(), c.convChannels(), c.kernelSize(), c.poolTime(), c.poolFeature(),
                c.gruHidden(), c.gruDropout(), c.fcHidden(), c.fcDropout());
        DeepClassifier net = DeepClassifier.create(sized, features.sampleShape(), labels.labels(),
                CrnnSpeechModel.pipelineJson(features, stats[0], stats[1], labels), training.seed());
        CrnnSpeechModel model = new CrnnSpeechModel(net, features, stats[0], stats[1], labels);
        try {
            ClassificationData train = data(model, images, y, features, labels.size());
            ClassificationData validation = validationImages.isEmpty() ? null
                    : data(model, validationImages, validationY, features, labels.size());
            TrainingReport report = new ClassifierTrainer(training).fit(net, train, validation, listener);
            return new Fitted(model, report);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    private static ClassificationData data(CrnnSpeechModel model, List<float[]> images, int[] y, SegmentFeatures features,
                                           int classes) {
        float[][] rows = images.stream().map(model::standardize).toArray(float[][]::new);
        return ClassificationData.of(rows, features.sampleShape(), y, classes);
    }

    /** Mean and population standard deviation (1 when below 1e-6) of each feature column over all frames. */
    static float[][] standardization(List<float[]> images, int f) {
        double[] sum = new double[f];
        double[] sq = new double[f];
        long n = 0;
        for (float[] img : images) {
            for (int i = 0; i < img.length; i++) {
                sum[i % f] += img[i];
                sq[i % f] += (double) img[i] * img[i];
            }
            n += img.length / f;
        }
        float[] mean = new float[f];
        float[] scale = new float[f];
        for (int j = 0; j < f; j++) {
            double m = sum[j] / n;
            double sd = Math.sqrt(Math.max(0, sq[j] / n - m * m));
            mean[j] = (float) m;
            scale[j] = sd > 1e-6 ? (float) sd : 1f;
        }
        return new float[][] {mean, scale};
    }

    public String describe() {
        Crnn.Config c = network;
        return String.format(Locale.ROOT, "crnn(conv=%s k=%d pool=%s/%s, bigru=%s drop=%s, fc=%s drop=%s; adam lr=%s, "
                        + "batch=%d, epochs<=%d, patience=%d on %s, seed=%d; DJL)", c.convChannels(), c.kernelSize(),
                c.poolTime(), c.poolFeature(), c.gruHidden(), c.gruDropout(), c.fcHidden(), c.fcDropout(),
                training.learningRate(), training.batchSize(), training.maxEpochs(), training.patience(),
                training.monitor().name().toLowerCase(Locale.ROOT), training.seed());
    }
}
