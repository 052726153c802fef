package org.avrs.peers.librec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.librec.conf.Configuration;
import net.librec.data.model.TextDataModel;
import net.librec.recommender.AbstractRecommender;
import net.librec.recommender.RecommenderContext;
import net.librec.recommender.cf.ItemKNNRecommender;
import net.librec.recommender.cf.ranking.BPRRecommender;
import net.librec.recommender.cf.ranking.WRMFRecommender;
import net.librec.recommender.cf.rating.BiasedMFRecommender;
import net.librec.recommender.item.RecommendedItem;
import net.librec.similarity.BinaryCosineSimilarity;
import net.librec.similarity.RecommenderSimilarity;

/**
 * Peer harness: LibRec 2.0.0 (GPL-3.0; a separate program, never linked into AVRS) on a train/test
 * split of ratings CSV files. Runs BPR (32 factors, 100 it), WRMF (32 factors, 15 it, α 10), BiasedMF
 * (32 factors, 50 it) and item-kNN (binary cosine, k 50), times each recommend() call (model training;
 * for ranking recommenders LibRec also ranks every user's unseen items inside it), and writes each
 * one's top-k lists (LibRec's own ranking over unseen training items) and, for BiasedMF, its
 * predictions of the test rows whose user and film are in train. AVRS's harness scores the files.
 *
 * <p>Usage: LibRecPeer SPLIT_DIR OUT_DIR [k] [only-these-peers,comma-separated]
 */
public final class LibRecPeer {

    public static void main(String[] args) throws Exception {
        Path split = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<String> only = args.length > 3 ? List.of(args[3].split(",")) : List.of("bpr", "wrmf", "biasedmf", "itemknn");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("librec-peer");
        Files.createDirectories(data.resolve("ml/train"));
        Files.createDirectories(data.resolve("ml/test"));
        stripHeader(split.resolve("train.csv"), data.resolve("ml/train/ratings.txt"));
        stripHeader(split.resolve("test.csv"), data.resolve("ml/test/ratings.txt"));
        Map<String, Double> fit = new LinkedHashMap<>();
        for (String name : only) {
            Configuration conf = new Configuration();
            conf.set("dfs.data.dir", data.toString());
            conf.set("dfs.result.dir", data.resolve("result").toString());
            conf.set("data.input.path", "ml");
            conf.set("data.column.format", "UIR");
            conf.set("data.model.splitter", "testset");
            conf.set("data.testset.path", "ml/test");
            conf.set("data.model.format", "text");
            conf.set("rec.random.seed", "42");
            conf.set("rec.recommender.ranking.topn", String.valueOf(k));
            conf.set("rec.factor.number", "32");
            conf.set("rec.eval.enable", "false");
            AbstractRecommender rec;
            boolean ranking = !name.equals("biasedmf");
            conf.set("rec.recommender.isranking", String.valueOf(ranking));
            switch (name) {
                case "bpr" -> {
                    conf.set("rec.iterator.maximum", "100");
                    conf.set("rec.iterator.learnrate", "0.01");
                    conf.set("rec.user.regularization", "0.01");
                    conf.set("rec.item.regularization", "0.01");
                    rec = new BPRRecommender();
                }
                case "wrmf" -> {
                    conf.set("rec.iterator.maximum", "15");
                    conf.set("rec.wrmf.weight.coefficient", "10");
                    conf.set("rec.user.regularization", "0.1");
                    conf.set("rec.item.regularization", "0.1");
                    conf.set("data.convert.binarize.threshold", "0");
                    rec = new WRMFRecommender();
                }
                case "biasedmf" -> {
                    conf.set("rec.iterator.maximum", "50");
                    conf.set("rec.iterator.learnrate", "0.01");
                    conf.set("rec.user.regularization", "0.01");
                    conf.set("rec.item.regularization", "0.01");
                    conf.set("rec.bias.regularization", "0.01");
                    rec = new BiasedMFRecommender();
                }
                case "itemknn" -> {
                    conf.set("rec.neighbors.knn.number", "50");
                    conf.set("rec.recommender.similarity.key", "item");
                    conf.set("rec.recommender.similarities", "item");
                    conf.set("data.convert.binarize.threshold", "0");
                    rec = new ItemKNNRecommender();
                }
                default -> throw new IllegalArgumentException("unknown LibRec peer " + name);
            }
            TextDataModel model = new TextDataModel(conf);
            model.buildDataModel();
            RecommenderContext context = new RecommenderContext(conf, model);
            if (name.equals("itemknn")) {
                RecommenderSimilarity sim = new BinaryCosineSimilarity();
                sim.buildSimilarityMatrix(model);
                context.setSimilarity(sim);
            }
            long t0 = System.nanoTime();
            rec.recommend(context);
            double seconds = (System.nanoTime() - t0) / 1e9;
            fit.put("librec-" + name, seconds);
            System.err.printf(Locale.ROOT, "librec %s: %.2f s%n", name, seconds);
            List<RecommendedItem> list = rec.getRecommendedList();
            if (ranking) {
                writeRanked(out.resolve("recs-librec-" + name + ".csv"), list);
            } else {
                writePredictions(out.resolve("pred-librec-" + name + ".csv"), list);
                Files.writeString(out.resolve("recs-librec-" + name + ".csv"), "userId,movieId,rank\n");
            }
        }
        StringBuilder json = new StringBuilder("{\"peer\": \"LibRec 2.0.0\", \"java\": \"" + Runtime.version()
                + "\", \"fitSeconds\": {");
        int i = 0;
        for (var e : fit.entrySet()) {
            json.append(i++ == 0 ? "" : ", ").append('"').append(e.getKey()).append("\": ")
                    .append(String.format(Locale.ROOT, "%.3f", e.getValue()));
        }
        json.append("}}\n");
        Files.writeString(out.resolve("librec.json"), json);
        System.out.print(json);
    }

    private static void stripHeader(Path csv, Path txt) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> body = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            if (f.length >= 3) {
                body.add(f[0] + " " + f[1] + " " + f[2]);
            }
        }
        Files.write(txt, body);
    }

    private static void writeRanked(Path file, List<RecommendedItem> list) throws IOException {
        Map<String, Integer> rank = new LinkedHashMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("userId,movieId,rank,score\n");
            for (RecommendedItem r : list) {
                int position = rank.merge(r.getUserId(), 1, Integer::sum);
                w.write(r.getUserId() + "," + r.getItemId() + "," + position + "," + r.getValue() + "\n");
            }
        }
    }

    private static void writePredictions(Path file, List<RecommendedItem> list) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("userId,movieId,prediction\n");
            for (RecommendedItem r : list) {
                w.write(r.getUserId() + "," + r.getItemId() + "," + r.getValue() + "\n");
            }
        }
    }
}
