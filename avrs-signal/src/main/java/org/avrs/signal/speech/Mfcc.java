package org.avrs.signal.speech;

import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.dsp.Dct2;
import org.avrs.signal.dsp.Stft;

/**
 * Mel-frequency cepstral coefficients, librosa 0.10's {@code feature.mfcc}: the orthonormal DCT-II
 * ({@link Dct2}) of the {@link LogMel log-mel spectrum} in dB along the mel axis, first nMfcc
 * coefficients; optionally liftered, c[n] · (1 + (L/2)·sin(π(n+1)/L)). Columns {@code mfcc_0 …}.
 *
 * <p>{@link Config#defaults()} equals {@code librosa.feature.mfcc(y=y, sr=16000, n_mfcc=13, n_fft=512,
 * win_length=400, hop_length=160, n_mels=40)} with librosa 0.10's other defaults: window "hann"
 * (periodic), center=True, pad_mode="constant" (zeros), htk=False (Slaney mel scale), norm="slaney",
 * fmin=0, fmax=sr/2, power=2.0, power_to_db(ref=1.0, amin=1e-10, top_db=80.0), dct_type=2, norm="ortho",
 * lifter=0. Checked against a NumPy transcription of those librosa definitions
 * (tools/golden/signal_dsp.py) to 1e-3 dB. Reference: Davis, S. &amp; Mermelstein, P. (1980),
 * doi:10.1109/TASSP.1980.1163420.
 *
 * <p>Immutable and thread-safe.
 */
public final class Mfcc implements FeatureExtractor {

    /**
     * MFCC parameters. The {@code with…} methods mirror the CLI flags
     * {@code --n-mfcc --n-fft --win --hop --n-mels --fmin --fmax --htk}.
     *
     * @param logMel the log-mel stage
     * @param nMfcc coefficients kept, 1…nMels
     * @param lifter cepstral lifter L, ≥ 0 (0: none)
     */
    public record Config(LogMel.Config logMel, int nMfcc, double lifter) {
        public Config {
            Objects.requireNonNull(logMel, "logMel");
            Checks.positive("nMfcc", nMfcc);
            Checks.nonNegative("lifter", lifter);
            if (nMfcc > logMel.mel().nMels()) {
                throw new IllegalArgumentException("nMfcc " + nMfcc + " exceeds nMels " + logMel.mel().nMels());
            }
        }

        /** librosa's mfcc with n_mfcc=13, n_fft=512, win_length=400, hop_length=160, n_mels=40 at 16 kHz. */
        public static Config defaults() {
            return new Config(LogMel.Config.defaults(), 13, 0.0);
        }

        public Config withSampleRate(double rate) {
            return new Config(logMel.withSampleRate(rate), nMfcc, lifter);
        }

        public Config withNMfcc(int n) {
            return new Config(logMel, n, lifter);
        }

        public Config withNFft(int n) {
            return withStft(logMel.stft().withNFft(n));
        }

        public Config withWinLength(int n) {
            return withStft(logMel.stft().withWinLength(n));
        }

        public Config withHopLength(int n) {
            return withStft(logMel.stft().withHopLength(n));
        }

        public Config withNMels(int n) {
            return new Config(logMel.withMel(logMel.mel().withNMels(n)), nMfcc, lifter);
        }

        public Config withFmin(double f) {
            return new Config(logMel.withMel(logMel.mel().withFmin(f)), nMfcc, lifter);
        }

        /** @param f upper edge in Hz; ≤ 0 means Nyquist + f */
        public Config withFmax(double f) {
            return new Config(logMel.withMel(logMel.mel().withFmax(f)), nMfcc, lifter);
        }

        /** HTK mel scale (true) or Slaney (false); the normalization is unchanged, as librosa's htk flag. */
        public Config withHtk(boolean htk) {
            return new Config(logMel.withMel(logMel.mel().withScale(htk ? MelScale.HTK : MelScale.SLANEY)),
                    nMfcc, lifter);
        }

        public Config withLifter(double l) {
            return new Config(logMel, nMfcc, l);
        }

        private Config withStft(Stft.Config s) {
            return new Config(logMel.withStft(s), nMfcc, lifter);
        }
    }

    private final Config config;
    private final LogMel logMel;
    private final Dct2 dct;
    private final double[] lift;
    private final double[][] liftedBasis; // the DCT rows times the lifter, for the SIMD path
    private final List<String> names;

    /** @throws IllegalArgumentException for a degenerate filterbank (see {@link MelFilterbank}) */
    public Mfcc(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.logMel = new LogMel(config.logMel());
        this.dct = new Dct2(config.logMel().mel().nMels(), config.nMfcc());
        this.lift = new double[config.nMfcc()];
        double l = config.lifter();
        for (int n = 0; n < lift.length; n++) {
            lift[n] = l > 0 ? 1 + (l / 2) * Math.sin(Math.PI * (n + 1) / l) : 1.0;
        }
        this.liftedBasis = dct.basis();
        for (int n = 0; n < lift.length; n++) {
            for (int i = 0; i < liftedBasis[n].length; i++) {
                liftedBasis[n][i] *= lift[n];
            }
        }
        this.names = SpeechInput.numbered("mfcc", config.nMfcc());
    }

    public Config config() {
        return config;
    }

    /** The log-mel stage this extractor runs first. */
    public LogMel logMel() {
        return logMel;
    }

    @Override
    public List<String> columnNames() {
        return names;
    }

    @Override
    public FeatureMatrix extract(Signal signal) {
        double[] x = SpeechInput.mono(signal, config.logMel().sampleRate(), "MFCC");
        return FeatureMatrix.of(names, logMel.stft().frameTimes(x.length, config.logMel().sampleRate()), compute(x));
    }

    /** The MFCC rows of samples at the configured rate, [frame][coefficient]. */
    public double[][] compute(double[] x) {
        LaneLogMel simd = logMel.lanesFor(x);
        return simd != null ? computeLanes(simd, x) : computeScalar(x);
    }

    /** {@link #compute} on the SIMD path. */
    double[][] computeLanes(LaneLogMel simd, double[] x) {
        return LaneLogMel.project(simd.blocks(x), liftedBasis);
    }

    /** {@link #compute} on the scalar path (no Vector API). */
    double[][] computeScalar(double[] x) {
        return fromLogMel(logMel.computeScalar(x));
    }

    /**
     * The MFCC of precomputed log-mel rows in dB, [frame][mel band] → [frame][coefficient] (the DCT
     * stage alone).
     */
    public double[][] fromLogMel(double[][] logMelRows) {
        double[][] out = new double[logMelRows.length][config.nMfcc()];
        for (int t = 0; t < logMelRows.length; t++) {
            if (logMelRows[t].length != dct.inputLength()) {
                throw new IllegalArgumentException("log-mel row " + t + " has " + logMelRows[t].length
                        + " bands; expected " + dct.inputLength());
            }
            dct.apply(logMelRows[t], out[t]);
            for (int n = 0; n < lift.length; n++) {
                out[t][n] *= lift[n];
            }
        }
        return out;
    }
}
