package org.avrs.recommend.context;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.avrs.recommend.Component;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.data.BinaryIo;
import org.avrs.recommend.data.IdMap;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;

/**
 * Item splitting (Baltrunas and Ricci, "Context-based splitting of item ratings in collaborative
 * filtering", RecSys 2009, doi:10.1145/1639714.1639759; "Experimental evaluation of context-dependent
 * collaborative filtering using item splitting", UMUAI 24:7–34, 2014, doi:10.1007/s11257-012-9137-9)
 * with the viewer's emotion as the contextual factor: a video whose ratings differ between an emotion c
 * and all other situations is split into two virtual videos, (i, c) and (i, not c), and a context-free
 * biased MF is fitted on the split log; a request in emotion c is scored on (i, c), any other on (i, not c).
 *
 * <p>Impurity criterion (the paper's t_mean): for each emotion c with at least {@code minRatings}
 * ratings on both sides, t = (μ_c − μ_¬c) / √(s²_c/n_c + s²_¬c/n_¬c) (sample variances); the emotion with
 * the largest |t| splits the video when |t| &gt; {@code threshold} (ratings without an emotion count as ¬c).
 */
public final class ItemSplitting extends Component<ItemSplitting.Config> {

    /**
     * @param minRatings fewest ratings on each side of a split, ≥ 2
     * @param threshold smallest |t| that splits, ≥ 0
     */
    public record Config(int minRatings, double threshold) {
        public Config {
            if (minRatings < 2 || !(threshold >= 0)) {
                throw new IllegalArgumentException("minRatings " + minRatings + " must be >= 2 and threshold "
                        + threshold + " >= 0");
            }
        }

        /**
         * At least 5 ratings a side, |t| &gt; 2.7: about p &lt; 0.05/7 two-sided for moderate n, a Bonferroni
         * correction for trying seven emotions per video (with |t| &gt; 2, 27 of 60 videos split on a
         * generated log without any emotion effect).
         */
        public static Config defaults() {
            return new Config(5, 2.7);
        }
    }

    /** Virtual ids: video index × SLOTS + (the split emotion, or 0 for "not c" and unsplit videos). */
    private static final int SLOTS = Conditions.EMOTIONS;

    public ItemSplitting(Config config) {
        super(config);
    }

    @Override
    public String name() {
        return "itemsplit";
    }

    private static Recommender base() {
        return new Camf(Camf.Config.biasedMf());
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        int[] split = new int[log.videos().size()];
        SparseRows byVideo = log.byVideo();
        for (int i = 0; i < split.length; i++) {
            double best = config.threshold();
            for (int c = 1; c < Conditions.EMOTIONS; c++) {
                double[] in = new double[3];
                double[] out = new double[3];
                for (int p = byVideo.start(i); p < byVideo.end(i); p++) {
                    double[] side = Conditions.emotion(log.context(byVideo.logRow(p))) == c ? in : out;
                    double r = byVideo.value(p);
                    side[0]++;
                    side[1] += r;
                    side[2] += r * r;
                }
                double t = welch(in, out);
                if (in[0] >= config.minRatings() && out[0] >= config.minRatings() && Math.abs(t) > best) {
                    best = Math.abs(t);
                    split[i] = c;
                }
            }
        }
        InteractionLog.Builder b = InteractionLog.builder();
        for (int u = 0; u < log.viewers().size(); u++) {
            b.addViewer(log.viewers().id(u)); // same viewer numbering as the original log
        }
        for (int r = 0; r < log.size(); r++) {
            int i = log.video(r);
            Context c = log.context(r);
            b.add(log.viewers().id(log.viewer(r)), virtualId(i, split, Conditions.emotion(c)), log.value(r), log.time(r), c);
        }
        Model inner = base().fit(b.build());
        return new Fitted(config, log.viewers(), log.videos(), log.byViewer(), split, inner);
    }

    private static long virtualId(int video, int[] split, int emotion) {
        return (long) video * SLOTS + (split[video] != 0 && split[video] == emotion ? emotion : 0);
    }

    /** Welch's t of two samples given as {n, Σx, Σx²}; 0 when a side has fewer than two values or no spread. */
    private static double welch(double[] a, double[] b) {
        if (a[0] < 2 || b[0] < 2) {
            return 0;
        }
        double ma = a[1] / a[0];
        double mb = b[1] / b[0];
        double va = (a[2] - a[0] * ma * ma) / (a[0] - 1);
        double vb = (b[2] - b[0] * mb * mb) / (b[0] - 1);
        double se = Math.sqrt(Math.max(0, va) / a[0] + Math.max(0, vb) / b[0]);
        return se > 0 ? (ma - mb) / se : 0;
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        Config c = ConfigJson.read(h.configJson(), Config.class);
        int[] split = BinaryIo.readInts(h.in());
        Model.checkLength("split emotions", split.length, h.videos().size());
        return new Fitted(c, h.viewers(), h.videos(), h.history(), split, Model.readNested(h.in(), base()));
    }

    /** How many videos were split (for reports). */
    public static int splitCount(Model model) {
        return model instanceof Fitted f ? (int) java.util.Arrays.stream(f.split).filter(s -> s != 0).count() : 0;
    }

    private static final class Fitted extends Model {
        private final int[] split;
        private final Model inner;

        Fitted(Config config, IdMap viewers, IdMap videos, SparseRows history, int[] split, Model inner) {
            super("itemsplit", config, viewers, videos, history);
            this.split = split;
            this.inner = inner;
        }

        @Override
        public boolean predictsRatings() {
            return true;
        }

        @Override
        public void scoreAll(int viewer, Context context, double[] out) {
            int e = Conditions.emotion(context);
            for (int i = 0; i < out.length; i++) {
                out[i] = scoreOf(viewer, i, e, context);
            }
        }

        @Override
        public double score(int viewer, int video, Context context) {
            return scoreOf(viewer, video, Conditions.emotion(context), context);
        }

        private double scoreOf(int viewer, int video, int emotion, Context context) {
            int v = inner.videos().indexOf(virtualId(video, split, emotion));
            return v < 0 ? Double.NaN : inner.score(hasHistory(viewer) ? viewer : -1, v, context);
        }

        @Override
        protected void writeState(DataOutputStream out) throws IOException {
            BinaryIo.writeInts(out, split);
            Model.writeNested(out, inner);
        }
    }
}
