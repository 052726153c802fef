package org.avrs.recommend.algo;

import java.io.DataInput;
import java.io.DataOutputStream;
import java.io.IOException;
import org.avrs.recommend.Context;
import org.avrs.recommend.Model;
import org.avrs.recommend.data.BinaryIo;
import org.avrs.recommend.data.IdMap;
import org.avrs.recommend.data.SparseRows;

/**
 * A fitted latent-factor model: score(u, i) = μ + b_u + b_i + x_u · y_i with f-dimensional viewer
 * factors x_u and video factors y_i (row-major arrays), shared by the matrix-factorisation algorithms
 * (biased MF, ALS, implicit ALS, BPR; terms an algorithm does not learn are 0). An unknown viewer, or
 * one without history, scores μ + b_i when the model predicts ratings and nothing otherwise.
 */
final class FactorModel extends Model {

    private final int f;
    private final double[] x;
    private final double[] y;
    private final double mean;
    private final double[] viewerBias;
    private final double[] videoBias;
    private final boolean ratings;

    FactorModel(String algorithm, Record config, IdMap viewers, IdMap videos, SparseRows history, int f, double[] x,
            double[] y, double mean, double[] viewerBias, double[] videoBias, boolean ratings) {
        super(algorithm, config, viewers, videos, history);
        this.f = f;
        this.x = x;
        this.y = y;
        this.mean = mean;
        this.viewerBias = viewerBias;
        this.videoBias = videoBias;
        this.ratings = ratings;
    }



    @Override
    public boolean predictsRatings() {
        return ratings;
    }

    @Override
    public void scoreAll(int viewer, Context context, double[] out) {
        if (!hasHistory(viewer)) {
            if (!ratings) {
                noScores(out);
                return;
            }
            for (int i = 0; i < out.length; i++) {
                out[i] = mean + videoBias[i];
            }
            return;
        }
        int xo = viewer * f;
        double base = mean + viewerBias[viewer];
        for (int i = 0, yo = 0; i < out.length; i++, yo += f) {
            out[i] = base + videoBias[i] + Vec.dot(x, xo, y, yo, f);
        }
    }

    @Override
    public double score(int viewer, int video, Context context) {
        if (!hasHistory(viewer)) {
            return ratings ? mean + videoBias[video] : Double.NaN;
        }
        return mean + viewerBias[viewer] + videoBias[video] + Vec.dot(x, viewer * f, y, video * f, f);
    }

    @Override
    protected void writeState(DataOutputStream out) throws IOException {
        out.writeInt(f);
        out.writeBoolean(ratings);
        out.writeDouble(mean);
        BinaryIo.writeDoubles(out, x);
        BinaryIo.writeDoubles(out, y);
        BinaryIo.writeDoubles(out, viewerBias);
        BinaryIo.writeDoubles(out, videoBias);
    }

    /** Reads the state {@link #writeState} wrote, after the header. */
    static FactorModel read(Model.Header h, String algorithm, Record config) throws IOException {
        DataInput in = h.in();
        int f = in.readInt();
        if (f < 1 || f > 100_000) {
            throw new IOException("saved model: factor count " + f + " is not plausible");
        }
        boolean ratings = in.readBoolean();
        double mean = in.readDouble();
        double[] x = BinaryIo.readDoubles(in);
        double[] y = BinaryIo.readDoubles(in);
        double[] bu = BinaryIo.readDoubles(in);
        double[] bi = BinaryIo.readDoubles(in);
        Model.checkLength("viewer factors", x.length, (long) h.viewers().size() * f);
        Model.checkLength("video factors", y.length, (long) h.videos().size() * f);
        Model.checkLength("viewer biases", bu.length, h.viewers().size());
        Model.checkLength("video biases", bi.length, h.videos().size());
        return new FactorModel(algorithm, config, h.viewers(), h.videos(), h.history(), f, x, y, mean, bu, bi, ratings);
    }
}
