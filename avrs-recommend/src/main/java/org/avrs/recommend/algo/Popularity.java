package org.avrs.recommend.algo;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Component;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.data.BinaryIo;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;

/**
 * The most-popular baseline: a video's score is the number of training interactions whose value is at
 * least {@code minValue} (all of them with the default 0). The same list for every viewer, known or not.
 */
public final class Popularity extends Component<Popularity.Config> {

    /** @param minValue only interactions with value ≥ minValue count (finite) */
    public record Config(double minValue) {
        public Config {
            if (!Double.isFinite(minValue)) {
                throw new IllegalArgumentException("minValue " + minValue + " must be finite");
            }
        }

        /** minValue 0: every interaction counts. */
        public static Config defaults() {
            return new Config(0);
        }
    }


    public Popularity(Config config) {
        super(config);
    }

    @Override
    public String name() {
        return "pop";
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        double[] counts = new double[log.videos().size()];
        SparseRows byVideo = log.byVideo();
        for (int i = 0; i < counts.length; i++) {
            for (int p = byVideo.start(i); p < byVideo.end(i); p++) {
                if (byVideo.value(p) >= config.minValue()) {
                    counts[i]++;
                }
            }
        }
        return new Fitted(log.viewers(), log.videos(), log.byViewer(), config, counts);
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        double[] counts = BinaryIo.readDoubles(h.in());
        Model.checkLength("popularity counts", counts.length, h.videos().size());
        return new Fitted(h.viewers(), h.videos(), h.history(), ConfigJson.read(h.configJson(), Config.class), counts);
    }

    private static final class Fitted extends Model {
        private final Config config;
        private final double[] counts;

        Fitted(org.avrs.recommend.data.IdMap viewers, org.avrs.recommend.data.IdMap videos, SparseRows history,
                Config config, double[] counts) {
            super("pop", config, viewers, videos, history);
            this.config = config;
            this.counts = counts;
        }



        @Override
        public void scoreAll(int viewer, Context context, double[] out) {
            System.arraycopy(counts, 0, out, 0, counts.length);
        }

        @Override
        public double score(int viewer, int video, Context context) {
            return counts[video];
        }

        @Override
        protected void writeState(DataOutputStream out) throws IOException {
            BinaryIo.writeDoubles(out, counts);
        }
    }
}
