package org.avrs.sensing.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;

/** Windows reduced to a list of channels, for training and prediction alike. */
final class ChannelSubset {

    private ChannelSubset() {
    }

    /** The window with only the given channels, in that order. */
    static EegWindow of(EegWindow w, List<String> channels) {
        int[] idx = w.indicesOf(channels);
        float[][] data = new float[idx.length][w.length()];
        for (int k = 0; k < idx.length; k++) {
            for (int i = 0; i < w.length(); i++) {
                data[k][i] = w.get(idx[k], i);
            }
        }
        return EegWindow.owning(data, channels, w.sampleRate());
    }

    static Dataset<EegWindow> of(Dataset<EegWindow> data, List<String> channels) {
        return data.map(w -> of(w, channels));
    }

    /** Fits {@code base} on the training windows' {@code channels} and wraps the model to subset at prediction. */
    static WindowModel<EegWindow> fit(WindowTrainer<EegWindow> base, Dataset<EegWindow> training, List<String> channels) {
        WindowModel<EegWindow> model = base.fit(of(training, channels));
        return new Selected(model, List.copyOf(channels));
    }

    /** The windows of a dataset, labelled ones only. */
    static List<EegWindow> inputs(Dataset<EegWindow> data) {
        List<EegWindow> out = new ArrayList<>();
        for (Sample<EegWindow> s : data.samples()) {
            out.add(s.input());
        }
        return out;
    }

    private record Selected(WindowModel<EegWindow> model, List<String> channels) implements WindowModel<EegWindow> {
        Selected {
            Objects.requireNonNull(model, "model");
        }

        @Override
        public EmotionSet labels() {
            return model.labels();
        }

        @Override
        public double[][] probabilities(List<EegWindow> windows) {
            return model.probabilities(windows.stream().map(w -> of(w, channels)).toList());
        }

        @Override
        public void close() {
            model.close();
        }
    }
}
