package org.avrs.recommend.algo;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.avrs.recommend.data.BinaryIo;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.SparseRows;

/**
 * The damped user–item bias baseline r̂(u,i) = μ + b_i + b_u (Koren, "Factor in the neighbors",
 * ACM TKDD 4(1), 2010, doi:10.1145/1644873.1644874, §2.1), a small reusable model (LensKit's Bias):
 * μ the mean rating, b_i = Σ_u (r_ui − μ) / (n_i + λ_i), b_u = Σ_i (r_ui − μ − b_i) / (n_u + λ_u), the
 * damping λ pulling the biases of videos and viewers with few ratings toward 0. A viewer or video
 * without ratings has bias 0. Immutable.
 */
public final class Biases {

    private final double mean;
    private final double[] viewerBias;
    private final double[] videoBias;

    private Biases(double mean, double[] viewerBias, double[] videoBias) {
        this.mean = mean;
        this.viewerBias = viewerBias;
        this.videoBias = videoBias;
    }

    /**
     * Fits the biases.
     *
     * @param damping λ ≥ 0 for both viewers and videos
     * @throws IllegalArgumentException for an empty log or a bad damping
     */
    public static Biases fit(InteractionLog log, double damping) {
        if (!(damping >= 0) || Double.isInfinite(damping)) {
            throw new IllegalArgumentException("damping " + damping + " must be >= 0 and finite");
        }
        if (log.isEmpty()) {
            throw new IllegalArgumentException("biases: empty interaction log");
        }
        double mu = log.meanValue();
        double[] bi = new double[log.videos().size()];
        SparseRows byVideo = log.byVideo();
        for (int i = 0; i < bi.length; i++) {
            double sum = 0;
            for (int p = byVideo.start(i); p < byVideo.end(i); p++) {
                sum += byVideo.value(p) - mu;
            }
            bi[i] = sum / (byVideo.count(i) + damping + (byVideo.count(i) == 0 ? 1 : 0));
        }
        double[] bu = new double[log.viewers().size()];
        SparseRows byViewer = log.byViewer();
        for (int u = 0; u < bu.length; u++) {
            double sum = 0;
            for (int p = byViewer.start(u); p < byViewer.end(u); p++) {
                sum += byViewer.value(p) - mu - bi[byViewer.col(p)];
            }
            bu[u] = sum / (byViewer.count(u) + damping + (byViewer.count(u) == 0 ? 1 : 0));
        }
        return new Biases(mu, bu, bi);
    }

    /** μ, the global mean. */
    public double mean() {
        return mean;
    }

    /** b_u, 0 for an unknown viewer (index -1). */
    public double viewerBias(int viewer) {
        return viewer < 0 ? 0 : viewerBias[viewer];
    }

    /** b_i. */
    public double videoBias(int video) {
        return videoBias[video];
    }

    /** μ + b_u + b_i (b_u = 0 for viewer -1). */
    public double predict(int viewer, int video) {
        return mean + viewerBias(viewer) + videoBias[video];
    }

    public void write(DataOutput out) throws IOException {
        out.writeDouble(mean);
        BinaryIo.writeDoubles(out, viewerBias);
        BinaryIo.writeDoubles(out, videoBias);
    }

    /** Reads what {@link #write} wrote; checks the sizes against the id maps. */
    public static Biases read(DataInput in, int viewers, int videos) throws IOException {
        double mu = in.readDouble();
        double[] bu = BinaryIo.readDoubles(in);
        double[] bi = BinaryIo.readDoubles(in);
        if (bu.length != viewers || bi.length != videos) {
            throw new IOException("saved biases cover " + bu.length + " viewers and " + bi.length
                    + " videos, expected " + viewers + " and " + videos);
        }
        return new Biases(mu, bu, bi);
    }
}
