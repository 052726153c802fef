package org.avrs.recommend.algo;

import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;
import org.avrs.recommend.Component;
import org.avrs.recommend.ConfigJson;
import org.avrs.recommend.Model;
import org.avrs.recommend.Recommender;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;

/**
 * Bayesian personalised ranking with matrix factorisation, BPR-MF (Rendle, Freudenthaler, Gantner and
 * Schmidt-Thieme, UAI 2009, arXiv:1205.2618): learns x̂_ui = b_i + p_uᵀ q_i so that observed videos
 * rank above unobserved ones, maximising Σ ln σ(x̂_ui − x̂_uj) − λ‖Θ‖² by SGD on triples (u, i, j): u an
 * interaction's viewer, i its video, j a uniformly drawn video u did not interact with. An epoch draws
 * as many triples as there are interactions (LearnBPR's bootstrap sampling). Single-threaded, seeded.
 */
public final class Bpr extends Component<Bpr.Config> {

    /**
     * @param factors f ≥ 1
     * @param epochs ≥ 1
     * @param learningRate η &gt; 0
     * @param lambda regularisation of factors and item biases ≥ 0
     * @param seed seed of initialisation and sampling
     */
    public record Config(int factors, int epochs, double learningRate, double lambda, long seed) {
        public Config {
            Checks.positive("factors", factors);
            Checks.positive("epochs", epochs);
            Checks.positive("learningRate", learningRate);
            Checks.nonNegative("lambda", lambda);
        }

        /** f 32, 100 epochs (LibRec's BPR setting in split-seed42's README), η 0.05, λ 0.005. */
        public static Config defaults() {
            return new Config(32, 100, 0.05, 0.005, 42);
        }
    }


    public Bpr(Config config) {
        super(config);
    }

    @Override
    public String name() {
        return "bpr";
    }

    @Override
    public Model fit(InteractionLog log) {
        Recommender.requireRows(log, name());
        int f = config.factors();
        int nVideos = log.videos().size();
        SplittableRandom rnd = new SplittableRandom(config.seed());
        double[] p = Seeded.gaussian(log.viewers().size() * f, 0.1, rnd);
        double[] q = Seeded.gaussian(nVideos * f, 0.1, rnd);
        double[] bi = new double[nVideos];
        SparseRows byViewer = log.byViewer();
        double eta = config.learningRate();
        double lambda = config.lambda();
        long samples = (long) config.epochs() * log.size();
        for (long s = 0; s < samples; s++) {
            int r = rnd.nextInt(log.size());
            int u = log.viewer(r);
            int i = log.video(r);
            if (byViewer.count(u) >= nVideos) {
                continue; // no negative exists
            }
            int j;
            do {
                j = rnd.nextInt(nVideos);
            } while (byViewer.find(u, j) >= 0);
            int po = u * f;
            int io = i * f;
            int jo = j * f;
            double x = bi[i] - bi[j];
            for (int c = 0; c < f; c++) {
                x += p[po + c] * (q[io + c] - q[jo + c]);
            }
            double g = 1 / (1 + Math.exp(x)); // σ(−x)
            bi[i] += eta * (g - lambda * bi[i]);
            bi[j] += eta * (-g - lambda * bi[j]);
            for (int c = 0; c < f; c++) {
                double pu = p[po + c];
                double qi = q[io + c];
                double qj = q[jo + c];
                p[po + c] += eta * (g * (qi - qj) - lambda * pu);
                q[io + c] += eta * (g * pu - lambda * qi);
                q[jo + c] += eta * (-g * pu - lambda * qj);
            }
        }
        return new FactorModel(name(), config, log.viewers(), log.videos(), byViewer, f, p, q, 0,
                new double[log.viewers().size()], bi, false);
    }

    @Override
    public Model load(InputStream in) throws IOException {
        Model.Header h = Model.readHeader(in, name());
        return FactorModel.read(h, name(), ConfigJson.read(h.configJson(), Config.class));
    }
}
