package org.avrs.bench.recommend;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.data.InteractionLog;

/**
 * A peer toolkit's output (top-k lists {@code userId,movieId,rank[,score]} and rating predictions
 * {@code userId,movieId,prediction}) served as a {@link Model}, so that AVRS's {@link
 * org.avrs.recommend.eval.Evaluator} measures peers with exactly the code that measures AVRS. A listed
 * video scores k + 1 − rank, an unlisted one NaN; predictions are the peer's own numbers.
 */
final class PeerOutput extends Model {

    private final Map<Integer, double[]> ranked = new HashMap<>();
    private final Map<Long, Double> predictions = new HashMap<>();
    private final boolean ratings;

    PeerOutput(String name, InteractionLog train, Path recs, Path preds) throws IOException {
        super(name, new Peer(name), train);
        int n = videos.size();
        for (String line : lines(recs)) {
            String[] f = line.split(",");
            int u = viewers.indexOf(Long.parseLong(f[0]));
            int i = videos.indexOf(Long.parseLong(f[1]));
            if (u < 0 || i < 0) {
                throw new IOException(recs + ": unknown user or film in line '" + line + "'");
            }
            double[] scores = ranked.computeIfAbsent(u, x -> {
                double[] a = new double[n];
                Arrays.fill(a, Double.NaN);
                return a;
            });
            scores[i] = 1_000_000 - Integer.parseInt(f[2]);
        }
        ratings = preds != null && Files.exists(preds);
        if (ratings) {
            for (String line : lines(preds)) {
                String[] f = line.split(",");
                int u = viewers.indexOf(Long.parseLong(f[0]));
                int i = videos.indexOf(Long.parseLong(f[1]));
                predictions.put(key(u, i), Double.parseDouble(f[2]));
            }
        }
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> all = Files.readAllLines(file);
        return all.subList(1, all.size()).stream().filter(s -> !s.isBlank()).toList();
    }

    private static long key(int u, int i) {
        return ((long) u << 32) | (i & 0xffffffffL);
    }

    /** The config of a peer run: its name (its settings are in the peer's JSON). */
    public record Peer(String name) {
    }

    @Override
    public boolean predictsRatings() {
        return ratings;
    }

    @Override
    public void scoreAll(int viewer, Context context, double[] out) {
        double[] s = ranked.get(viewer);
        if (s == null) {
            Arrays.fill(out, Double.NaN);
        } else {
            System.arraycopy(s, 0, out, 0, out.length);
        }
    }

    @Override
    public double score(int viewer, int video, Context context) {
        if (ratings) {
            return predictions.getOrDefault(key(viewer, video), Double.NaN);
        }
        double[] s = ranked.get(viewer);
        return s == null ? Double.NaN : s[video];
    }

    @Override
    protected void writeState(DataOutputStream out) {
        throw new UnsupportedOperationException("peer output is not saved");
    }
}
