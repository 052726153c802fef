package org.avrs.peers.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.recommendation.ALS;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Peer harness: Spark MLlib ALS (local[2]) on a train/test split of ratings CSV files
 * (userId,movieId,rating,timestamp). Fits implicit ALS (ratings → 1) and explicit ALS with the
 * settings of the AVRS comparison, times each fit alone (session start-up excluded and reported
 * apart), then writes from the learned factors, in plain Java, each user's top-k among the films of
 * the training set the user has not rated (ties to the lower movieId), and for explicit ALS the
 * prediction of every test row whose user and film are in train. AVRS's harness scores these files
 * with its own evaluator, so both sides are measured by the same code.
 *
 * <p>Usage: SparkAlsPeer SPLIT_DIR OUT_DIR [rank iterations lambda alpha k]
 */
public final class SparkAlsPeer {

    public static void main(String[] args) throws IOException {
        Path split = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rank = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 15;
        double lambda = args.length > 4 ? Double.parseDouble(args[4]) : 0.1;
        double alpha = args.length > 5 ? Double.parseDouble(args[5]) : 10;
        int k = args.length > 6 ? Integer.parseInt(args[6]) : 10;
        Files.createDirectories(out);
        List<int[]> trainPairs = new ArrayList<>();
        List<Float> trainRatings = new ArrayList<>();
        read(split.resolve("train.csv"), trainPairs, trainRatings);
        List<int[]> testPairs = new ArrayList<>();
        read(split.resolve("test.csv"), testPairs, new ArrayList<>());

        long s0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().master("local[2]").appName("avrs-peer")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        StructType schema = new StructType().add("user", DataTypes.IntegerType).add("item", DataTypes.IntegerType)
                .add("rating", DataTypes.FloatType);
        List<Row> explicitRows = new ArrayList<>(trainPairs.size());
        List<Row> implicitRows = new ArrayList<>(trainPairs.size());
        for (int i = 0; i < trainPairs.size(); i++) {
            explicitRows.add(RowFactory.create(trainPairs.get(i)[0], trainPairs.get(i)[1], trainRatings.get(i)));
            implicitRows.add(RowFactory.create(trainPairs.get(i)[0], trainPairs.get(i)[1], 1f));
        }
        Dataset<Row> explicitDf = spark.createDataFrame(explicitRows, schema).cache();
        Dataset<Row> implicitDf = spark.createDataFrame(implicitRows, schema).cache();
        explicitDf.count();
        implicitDf.count();
        double startup = (System.nanoTime() - s0) / 1e9;

        ALS base = new ALS().setRank(rank).setMaxIter(iterations).setRegParam(lambda).setUserCol("user")
                .setItemCol("item").setRatingCol("rating").setSeed(42);
        long t0 = System.nanoTime();
        ALSModel implicitModel = base.copy(new org.apache.spark.ml.param.ParamMap()).setImplicitPrefs(true).setAlpha(alpha)
                .fit(implicitDf);
        implicitModel.userFactors().count(); // factors are lazy in parts: force them inside the timing
        double implicitFit = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        ALSModel explicitModel = base.copy(new org.apache.spark.ml.param.ParamMap()).setImplicitPrefs(false)
                .fit(explicitDf);
        explicitModel.userFactors().count();
        double explicitFit = (System.nanoTime() - t1) / 1e9;

        Map<Integer, float[]> iu = factors(implicitModel.userFactors());
        Map<Integer, float[]> ii = factors(implicitModel.itemFactors());
        Map<Integer, float[]> eu = factors(explicitModel.userFactors());
        Map<Integer, float[]> ei = factors(explicitModel.itemFactors());
        spark.stop();

        Map<Integer, Set<Integer>> seen = new HashMap<>();
        for (int[] p : trainPairs) {
            seen.computeIfAbsent(p[0], u -> new HashSet<>()).add(p[1]);
        }
        writeTopK(out.resolve("recs-spark-ials.csv"), iu, ii, seen, k);
        writeTopK(out.resolve("recs-spark-als.csv"), eu, ei, seen, k);
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("pred-spark-als.csv"))) {
            w.write("userId,movieId,prediction\n");
            for (int[] p : testPairs) {
                float[] u = eu.get(p[0]);
                float[] v = ei.get(p[1]);
                if (u != null && v != null) {
                    w.write(p[0] + "," + p[1] + "," + dot(u, v) + "\n");
                }
            }
        }
        String json = String.format(Locale.ROOT, "{\"peer\": \"Spark MLlib %s\", \"master\": \"local[2]\", "
                + "\"java\": \"%s\", \"rank\": %d, \"iterations\": %d, \"lambda\": %s, \"alpha\": %s, "
                + "\"startupSeconds\": %.3f, \"fitSeconds\": {\"spark-ials\": %.3f, \"spark-als\": %.3f}}%n",
                org.apache.spark.package$.MODULE$.SPARK_VERSION(), Runtime.version(), rank, iterations, lambda, alpha,
                startup, implicitFit, explicitFit);
        Files.writeString(out.resolve("spark.json"), json);
        System.out.print(json);
    }

    private static void read(Path csv, List<int[]> pairs, List<Float> ratings) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",");
            pairs.add(new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1])});
            ratings.add(Float.parseFloat(f[2]));
        }
    }

    private static Map<Integer, float[]> factors(Dataset<Row> df) {
        Map<Integer, float[]> m = new HashMap<>();
        for (Row r : df.collectAsList()) {
            List<Object> values = r.getList(1);
            float[] v = new float[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = ((Number) values.get(i)).floatValue();
            }
            m.put(r.getInt(0), v);
        }
        return m;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    private static void writeTopK(Path file, Map<Integer, float[]> users, Map<Integer, float[]> items,
            Map<Integer, Set<Integer>> seen, int k) throws IOException {
        int[] itemIds = items.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("userId,movieId,rank,score\n");
            for (int user : users.keySet().stream().mapToInt(Integer::intValue).sorted().toArray()) {
                float[] u = users.get(user);
                Set<Integer> mine = seen.getOrDefault(user, Set.of());
                int[] best = new int[k];
                double[] bestScore = new double[k];
                int n = 0;
                for (int item : itemIds) { // ascending ids: a later item must beat, not tie, to enter
                    if (mine.contains(item)) {
                        continue;
                    }
                    double s = dot(u, items.get(item));
                    if (n < k || s > bestScore[n - 1]) {
                        int pos = Math.min(n, k - 1);
                        while (pos > 0 && bestScore[pos - 1] < s) {
                            best[pos] = best[pos - 1];
                            bestScore[pos] = bestScore[pos - 1];
                            pos--;
                        }
                        best[pos] = item;
                        bestScore[pos] = s;
                        n = Math.min(k, n + 1);
                    }
                }
                for (int r = 0; r < n; r++) {
                    w.write(user + "," + best[r] + "," + (r + 1) + "," + bestScore[r] + "\n");
                }
            }
        }
    }
}
