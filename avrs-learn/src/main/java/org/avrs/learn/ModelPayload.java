package org.avrs.learn;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.avrs.core.EmotionSet;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * The model-specific part of a classifier file: the manifest's {@code model.kind} names it and it sits in
 * a zip entry of its own, beside the manifest and {@code standardizer.bin} that every kind shares
 * ({@link ClassifierFile}). The binary entries are big-endian {@link DataOutputStream} fields; a name is
 * {@link DataOutputStream#writeUTF} text.
 *
 * <ul>
 *   <li>{@code tribuo} in {@code tribuo-model.pb}: Tribuo's protobuf form.
 *   <li>{@code knn} in {@code knn.bin}: weighting name ({@code uniform} or {@code distance}), int k, int
 *       rows n, int columns d, the n × d standardized training rows row by row as doubles, n int class
 *       indices into the manifest's labels.
 *   <li>{@code mlp} in {@code mlp.bin}: hidden activation name ({@code relu}; the output is softmax),
 *       int layers L, L + 1 int widths (input first, classes last), then per layer the weights
 *       (width[l+1] × width[l] doubles, row-major) and the width[l+1] biases.
 * </ul>
 */
enum ModelPayload {

    TRIBUO("tribuo", "tribuo-model.pb") {
        @Override
        void write(StandardizedClassifier c, OutputStream out) throws IOException {
            ((TribuoClassifier) c).model().serializeToStream(out);
        }

        @Override
        StandardizedClassifier read(EntryReader in, Standardizer s, EmotionSet labels, Provenance p)
                throws IOException {
            Model<?> model = Model.deserializeFromStream(in.rest());
            if (!model.validate(Label.class)) {
                throw in.error("(model)", "is not a classification model");
            }
            @SuppressWarnings("unchecked")
            Model<Label> labelModel = (Model<Label>) model;
            return new TribuoClassifier(labelModel, s, labels, p);
        }
    },

    KNN("knn", "knn.bin") {
        @Override
        void write(StandardizedClassifier c, OutputStream out) throws IOException {
            KnnTrainer.Knn knn = (KnnTrainer.Knn) c;
            DataOutputStream data = buffered(out);
            data.writeUTF(knn.config().weighting().name().toLowerCase(Locale.ROOT));
            data.writeInt(knn.config().k());
            double[][] rows = knn.rows();
            data.writeInt(rows.length);
            data.writeInt(knn.featureCount());
            for (double[] row : rows) {
                for (double v : row) {
                    data.writeDouble(v);
                }
            }
            for (int label : knn.rowLabels()) {
                data.writeInt(label);
            }
            data.flush();
        }

        @Override
        StandardizedClassifier read(EntryReader in, Standardizer s, EmotionSet labels, Provenance p) {
            KnnTrainer.Weighting weighting = switch (in.name("weighting")) {
                case "uniform" -> KnnTrainer.Weighting.UNIFORM;
                case "distance" -> KnnTrainer.Weighting.DISTANCE;
                default -> throw in.error("weighting", "must be 'uniform' or 'distance'");
            };
            int k = in.integer("k", 1, Integer.MAX_VALUE);
            int n = in.integer("rows", 1, Integer.MAX_VALUE);
            int d = in.integer("columns", s.dimension(), s.dimension());
            in.need("rows", (long) n * d, Double.BYTES);
            double[][] rows = new double[n][];
            for (int i = 0; i < n; i++) {
                rows[i] = in.finite("row " + i, d);
            }
            int[] classes = in.integers("labels", n, 0, labels.size() - 1);
            in.end();
            return new KnnTrainer.Knn(s, rows, classes, labels, new KnnTrainer.Config(k, weighting), p);
        }
    },

    MLP("mlp", "mlp.bin") {
        /** More layers than any network this module trains; bounds the widths array of a hostile file. */
        private static final int MAX_LAYERS = 1024;

        @Override
        void write(StandardizedClassifier c, OutputStream out) throws IOException {
            MlpTrainer.Network net = ((MlpTrainer.Mlp) c).network();
            DataOutputStream data = buffered(out);
            data.writeUTF("relu");
            data.writeInt(net.w.length);
            for (int width : net.sizes) {
                data.writeInt(width);
            }
            for (int l = 0; l < net.w.length; l++) {
                for (double v : net.w[l]) {
                    data.writeDouble(v);
                }
                for (double v : net.b[l]) {
                    data.writeDouble(v);
                }
            }
            data.flush();
        }

        @Override
        StandardizedClassifier read(EntryReader in, Standardizer s, EmotionSet labels, Provenance p) {
            String activation = in.name("activation");
            if (!activation.equals("relu")) {
                throw in.error("activation", "is '" + activation + "'; this AVRS knows 'relu'");
            }
            int layers = in.integer("layers", 1, MAX_LAYERS);
            int[] sizes = in.integers("widths", layers + 1, 1, Integer.MAX_VALUE);
            if (sizes[0] != s.dimension() || sizes[layers] != labels.size()) {
                throw in.error("widths", "are " + sizes[0] + " in, " + sizes[layers] + " out; the standardizer has "
                        + s.dimension() + " columns and the labels " + labels.size() + " classes");
            }
            double[][] w = new double[layers][];
            double[][] b = new double[layers][];
            for (int l = 0; l < layers; l++) {
                w[l] = in.finite("layer " + l + " weights", (long) sizes[l + 1] * sizes[l]);
                b[l] = in.finite("layer " + l + " biases", sizes[l + 1]);
            }
            in.end();
            return new MlpTrainer.Mlp(s, labels, p, new MlpTrainer.Network(sizes, w, b));
        }
    };

    final String kind;
    final String entry;

    ModelPayload(String kind, String entry) {
        this.kind = kind;
        this.entry = entry;
    }

    /**
     * The payload kind of a classifier of this module.
     *
     * @throws IllegalArgumentException for a classifier made elsewhere
     */
    static ModelPayload of(Classifier c) {
        if (c instanceof TribuoClassifier) {
            return TRIBUO;
        }
        if (c instanceof KnnTrainer.Knn) {
            return KNN;
        }
        if (c instanceof MlpTrainer.Mlp) {
            return MLP;
        }
        throw new IllegalArgumentException("cannot save a " + c.getClass().getName());
    }

    /** The payload of a manifest's {@code model.kind}, or null for an unknown kind. */
    static ModelPayload named(String kind) {
        for (ModelPayload m : values()) {
            if (m.kind.equals(kind)) {
                return m;
            }
        }
        return null;
    }

    /** Buffered: else each 4- or 8-byte field would be a call of its own into the zip's deflater. */
    private static DataOutputStream buffered(OutputStream out) {
        return new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    }

    /** Writes the payload of {@code c}, a classifier {@link #of} gave this kind for; leaves {@code out} open. */
    abstract void write(StandardizedClassifier c, OutputStream out) throws IOException;

    /**
     * Reads a payload written by {@link #write}, checking it against the file's standardizer and labels.
     *
     * @throws org.avrs.core.InvalidInputException naming the entry and field of a short or malformed payload
     */
    abstract StandardizedClassifier read(EntryReader in, Standardizer s, EmotionSet labels, Provenance p)
            throws IOException;
}
