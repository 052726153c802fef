package org.avrs.bench.recommend;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.algo.ImplicitAls;
import org.avrs.recommend.data.InteractionLog;

/**
 * Trains implicit ALS (f 32, 15 iterations) on a synthetic log the size of MovieLens 25M (25,000,095
 * ratings, 162,541 viewers, 62,423 videos; see {@link SyntheticRatings}) and reports generation and fit
 * times and the peak heap, to show that a 25M-row log fits and trains in an 8 GB heap. Run with -Xmx8g.
 *
 * <p>Usage: ScaleRun RESULTS_DIR [rows] [iterations] [threads]
 */
public final class ScaleRun {

    private ScaleRun() {
    }

    public static void main(String[] args) throws Exception {
        Path results = Path.of(args[0]);
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 25_000_095L;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        long t0 = System.nanoTime();
        InteractionLog log = SyntheticRatings.generate(162_541, 62_423, rows, 25);
        double gen = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "generated %,d rows in %.1f s%n", log.size(), gen);
        ImplicitAls.Config c = ImplicitAls.Config.defaults();
        ImplicitAls als = new ImplicitAls(new ImplicitAls.Config(c.factors(), iterations, c.lambda(), c.alpha(),
                c.weightedLambda(), c.binarize(), c.cgSteps(), threads, c.seed()));
        long t1 = System.nanoTime();
        Model model = als.fit(log);
        double fit = (System.nanoTime() - t1) / 1e9;
        int recs = model.recommend(log.viewers().id(0), Context.none(), 10).size();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        String json = String.format(Locale.ROOT, "{\"rows\": %d, \"viewers\": %d, \"videos\": %d, \"algorithm\": \"ials\", "
                + "\"factors\": %d, \"iterations\": %d, \"threads\": %d, \"generateSeconds\": %.1f, \"fitSeconds\": %.1f, "
                + "\"maxHeapMiB\": %d, \"peakHeapUsedMiB\": %d, \"top10Returned\": %d, \"java\": \"%s\", \"loadAverage\": %.2f}%n",
                log.size(), log.viewers().size(), log.videos().size(), c.factors(), iterations, threads, gen, fit,
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20, recs, Runtime.version(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.print(json);
        Files.createDirectories(results);
        Files.writeString(results.resolve("recommend-scale-25m.json"), json);
    }
}
