package org.avrs.bench.recommend;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.ScoredVideo;
import org.avrs.recommend.algo.ImplicitAls;
import org.avrs.recommend.algo.ItemKnn;
import org.avrs.recommend.data.InteractionLog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one top-10 request for one viewer over a 10,000-video catalog (sample-time mode, so JMH
 * reports p50/p99/p99.9): the model scores every video, drops the viewer's seen ones and keeps the 10
 * best with a bounded heap. Models are fitted once on a synthetic log (3,000 viewers, 10,000 videos,
 * 150,000 interactions); requests cycle through the viewers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TopKBenchmark {

    @Param({"ials", "itemknn"})
    public String algorithm;

    private Model model;
    private long[] viewers;
    private int next;

    @Setup
    public void fit() {
        InteractionLog log = SyntheticRatings.generate(3_000, 10_000, 150_000, 7);
        for (int i = 0; i < 10_000; i++) {
            if (log.videos().indexOf(i + 1) < 0) {
                throw new IllegalStateException("synthetic log misses video " + (i + 1));
            }
        }
        model = switch (algorithm) {
            case "ials" -> new ImplicitAls(ImplicitAls.Config.defaults()).fit(log);
            case "itemknn" -> new ItemKnn(ItemKnn.Config.defaults()).fit(log);
            default -> throw new IllegalArgumentException(algorithm);
        };
        viewers = log.viewers().ids();
    }

    @Benchmark
    public List<ScoredVideo> top10() {
        long viewer = viewers[next];
        next = next + 1 == viewers.length ? 0 : next + 1;
        return model.recommend(viewer, Context.none(), 10);
    }
}
