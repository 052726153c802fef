package org.avrs.signal.speech;

import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.dsp.PadMode;
import org.avrs.signal.dsp.Padding;

/**
 * Frame energy and RMS on the frames of {@link FrameConfig} (centred frames zero-padded, as
 * librosa.feature.rms(y=...) with pad_mode "constant"): column {@code energy} = Σ x² over the frame's L
 * samples, column {@code rms} = √(energy / L) (librosa's rms). Immutable.
 */
public final class Energy implements FeatureExtractor {

    private final FrameConfig config;

    public Energy(FrameConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public List<String> columnNames() {
        return List.of("energy", "rms");
    }

    @Override
    public FeatureMatrix extract(Signal signal) {
        double[] x = SpeechInput.mono(signal, config.sampleRate(), "energy");
        double[] energy = energies(x);
        double[] rms = new double[energy.length];
        for (int t = 0; t < rms.length; t++) {
            rms[t] = Math.sqrt(energy[t] / config.frameLength());
        }
        return FeatureMatrix.ofColumns(columnNames(), config.frameTimes(x.length), energy, rms);
    }

    /** Σ x² of each frame. */
    public double[] energies(double[] x) {
        int frames = config.checkedFrameCount(x.length);
        int length = config.frameLength();
        double[] out = new double[frames];
        double[] buf = new double[length];
        for (int t = 0; t < frames; t++) {
            Padding.copy(x, config.frameStart(t), buf, 0, length, PadMode.ZEROS);
            double s = 0;
            for (double v : buf) {
                s += v * v;
            }
            out[t] = s;
        }
        return out;
    }
}
