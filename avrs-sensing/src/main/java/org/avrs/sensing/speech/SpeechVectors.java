package org.avrs.sensing.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.avrs.signal.io.WavReader;

/**
 * Turns a corpus of WAV files into feature vectors, in parallel, reporting progress. A file that cannot
 * be read stops the run with an {@link org.avrs.core.InvalidInputException} naming it.
 */
public final class SpeechVectors {

    private SpeechVectors() {
    }

    /**
     * @param progress called with the number of files done so far (from worker threads)
     */
    public static Dataset<double[]> extract(Dataset<Path> corpus, UtteranceFeatures features, int threads,
                                            IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Math.max(1, threads));
        try {
            double[][] vectors = pool.submit(() -> corpus.samples().parallelStream().map(s -> {
                double[] v = features.extract(WavReader.read(s.input()), s.input().toString());
                progress.accept(done.incrementAndGet());
                return v;
            }).toArray(double[][]::new)).join();
            List<Sample<double[]>> out = new ArrayList<>(vectors.length);
            for (int i = 0; i < vectors.length; i++) {
                out.add(corpus.get(i).withInput(vectors[i]));
            }
            return new Dataset<>(corpus.name(), corpus.labels(), out);
        } catch (RuntimeException e) {
            // ForkJoin wraps a worker's exception once more; report the original.
            Throwable t = e;
            while (!(t instanceof org.avrs.core.InvalidInputException) && t.getCause() != null) {
                t = t.getCause();
            }
            throw t instanceof org.avrs.core.InvalidInputException bad ? bad : e;
        } finally {
            pool.shutdown();
        }
    }
}
