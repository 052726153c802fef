package org.avrs.sensing.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.avrs.core.InvalidInputException;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.io.AtomicFiles;
import org.avrs.core.protocol.Protocol;
import org.avrs.core.protocol.Split;
import org.avrs.deep.io.Json;
import org.avrs.deep.train.EpochListener;
import org.avrs.deep.train.EpochReport;
import org.avrs.signal.io.WavReader;

/**
 * Speaker-independent evaluation of the CRNN pipeline. Per split of the protocol: the network is
 * trained on the training speakers' images plus their augmented copies, stopped early on the
 * validation speaker's clean images when the protocol has one (P7's 8 / 1 / 1 rotation), and scored on
 * the test speaker's clean images. Each recording contributes its first segment.
 *
 * <p>Augmented copies are drawn per recording from a generator seeded by (seed, recording, copy), so
 * a recording's copies are the same in every fold in which its speaker trains; a test or validation
 * speaker's copies are never used in that fold.
 *
 * <p>Resumable: with a fold folder, each finished fold is written there as JSON (atomically) with the
 * key of everything that determines it; a later run with the same key reuses it instead of training.
 */
public final class CrnnEvaluation {

    /** What a long run reports. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        /** A fold finished (trained or reused). */
        default void foldDone(String fold, int done, int total, boolean reused) {
        }

        /** Augmented copies made so far, before the folds of a seed (only when computing them). */
        default void augmenting(int done, int total) {
        }

        /** An epoch of the current fold finished. */
        default void epoch(String fold, EpochReport report) {
        }
    }

    /**
     * A corpus turned into network inputs once: each recording's 16 kHz samples and the feature image of
     * its first segment.
     */
    public record Prepared(Dataset<Path> corpus, SegmentFeatures features, List<float[]> samples16k,
                           List<float[]> images, FeatureCache cache) {
        public Prepared {
            samples16k = List.copyOf(samples16k);
            images = List.copyOf(images);
        }
    }

    private CrnnEvaluation() {
    }

    /**
     * Reads and featurises every recording, in parallel; with a cache, the feature images are read from
     * or stored in it (keyed by the files, labels, segment settings and code version), and so are the
     * augmented copies later.
     *
     * @param cache null for none
     * @param progress told of the number of recordings done (from worker threads)
     * @throws InvalidInputException naming a file that cannot be read
     */
    public static Prepared prepare(Dataset<Path> corpus, SegmentFeatures features, int threads, FeatureCache cache,
                                   IntConsumer progress) {
        List<float[]> samples = parallel(corpus.size(), threads, i -> {
            Path file = corpus.get(i).input();
            return toFloat(SegmentFeatures.samples16k(WavReader.read(file), file.toString()));
        }, n -> { });
        java.util.function.Supplier<double[][]> compute = () -> parallel(corpus.size(), threads,
                i -> toDouble(features.image(features.firstSegment(toDouble(samples.get(i))))), progress)
                .toArray(double[][]::new);
        int size = features.frames() * features.featureCount();
        double[][] images = cache == null ? compute.get()
                : cache.rows(corpus, "segments", features + " code " + SegmentFeatures.CODE_VERSION, size, compute);
        return new Prepared(corpus, features, samples, java.util.Arrays.stream(images).map(CrnnEvaluation::toFloat)
                .toList(), cache);
    }

    /** f(0), …, f(n − 1) computed on {@code threads} threads, in order; InvalidInputException passes through. */
    private static <T> List<T> parallel(int n, int threads, java.util.function.IntFunction<T> f, IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            return pool.submit(() -> IntStream.range(0, n).parallel().mapToObj(i -> {
                T t = f.apply(i);
                progress.accept(done.incrementAndGet());
                return t;
            }).toList()).join();
        } catch (RuntimeException e) {
            Throwable t = e;
            while (!(t instanceof InvalidInputException) && t.getCause() != null) {
                t = t.getCause();
            }
            throw t instanceof InvalidInputException bad ? bad : e;
        } finally {
            pool.shutdown();
        }
    }

    private static float[] toFloat(float[] x) {
        return x;
    }

    private static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }

    private static double[] toDouble(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i];
        }
        return d;
    }

    /**
     * Runs every split with one seed (network initialisation, shuffling, dropout, augmentation).
     *
     * @param foldDir where finished folds are kept for resuming, or null
     * @throws IllegalArgumentException if the protocol cannot split the corpus
     */
    public static SpeechEvaluation run(Prepared data, SpeechAugmentation augmentation, CrnnTrainer trainer,
                                       Protocol protocol, long seed, int threads, Path foldDir, Listener listener) {
        Dataset<Path> corpus = data.corpus();
        List<Split> splits = protocol.splits(corpus);
        Map<Integer, List<float[]>> augmented = null; // made when the first fold has to be trained
        CrnnTrainer seeded = trainer.withTraining(trainer.training().withSeed(seed));
        List<SpeechEvaluation.FoldPredictions> folds = new ArrayList<>();
        for (int k = 0; k < splits.size(); k++) {
            Split split = splits.get(k);
            split.checkDisjoint(corpus);
            String key = String.join("\n", "avrs-speech-crnn-fold 1", corpus.fingerprint(), data.features().toString(),
                    augmentation.toString(), seeded.describe(), protocol.name(), split.name(), "seed " + seed);
            Path file = foldDir == null ? null : foldDir.resolve(String.format(java.util.Locale.ROOT,
                    "seed%d-fold%02d.json", seed, k + 1));
            SpeechEvaluation.FoldPredictions done = file == null ? null : readFold(file, key);
            boolean reused = done != null;
            if (done == null) {
                if (augmented == null) {
                    augmented = augmentAll(data, augmentation, seed, threads, listener);
                }
                done = runFold(data, seeded, split, augmented, listener);
                if (file != null) {
                    writeFold(file, key, corpus.labels().labels(), done);
                }
            }
            folds.add(done);
            listener.foldDone(split.name(), k + 1, splits.size(), reused);
        }
        return SpeechEvaluation.of(protocol.name(), seeded.describe() + " on " + data.features() + ", " + augmentation,
                corpus.labels(), folds);
    }

    private static SpeechEvaluation.FoldPredictions runFold(Prepared data, CrnnTrainer trainer, Split split,
                                                            Map<Integer, List<float[]>> augmented, Listener listener) {
        CrnnTrainer.Fitted fitted = train(data, trainer, split.train(), split.validation(), augmented,
                r -> listener.epoch(split.name(), r));
        try (CrnnSpeechModel model = fitted.model()) {
            int[] test = split.test();
            float[][] p = model.probabilities(pick(data.images(), test));
            int[] predicted = new int[test.length];
            for (int i = 0; i < test.length; i++) {
                predicted[i] = argmax(p[i]);
            }
            return new SpeechEvaluation.FoldPredictions(split.name(), labelsOf(data.corpus(), test), predicted);
        }
    }

    /**
     * A model trained on every speaker except {@code validation}, whose clean images stop training early
     * (the final model of {@code avrs speech train --model crnn}).
     *
     * @throws IllegalArgumentException if the speaker is not in the corpus
     */
    public static CrnnSpeechModel fitAllBut(Prepared data, Group validation, SpeechAugmentation augmentation,
                                            CrnnTrainer trainer, long seed, int threads, EpochListener listener) {
        Dataset<Path> corpus = data.corpus();
        int[] val = IntStream.range(0, corpus.size()).filter(i -> corpus.get(i).group().equals(validation)).toArray();
        if (val.length == 0) {
            throw new IllegalArgumentException("no recordings of " + validation);
        }
        int[] train = IntStream.range(0, corpus.size()).filter(i -> !corpus.get(i).group().equals(validation)).toArray();
        return train(data, trainer.withTraining(trainer.training().withSeed(seed)), train, val,
                augmentAll(data, augmentation, seed, threads, Listener.NONE), listener).model();
    }

    /** Trains on the given recordings and their augmented copies, stopping early on the validation ones. */
    private static CrnnTrainer.Fitted train(Prepared data, CrnnTrainer trainer, int[] train, int[] validation,
                                            Map<Integer, List<float[]>> augmented, EpochListener listener) {
        Dataset<Path> corpus = data.corpus();
        List<float[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int i : train) {
            images.add(data.images().get(i));
            labels.add(corpus.get(i).label());
            for (float[] copy : augmented.getOrDefault(i, List.of())) {
                images.add(copy);
                labels.add(corpus.get(i).label());
            }
        }
        return trainer.fit(data.features(), corpus.labels(), images, labels.stream().mapToInt(Integer::intValue).toArray(),
                pick(data.images(), validation), labelsOf(corpus, validation), listener);
    }

    /**
     * Every recording's augmented images for one seed (through the cache when there is one). A test or
     * validation speaker's copies are made too, but a fold only ever trains on its training speakers'.
     */
    private static Map<Integer, List<float[]>> augmentAll(Prepared data, SpeechAugmentation augmentation, long seed,
                                                          int threads, Listener listener) {
        Map<Integer, List<float[]>> out = new ConcurrentHashMap<>();
        int copies = augmentation.copies();
        if (copies == 0) {
            return out;
        }
        SegmentFeatures f = data.features();
        int size = f.frames() * f.featureCount();
        int n = data.corpus().size();
        java.util.function.Supplier<double[][]> compute = () -> parallel(n, threads, i -> {
            double[] x = toDouble(data.samples16k().get(i));
            double[] row = new double[copies * size];
            for (int c = 0; c < copies; c++) {
                float[] image = f.image(augmentation.augment(x, f.segmentSamples(), copyRandom(seed, i, c)));
                for (int j = 0; j < size; j++) {
                    row[c * size + j] = image[j];
                }
            }
            return row;
        }, done -> listener.augmenting(done, n)).toArray(double[][]::new);
        double[][] rows = data.cache() == null ? compute.get() : data.cache().rows(data.corpus(), "augmented",
                f + " code " + SegmentFeatures.CODE_VERSION + "; " + augmentation + "; seed " + seed,
                copies * size, compute);
        for (int i = 0; i < n; i++) {
            List<float[]> images = new ArrayList<>(copies);
            for (int c = 0; c < copies; c++) {
                images.add(toFloat(java.util.Arrays.copyOfRange(rows[i], c * size, (c + 1) * size)));
            }
            out.put(i, List.copyOf(images));
        }
        return out;
    }

    /** The generator of copy c of recording i under a seed. */
    private static Random copyRandom(long seed, int recording, int copy) {
        return new Random(seed * 1_000_003L + recording * 1_009L + copy);
    }

    private static List<float[]> pick(List<float[]> images, int[] idx) {
        List<float[]> out = new ArrayList<>(idx.length);
        for (int i : idx) {
            out.add(images.get(i));
        }
        return out;
    }

    private static int[] labelsOf(Dataset<Path> corpus, int[] idx) {
        return java.util.Arrays.stream(idx).map(i -> corpus.get(i).label()).toArray();
    }

    private static int argmax(float[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    private static void writeFold(Path file, String key, List<String> labels, SpeechEvaluation.FoldPredictions fold) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("fold", fold.name());
        m.put("labels", labels);
        m.put("truth", java.util.Arrays.stream(fold.truth()).boxed().toList());
        m.put("predicted", java.util.Arrays.stream(fold.predicted()).boxed().toList());
        try {
            AtomicFiles.writeString(file, Json.write(m) + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write fold result " + file, e);
        }
    }

    /** The stored fold, or null when the file is missing, unreadable or made with another key. */
    private static SpeechEvaluation.FoldPredictions readFold(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Map<?, ?> m = (Map<?, ?>) Json.parse(Files.readString(file));
            if (!key.equals(m.get("key"))) {
                return null;
            }
            return new SpeechEvaluation.FoldPredictions((String) m.get("fold"), ints((List<?>) m.get("truth")),
                    ints((List<?>) m.get("predicted")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int[] ints(List<?> values) {
        return values.stream().mapToInt(v -> ((Number) v).intValue()).toArray();
    }
}
