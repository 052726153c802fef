package org.avrs.signal.speech;

import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.dsp.PadMode;
import org.avrs.signal.dsp.Padding;

/**
 * Zero-crossing rate per frame, librosa.feature.zero_crossing_rate: the frames of {@link FrameConfig}
 * (centred frames edge-padded, numpy "edge", as librosa); within a frame of L samples the number of
 * neighbouring pairs whose signs differ, divided by L. Samples with |x| ≤ 1e-10 count as 0, and 0 counts
 * as positive (librosa's threshold=1e-10, zero_pos=True). Column {@code zcr}. Immutable.
 */
public final class ZeroCrossingRate implements FeatureExtractor {

    private static final double THRESHOLD = 1e-10;

    private final FrameConfig config;

    public ZeroCrossingRate(FrameConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public List<String> columnNames() {
        return List.of("zcr");
    }

    @Override
    public FeatureMatrix extract(Signal signal) {
        double[] x = SpeechInput.mono(signal, config.sampleRate(), "zero-crossing rate");
        return FeatureMatrix.ofColumns(columnNames(), config.frameTimes(x.length), compute(x));
    }

    /** The rate of each frame. */
    public double[] compute(double[] x) {
        int frames = config.checkedFrameCount(x.length);
        int length = config.frameLength();
        double[] out = new double[frames];
        double[] buf = new double[length];
        for (int t = 0; t < frames; t++) {
            Padding.copy(x, config.frameStart(t), buf, 0, length, PadMode.EDGE);
            int crossings = 0;
            boolean previous = negative(buf[0]);
            for (int j = 1; j < length; j++) {
                boolean current = negative(buf[j]);
                crossings += current != previous ? 1 : 0;
                previous = current;
            }
            out[t] = (double) crossings / length;
        }
        return out;
    }

    /** The sign bit after the threshold (values within it count as +0). */
    private static boolean negative(double v) {
        return v < -THRESHOLD;
    }
}
