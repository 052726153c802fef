package org.avrs.recommend;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.avrs.recommend.data.IdMap;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;

/**
 * A fitted recommender: scores videos for a viewer in a context.
 *
 * <p>Viewers and videos are numbered densely by the training log's id maps; the {@code int} methods
 * take those indices, the {@code long} ones external ids. <b>Unknown ids:</b> a viewer the training log
 * does not know, or knows without any interaction, gets the model's viewer-independent scores where it
 * has them (biases, popularity) and otherwise none (an empty recommendation list, NaN predictions); an
 * unknown video gets a NaN prediction and is never recommended. Videos without training interactions
 * are not recommended unless the model can score them from content ({@link #recommendable}).
 * Recommendations never repeat a video the viewer interacted with in training.
 *
 * <p>Saved models ({@link #save}) carry a format version, the algorithm name and its config; the
 * algorithm's {@link Recommender#load} reads them back and gives equal scores.
 */
public abstract class Model {

    private static final String MAGIC = "AVRS-RECOMMEND-MODEL";
    private static final int FORMAT_VERSION = 1;

    protected final IdMap viewers;
    protected final IdMap videos;
    /** Training interactions by viewer: what not to recommend again, and each viewer's history. */
    protected final SparseRows history;
    private final long[] videoIds;
    private final boolean[] trained;

    private final String algorithm;
    private final Record config;

    /**
     * @param algorithm the algorithm name (as {@link Recommender#name()})
     * @param config the configuration it was fitted with
     */
    protected Model(String algorithm, Record config, IdMap viewers, IdMap videos, SparseRows history) {
        this.algorithm = java.util.Objects.requireNonNull(algorithm, "algorithm");
        this.config = java.util.Objects.requireNonNull(config, "config");
        this.viewers = viewers;
        this.videos = videos;
        this.history = history;
        this.videoIds = videos.ids();
        this.trained = new boolean[videos.size()];
        for (int p = 0; p < history.entries(); p++) {
            trained[history.col(p)] = true;
        }
    }

    /** A model over a training log's ids and history. */
    protected Model(String algorithm, Record config, InteractionLog train) {
        this(algorithm, config, train.viewers(), train.videos(), train.byViewer());
    }

    /** The algorithm name (as {@link Recommender#name()}). */
    public final String algorithm() {
        return algorithm;
    }

    /** The configuration it was fitted with. */
    public final Record config() {
        return config;
    }

    /**
     * Writes every video's score for a viewer into {@code out} (indexed by dense video index; NaN = no
     * score).
     *
     * @param viewer dense viewer index, or -1 for an unknown viewer
     */
    public abstract void scoreAll(int viewer, Context context, double[] out);

    /** The score of one video for one viewer (dense indices; viewer -1 = unknown); NaN when none. */
    public double score(int viewer, int video, Context context) {
        double[] all = new double[videos.size()];
        scoreAll(viewer, context, all);
        return all[video];
    }

    /** Whether scores are predicted ratings on the training values' scale (so RMSE and MAE apply). */
    public boolean predictsRatings() {
        return false;
    }

    /** Whether a video may be recommended: by default, when it has training interactions. */
    protected boolean recommendable(int video) {
        return trained[video];
    }

    /** Whether a video has at least one training interaction. */
    public boolean trained(int video) {
        return trained[video];
    }

    /** Writes the learned state after the common header. */
    protected abstract void writeState(DataOutputStream out) throws IOException;

    public IdMap viewers() {
        return viewers;
    }

    public IdMap videos() {
        return videos;
    }

    /** Training history by viewer. */
    public SparseRows history() {
        return history;
    }

    /** The dense index of a viewer id, -1 when unknown. */
    public int viewerIndex(long viewerId) {
        return viewers.indexOf(viewerId);
    }

    /** Whether the viewer is known and has at least one training interaction. */
    public boolean hasHistory(int viewer) {
        return viewer >= 0 && viewer < history.size() && history.count(viewer) > 0;
    }

    /** The predicted score of a video for a viewer by external ids; NaN for an unknown video or no score. */
    public double predict(long viewerId, long videoId, Context context) {
        int video = videos.indexOf(videoId);
        if (video < 0) {
            return Double.NaN;
        }
        return score(viewers.indexOf(viewerId), video, context);
    }

    /** The k best videos for a viewer, none the viewer saw in training, best first. */
    public List<ScoredVideo> recommend(long viewerId, Context context, int k) {
        int viewer = viewers.indexOf(viewerId);
        double[] scores = new double[videos.size()];
        scoreAll(viewer, context, scores);
        int[] top = TopK.select(scores, k, i -> recommendable(i) && !seen(viewer, i), videoIds);
        return toList(top, scores);
    }

    /**
     * The k best among given candidate ids (unknown ids are skipped, seen ones too), best first.
     */
    public List<ScoredVideo> recommend(long viewerId, Context context, int k, long[] candidates) {
        int viewer = viewers.indexOf(viewerId);
        double[] scores = new double[videos.size()];
        scoreAll(viewer, context, scores);
        boolean[] allowed = new boolean[videos.size()];
        for (long id : candidates) {
            int v = videos.indexOf(id);
            if (v >= 0) {
                allowed[v] = true;
            }
        }
        int[] top = TopK.select(scores, k, i -> allowed[i] && recommendable(i) && !seen(viewer, i), videoIds);
        return toList(top, scores);
    }

    private boolean seen(int viewer, int video) {
        return viewer >= 0 && viewer < history.size() && history.contains(viewer, video);
    }

    private List<ScoredVideo> toList(int[] top, double[] scores) {
        List<ScoredVideo> out = new ArrayList<>(top.length);
        for (int i : top) {
            out.add(new ScoredVideo(videoIds[i], scores[i]));
        }
        return out;
    }

    /** Saves the model (header, ids, history, learned state); the stream is flushed, not closed. */
    public final void save(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        d.writeUTF(MAGIC);
        d.writeInt(FORMAT_VERSION);
        d.writeUTF(algorithm());
        d.writeUTF(ConfigJson.write(config()));
        viewers.write(d);
        videos.write(d);
        history.write(d);
        writeState(d);
        d.flush();
    }

    /** The common part of a saved model, read by {@link #readHeader}. */
    public record Header(DataInputStream in, String configJson, IdMap viewers, IdMap videos, SparseRows history) {
    }

    /**
     * Reads the common header of a saved model.
     *
     * @throws IOException if it is not a saved model of the named algorithm in this format version
     */
    public static Header readHeader(InputStream stream, String algorithm) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream, 1 << 16));
        String magic;
        try {
            magic = in.readUTF();
        } catch (IOException e) {
            throw new IOException("not a saved AVRS recommender model (" + e.getMessage() + ")", e);
        }
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a saved AVRS recommender model");
        }
        int version = in.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("saved model format version " + version + " is not supported (this build reads "
                    + FORMAT_VERSION + ")");
        }
        String name = in.readUTF();
        if (!name.equals(algorithm)) {
            throw new IOException("saved model is a '" + name + "' model, not '" + algorithm + "'");
        }
        String config = in.readUTF();
        IdMap viewers = IdMap.read(in);
        IdMap videos = IdMap.read(in);
        SparseRows history = SparseRows.read(in);
        if (history.size() != viewers.size()) {
            throw new IOException("saved model history covers " + history.size() + " viewers, ids " + viewers.size());
        }
        return new Header(in, config, viewers, videos, history);
    }

    /** Writes a model inside another model's state (length-prefixed, so the reader cannot over-read). */
    public static void writeNested(DataOutputStream out, Model model) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        model.save(bytes);
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    /** Reads a model {@link #writeNested} wrote, with the algorithm that made it. */
    public static Model readNested(java.io.DataInput in, Recommender algorithm) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("saved model: nested model length " + n);
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return algorithm.load(new java.io.ByteArrayInputStream(bytes));
    }

    /** Fails unless an array read back has the length the ids imply. */
    public static void checkLength(String what, int actual, long expected) throws IOException {
        if (actual != expected) {
            throw new IOException("saved model: " + what + " has " + actual + " values, expected " + expected);
        }
    }

    @Override
    public String toString() {
        return algorithm() + ConfigJson.write(config()) + " over " + viewers.size() + " viewers, "
                + videos.size() + " videos";
    }

    /** Fills an array with NaN (no score). */
    protected static void noScores(double[] out) {
        Arrays.fill(out, Double.NaN);
    }
}
