package org.avrs.recommend.content;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Component;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.data.IdMap;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;

/**
 * Hybrid of a collaborative (primary) and a content (secondary) recommender (Burke, "Hybrid recommender
 * systems: survey and experiments", UMUAI 12(4):331–370, 2002, doi:10.1023/A:1021240730564):
 * <ul>
 *   <li>SWITCHING: a viewer with history gets the primary's scores; a cold-start viewer (no history,
 *       perhaps a measured affect) the secondary's; videos the primary cannot score (new videos with
 *       only a content profile) are filled in from the secondary below the primary's lowest score;</li>
 *   <li>WEIGHTED: (1 − w)·ρ_1 + w·ρ_2 with ρ each model's score turned into its percentile rank among
 *       the videos it scores (0 worst … 1 best; a video a model does not score counts 0 there), so
 *       that models on different scales can be mixed.</li>
 * </ul>
 */
public final class Hybrid extends Component<Hybrid.Config> {

    /** How the two are combined. */
    public enum Mode { SWITCHING, WEIGHTED }

    /** @param mode the combination; @param weight w of the secondary in WEIGHTED mode, in [0, 1] */
    public record Config(Mode mode, double weight) {
        public Config {
            java.util.Objects.requireNonNull(mode, "mode");
            if (!(weight >= 0 && weight <= 1)) {
                throw new IllegalArgumentException("weight " + weight + " must be in [0, 1]");
            }
        }

        /** Switching (the weight is unused). */
        public static Config defaults() {
            return new Config(Mode.SWITCHING, 0.3);
        }
    }

    private final Recommender primary;
    private final Recommender secondary;

    public Hybrid(Config config, Recommender primary, Recommender secondary) {
        super(config);
        this.primary = java.util.Objects.requireNonNull(primary, "primary");
        this.secondary = java.util.Objects.requireNonNull(secondary, "secondary");
    }

    @Override
    public String name() {
        return "hybrid-" + config.mode().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        return new Fitted(name(), config, log.viewers(), log.videos(), log.byViewer(), primary.fit(log), secondary.fit(log));
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        Config c = ConfigJson.read(h.configJson(), Config.class);
        Model a = Model.readNested(h.in(), primary);
        Model b = Model.readNested(h.in(), secondary);
        return new Fitted(name(), c, h.viewers(), h.videos(), h.history(), a, b);
    }

    private static final class Fitted extends Model {
        private final Config config;
        private final Model a;
        private final Model b;

        Fitted(String name, Config config, IdMap viewers, IdMap videos, SparseRows history, Model a, Model b) {
            super(name, config, viewers, videos, history);
            this.config = config;
            this.a = a;
            this.b = b;
        }



        @Override
        protected boolean recommendable(int video) {
            return a.trained(video) || b.trained(video) || !Double.isNaN(b.score(-1, video, Context.none()));
        }

        @Override
        public void scoreAll(int viewer, Context context, double[] out) {
            double[] sa = new double[out.length];
            double[] sb = new double[out.length];
            a.scoreAll(viewer, context, sa);
            b.scoreAll(viewer, context, sb);
            if (config.mode() == Mode.WEIGHTED) {
                double[] ra = percentiles(sa);
                double[] rb = percentiles(sb);
                for (int i = 0; i < out.length; i++) {
                    boolean any = !Double.isNaN(sa[i]) || !Double.isNaN(sb[i]);
                    out[i] = any ? (1 - config.weight()) * ra[i] + config.weight() * rb[i] : Double.NaN;
                }
                return;
            }
            if (!a.hasHistory(viewer)) {
                System.arraycopy(sb, 0, out, 0, out.length);
                return;
            }
            double lowest = Double.POSITIVE_INFINITY;
            for (double s : sa) {
                if (!Double.isNaN(s)) {
                    lowest = Math.min(lowest, s);
                }
            }
            double[] rb = percentiles(sb);
            for (int i = 0; i < out.length; i++) {
                out[i] = !Double.isNaN(sa[i]) && a.trained(i) ? sa[i]
                        : Double.isNaN(sb[i]) ? Double.NaN : lowest - 1 + rb[i] * 0.5;
            }
        }

        @Override
        public double score(int viewer, int video, Context context) {
            double[] all = new double[videos.size()];
            scoreAll(viewer, context, all);
            return all[video];
        }

        /** Percentile ranks in [0, 1] of the non-NaN scores (ties share the lower rank); NaN → 0. */
        private static double[] percentiles(double[] s) {
            int n = 0;
            for (double x : s) {
                n += Double.isNaN(x) ? 0 : 1;
            }
            double[] sorted = new double[n];
            int k = 0;
            for (double x : s) {
                if (!Double.isNaN(x)) {
                    sorted[k++] = x;
                }
            }
            Arrays.sort(sorted);
            double[] out = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                if (!Double.isNaN(s[i]) && n > 1) {
                    int below = lowerBound(sorted, s[i]);
                    out[i] = below / (double) (n - 1);
                } else if (!Double.isNaN(s[i])) {
                    out[i] = 1;
                }
            }
            return out;
        }

        private static int lowerBound(double[] sorted, double x) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] < x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        @Override
        protected void writeState(DataOutputStream out) throws IOException {
            Model.writeNested(out, a);
            Model.writeNested(out, b);
        }
    }
}
