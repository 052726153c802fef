package org.avrs.bench.deep;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.avrs.deep.DeepClassifier;
import org.avrs.deep.DeepEngine;
import org.avrs.deep.block.Crnn;
import org.avrs.deep.block.NetworkConfig;
import org.avrs.deep.block.ShallowConvNet;
import org.avrs.deep.train.ClassificationData;
import org.avrs.deep.train.ClassifierTrainer;
import org.avrs.deep.train.EpochListener;
import org.avrs.deep.train.TrainConfig;

/**
 * Times one training step of avrs-deep's networks through the real trainer: a data set of exactly
 * one mini-batch, trained for warm-up + measured "epochs", so each epoch is one step (shuffle,
 * batch copy into native memory, forward, cross-entropy, backward, Adam update). The time of a step
 * is the interval between successive epoch callbacks, in wall time and in CPU time of the training
 * thread ({@code cpu_median_ms}; with one PyTorch thread every operator runs on that thread, so it
 * is the step's compute cost even when other processes compete for the core).
 *
 * <p>Usage: {@code TrainStepBench <model> <batch> <steps> <warmup>} with model crnn,
 * shallow-paper03, shallow-paper03-fused, shallow or shallow-fused (the plain ShallowConvNets run the
 * temporal and spatial convolutions one after the other, as braindecode does; "-fused" computes
 * them as one convolution, the avrs-deep default); the
 * PyTorch thread count comes from {@code -Dai.djl.pytorch.num_threads}. Prints one line in the
 * format of bench/peers/torch_train_step.py. Run both with bench/run-deep-train-step.sh.
 */
public final class TrainStepBench {

    private TrainStepBench() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: TrainStepBench <crnn|shallow-paper03[-fused]|shallow[-fused]> <batch> <steps> <warmup>");
            System.exit(2);
        }
        String model = args[0];
        int batch = Integer.parseInt(args[1]);
        int steps = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        NetworkConfig config = switch (model) {
            case "crnn" -> Crnn.Config.defaults(7);
            case "shallow-paper03", "shallow-paper03-fused" -> shallow(ShallowConvNet.Config.paper03(2, 68), model);
            case "shallow", "shallow-fused" -> shallow(ShallowConvNet.Config.defaults(2, 68), model);
            default -> throw new IllegalArgumentException("unknown model " + model);
        };
        long[] shape = model.equals("crnn") ? new long[] {1, 298, 43} : new long[] {512, 68};
        ClassificationData data = randomBatch(batch, shape, config.numClasses());
        try (DeepClassifier net = DeepClassifier.create(config, shape,
                DeepClassifier.numberedLabels(config.numClasses()), "{}", 1)) {
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            List<long[]> stamps = new ArrayList<>();
            EpochListener stamp = r -> stamps.add(new long[] {System.nanoTime(), cpu.getCurrentThreadCpuTime()});
            stamp.onEpoch(null);
            new ClassifierTrainer(TrainConfig.defaults().withMaxEpochs(warmup + steps).withBatch(batch, 1e-3))
                    .fit(net, data, null, stamp);
            double[] wall = new double[steps];
            double[] thread = new double[steps];
            for (int i = 0; i < steps; i++) {
                wall[i] = (stamps.get(warmup + i + 1)[0] - stamps.get(warmup + i)[0]) / 1e6;
                thread[i] = (stamps.get(warmup + i + 1)[1] - stamps.get(warmup + i)[1]) / 1e6;
            }
            System.out.printf("djl model=%s threads=%s params=%d steps=%d median_ms=%.1f min_ms=%.1f mean_ms=%.1f"
                    + " cpu_median_ms=%.1f version=%s%n", model,
                    System.getProperty("ai.djl.pytorch.num_threads", "default"), net.trainableParameterCount(), steps,
                    median(wall), Arrays.stream(wall).min().orElseThrow(), Arrays.stream(wall).average().orElseThrow(),
                    median(thread), DeepEngine.describe().replace(' ', '_'));
        }
    }

    /** The configuration with the first two convolutions fused only for the "-fused" variants. */
    private static ShallowConvNet.Config shallow(ShallowConvNet.Config c, String model) {
        return new ShallowConvNet.Config(c.numClasses(), c.channels(), c.filters(), c.temporalKernel(), c.poolLength(),
                c.poolStride(), c.dropout(), c.batchNormMomentum(), c.logFloor(), model.endsWith("-fused"));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static ClassificationData randomBatch(int n, long[] shape, int classes) {
        int size = (int) Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        Random rnd = new Random(2);
        float[] x = new float[n * size];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rnd.nextGaussian();
        }
        int[] y = new int[n];
        Arrays.setAll(y, i -> i % classes);
        return new ClassificationData(x, shape, y, classes);
    }
}
