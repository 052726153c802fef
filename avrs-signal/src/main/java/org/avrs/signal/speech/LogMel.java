package org.avrs.signal.speech;

import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.dsp.Stft;
import org.avrs.signal.dsp.VectorLanes;

/**
 * Log-mel filterbank energies (FBANK) in dB, librosa 0.10's
 * {@code power_to_db(feature.melspectrogram(y, sr, ...), ref, amin, top_db)}: the STFT (see {@link Stft})
 * → |X|^power → {@link MelFilterbank} → {@link PowerToDb}. Columns {@code logmel_0 … logmel_{nMels−1}};
 * one row per STFT frame, at the frame's centre time.
 *
 * <p>Defaults ({@link Config#defaults()}) are those of {@link Mfcc}: 16 kHz, nFft 512, window 400,
 * hop 160, Hann, center with zero padding, power 2, 40 Slaney mel filters with Slaney norm from 0 Hz to
 * Nyquist, ref 1, amin 1e-10, topDb 80. Because topDb floors at the maximum of the whole signal, a row
 * depends on the loudest frame of its signal (as in librosa). Multi-channel signals are averaged to mono.
 *
 * <p>Immutable and thread-safe; the window, FFT plan and filterbank are built once. When the Vector API
 * is available ({@link VectorLanes}) and nFft is a power of two, frames are computed several at a time
 * on SIMD lanes ({@link LaneLogMel}), with the same values to rounding, once that pays off
 * ({@link VectorLanes#worthUsing}).
 */
public final class LogMel implements FeatureExtractor {

    /**
     * @param sampleRate the signal rate this extractor accepts, Hz
     * @param stft framing and window
     * @param power exponent of |X| (2 power, 1 magnitude), &gt; 0
     * @param mel the filterbank
     * @param db the dB conversion
     */
    public record Config(double sampleRate, Stft.Config stft, double power, MelFilterbank.Config mel,
                         PowerToDb.Config db) {
        public Config {
            Checks.positive("sampleRate", sampleRate);
            Objects.requireNonNull(stft, "stft");
            Checks.positive("power", power);
            Objects.requireNonNull(mel, "mel");
            Objects.requireNonNull(db, "db");
        }

        public static Config defaults() {
            return new Config(16000, Stft.Config.defaults(), 2.0, MelFilterbank.Config.defaults(),
                    PowerToDb.Config.defaults());
        }

        public Config withSampleRate(double rate) {
            return new Config(rate, stft, power, mel, db);
        }

        public Config withStft(Stft.Config s) {
            return new Config(sampleRate, s, power, mel, db);
        }

        public Config withPower(double p) {
            return new Config(sampleRate, stft, p, mel, db);
        }

        public Config withMel(MelFilterbank.Config m) {
            return new Config(sampleRate, stft, power, m, db);
        }

        public Config withDb(PowerToDb.Config d) {
            return new Config(sampleRate, stft, power, mel, d);
        }
    }

    private final Config config;
    private final Stft stft;
    private final MelFilterbank filterbank;
    private final PowerToDb toDb;
    private final LaneLogMel lanes; // null: the scalar path
    private final List<String> names;

    /** @throws IllegalArgumentException for a degenerate filterbank (see {@link MelFilterbank}) */
    public LogMel(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.stft = new Stft(config.stft());
        this.filterbank = new MelFilterbank(config.mel(), config.sampleRate(), config.stft().nFft());
        this.toDb = new PowerToDb(config.db());
        this.lanes = VectorLanes.available() ? LaneLogMel.of(config, stft, filterbank, toDb) : null;
        this.names = SpeechInput.numbered("logmel", config.mel().nMels());
    }

    public Config config() {
        return config;
    }

    public Stft stft() {
        return stft;
    }

    public MelFilterbank filterbank() {
        return filterbank;
    }

    @Override
    public List<String> columnNames() {
        return names;
    }

    @Override
    public FeatureMatrix extract(Signal signal) {
        double[] x = SpeechInput.mono(signal, config.sampleRate(), "log-mel");
        return FeatureMatrix.of(names, stft.frameTimes(x.length, config.sampleRate()), compute(x));
    }

    /** The log-mel rows of samples at the configured rate, [frame][mel band] in dB. */
    public double[][] compute(double[] x) {
        LaneLogMel simd = lanesFor(x);
        return simd != null ? LaneLogMel.rows(simd.blocks(x)) : computeScalar(x);
    }

    /** {@link #compute} one frame at a time with JTransforms: the path without the Vector API. */
    double[][] computeScalar(double[] x) {
        int frames = stft.checkedFrameCount(Checks.finite("x", x));
        double[][] out = new double[frames][filterbank.nMels()];
        double[] buf = new double[config.stft().nFft()];
        double[] spectrum = new double[stft.bins()];
        for (int t = 0; t < frames; t++) {
            stft.framePower(x, t, config.power(), buf, spectrum);
            filterbank.apply(spectrum, out[t]);
            toDb.toDbInPlace(out[t]);
        }
        toDb.floorInPlace(out);
        return out;
    }

    /** The SIMD kernel, or null when this JVM or config takes the scalar path. */
    LaneLogMel lanes() {
        return lanes;
    }

    /** The SIMD kernel if it exists and pays off for samples x ({@link VectorLanes#worthUsing}), else null. */
    LaneLogMel lanesFor(double[] x) {
        return lanes != null && VectorLanes.worthUsing(stft.frameCount(x.length)) ? lanes : null;
    }
}
