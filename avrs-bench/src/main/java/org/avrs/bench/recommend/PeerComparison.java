package org.avrs.bench.recommend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.algo.Als;
import org.avrs.recommend.context.Camf;
import org.avrs.recommend.algo.Bpr;
import org.avrs.recommend.algo.ImplicitAls;
import org.avrs.recommend.algo.ItemKnn;
import org.avrs.recommend.algo.Popularity;
import org.avrs.recommend.algo.UserKnn;
import org.avrs.recommend.data.TrainTest;
import org.avrs.recommend.eval.EvalResult;
import org.avrs.recommend.eval.Evaluator;
import org.avrs.recommend.eval.Report;
import org.avrs.recommend.io.MovieLens;

/**
 * AVRS's recommenders and the peers' outputs on the fixed split split-seed42, measured by one
 * evaluator (README protocol: relevance = rating ≥ 4, rank all unseen training films, k = 10; RMSE over
 * test rows with user and film in train). Fit times: AVRS's first fit in the JVM ("cold", JIT warm-up
 * included) and the median of three later fits ("warm"); peers' fit times are read from their JSON
 * (Spark start-up excluded). Writes {@code recommend-movielens-split42.{json,md,html}}.
 *
 * <p>Usage: PeerComparison SPLIT_DIR PEER_OUT_DIR RESULTS_DIR [threads]
 */
public final class PeerComparison {

    private PeerComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path splitDir = Path.of(args[0]);
        Path peers = Path.of(args[1]);
        Path results = Path.of(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Files.createDirectories(results);
        TrainTest split = MovieLens.loadSplit(splitDir);
        Evaluator evaluator = new Evaluator(Evaluator.Config.defaults());
        List<Recommender> ours = List.of(
                new Popularity(Popularity.Config.defaults()),
                new ItemKnn(ItemKnn.Config.defaults()),
                new ItemKnn(ItemKnn.Config.explicitDefaults()),
                new UserKnn(UserKnn.Config.defaults()),
                new Camf(Camf.Config.biasedMf()),
                new Bpr(Bpr.Config.defaults()),
                new ImplicitAls(withThreads(ImplicitAls.Config.defaults(), threads)),
                new Als(withThreads(Als.Config.defaults(), threads)));
        List<EvalResult> rows = new ArrayList<>();
        Map<String, double[]> times = new LinkedHashMap<>();
        for (Recommender r : ours) {
            long t0 = System.nanoTime();
            Model model = r.fit(split.train());
            double cold = (System.nanoTime() - t0) / 1e9;
            double[] warm = new double[3];
            for (int i = 0; i < warm.length; i++) {
                long t = System.nanoTime();
                r.fit(split.train());
                warm[i] = (System.nanoTime() - t) / 1e9;
            }
            Arrays.sort(warm);
            EvalResult e = evaluator.evaluate(model, split, cold);
            String label = label(r);
            rows.add(rename(e, label));
            times.put(label, new double[] {cold, warm[1]});
            System.err.printf(Locale.ROOT, "%s: cold %.3f s, warm %.3f s, nDCG@10 %.4f%n", label, cold, warm[1],
                    e.metric("nDCG@10"));
        }
        Map<String, Double> peerFit = new LinkedHashMap<>();
        for (String peer : List.of("spark-ials", "spark-als", "librec-bpr", "librec-wrmf", "librec-biasedmf",
                "librec-itemknn")) {
            Path recs = peers.resolve("recs-" + peer + ".csv");
            if (!Files.exists(recs)) {
                System.err.println("no output of peer " + peer + " in " + peers);
                continue;
            }
            Path preds = peers.resolve("pred-" + peer + ".csv");
            double fit = PeerJson.fitSeconds(peers, peer);
            peerFit.put(peer, fit);
            EvalResult e = evaluator.evaluate(new PeerOutput(peer, split.train(), recs, preds), split, fit);
            if (Files.readAllLines(recs).size() <= 1) { // a rating-only peer: no lists, so no ranking metrics
                Map<String, Double> ratingOnly = new LinkedHashMap<>();
                for (String key : List.of("RMSE", "MAE", "ratingRows")) {
                    ratingOnly.put(key, e.metric(key));
                }
                e = new EvalResult(e.algorithm(), e.config(), fit, ratingOnly, Map.of(), new long[0]);
            }
            rows.add(e);
        }
        String text = Report.table(rows);
        System.out.println(text);
        StringBuilder md = new StringBuilder("# AVRS recommenders vs peers on split-seed42 (ml-latest-small)\n\n")
                .append(environment(threads)).append("\n```\n").append(text).append("```\n\n")
                .append("## Fit time, AVRS cold / warm (seconds) and ratio to Spark\n\n");
        for (var e : times.entrySet()) {
            md.append(String.format(Locale.ROOT, "- %s: cold %.3f, warm %.3f%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
        }
        ratio(md, times, peerFit, "ials", "spark-ials");
        ratio(md, times, peerFit, "als", "spark-als");
        Files.writeString(results.resolve("recommend-movielens-split42.md"), md.toString());
        Files.writeString(results.resolve("recommend-movielens-split42.json"), Report.json(rows, List.of()));
        Files.writeString(results.resolve("recommend-movielens-split42.html"),
                Report.html("AVRS vs peers on split-seed42", rows, "nDCG@10"));
    }

    private static void ratio(StringBuilder md, Map<String, double[]> ours, Map<String, Double> peers, String mine,
            String peer) {
        if (ours.containsKey(mine) && peers.containsKey(peer)) {
            double p = peers.get(peer);
            md.append(String.format(Locale.ROOT, "- %s / %s fit-time ratio: %.1f× (cold), %.1f× (warm)%n", peer, mine,
                    p / ours.get(mine)[0], p / ours.get(mine)[1]));
        }
    }

    private static String environment(int threads) {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "Java %s, %d processors, AVRS threads %d, load average at the end %.2f "
                + "(a shared 2-core machine: absolute times vary with load; ratios come from one run).%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), threads, load);
    }

    private static String label(Recommender r) {
        if (r instanceof ItemKnn k && k.config().explicit()) {
            return "itemknn-explicit";
        }
        return r.name();
    }

    private static EvalResult rename(EvalResult e, String name) {
        return new EvalResult(name, e.config(), e.fitSeconds(), e.metrics(), e.perViewer(), e.viewerIds());
    }

    private static ImplicitAls.Config withThreads(ImplicitAls.Config c, int threads) {
        return new ImplicitAls.Config(c.factors(), c.iterations(), c.lambda(), c.alpha(), c.weightedLambda(), c.binarize(),
                c.cgSteps(), threads, c.seed());
    }

    private static Als.Config withThreads(Als.Config c, int threads) {
        return new Als.Config(c.factors(), c.iterations(), c.lambda(), c.weightedLambda(), c.cgSteps(), threads, c.seed());
    }
}
