package org.avrs.signal.emd;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;
import org.avrs.signal.FeatureExtractor;
import org.avrs.signal.FeatureMatrix;
import org.avrs.signal.dsp.Frames;
import org.avrs.signal.dsp.PadMode;
import org.avrs.signal.dsp.Stft;
import org.avrs.signal.dsp.Window;
import org.avrs.signal.speech.Deltas;
import org.avrs.signal.speech.LogMel;
import org.avrs.signal.speech.Mfcc;

/**
 * The 43 frame features of Sun, Li &amp; Ma (2023, P7, Table 3), doi:10.3389/fpsyg.2022.1075624, from the
 * {@link Imemd IMEMD} of the signal:
 * <ul>
 *   <li>Hilbert spectrum distribution (4): {@code hs_sc, hs_sp, hs_sk, hs_su} — centroid (Hz), spread
 *       (Hz), skewness and kurtosis of the IMFs' frame centroid frequencies Fce[k] weighted by their mean
 *       instantaneous amplitudes Eme[k] (exact formulas in {@link HilbertFrames});</li>
 *   <li>Hilbert contour (3): {@code hc_se, hc_se_d1, hc_se_d2} — SE(φ) = 10·log₁₀(E(φ)/Ē) dB, the frame's
 *       Hilbert energy E(φ) = Σ_k meanᵢ A_k(i)² relative to its mean Ē over the Φ frames of the signal,
 *       floored at {@code seFloorDb}; then Δ and Δ² = Δ(Δ);</li>
 *   <li>SMFCC (12 + 12 + 12): {@code smfcc_1 … smfcc_12} and their {@code _d1}, {@code _d2} — MFCC c₁…c₁₂
 *       (c₀ dropped) of the signal minus its trend ({@link TrendFilter}), by the existing
 *       {@link Mfcc} (librosa definition), and Δ, Δ² = Δ(Δ).</li>
 * </ul>
 * Frames: P7's 25 ms every 10 ms, rounded to whole samples (400/160 at 16 kHz; 610/244 at TESS's
 * 24.414 kHz), not centred: frame φ covers samples [φ·hop, φ·hop + L), its time is (φ·hop + ⌊L/2⌋)/fs,
 * and there are 1 + ⌊(n − L)/hop⌋ frames (298 for 3 s at 16 kHz). Deltas are the regression
 * Δ(φ) = Σ_{q=1…Q} q·(c(φ+q) − c(φ−q)) / (2Σq²) with P7's Q = 2 ({@link Deltas} of width 2Q + 1, whose
 * first and last Q frames use librosa's "interp" edge fit — P7 does not say how it treats the edges); Δ²
 * applies the same to Δ, as P7 says.
 *
 * <p>Choices P7 leaves open (all in {@link Config}): peak normalisation (P7 divides each utterance by
 * its maximum; |x| here); Hann or Hamming window for the MFCC (Hamming), 40 Slaney mel bands 0 Hz–Nyquist,
 * FFT size = frame length; the Fce weighting (instantaneous energy, p = 2) and the distribution weighting
 * (amplitude, q = 1); the SE reference (the utterance mean) and floor (−80 dB); the trend (IMFs whose
 * zero-crossing rate is below 50 Hz, and the residue). P7's 3 s segmentation and zero padding belong to the corpus
 * pipeline, not to this extractor, which takes any length of at least one frame plus 2Q more.
 *
 * <p>Undefined values (a frame where no IMF has amplitude, e.g. zero padding; skewness and kurtosis of a
 * frame with zero spread; SE of an all-zero signal) are {@link Config#undefined()} (NaN by default).
 * Multi-channel signals are averaged to mono. Immutable and thread-safe; the cost is that of
 * {@link Imemd} (about (n_p + 1)·10 sifting passes per IMF).
 */
public final class Imemd43 implements FeatureExtractor {

    /**
     * @param sampleRate the signal rate accepted, Hz
     * @param frameSeconds frame length (P7: 0.025 s), rounded to whole samples
     * @param hopSeconds frame hop (P7: 0.010 s), rounded to whole samples
     * @param imemd the decomposition
     * @param normalizePeak divide the signal by max |x| first (P7)
     * @param centroidPower p of the Fce weights A^p, ≥ 0
     * @param distributionPower q of the SC/SP/SK/SU weights Eme^q, ≥ 0
     * @param seFloorDb the lowest SE in dB, &lt; 0
     * @param deltaQ Q of the deltas (P7: 2), ≥ 1
     * @param nMels mel bands of the SMFCC, ≥ 13
     * @param window the MFCC frame window
     * @param trendHz IMFs from the first whose zero-crossing rate is below this frequency on are trend, &gt; 0
     * @param undefined the value of undefined features (NaN by default)
     */
    public record Config(double sampleRate, double frameSeconds, double hopSeconds, Imemd.Config imemd,
                         boolean normalizePeak, double centroidPower, double distributionPower, double seFloorDb,
                         int deltaQ, int nMels, Window window, double trendHz, double undefined) {
        public Config {
            Checks.positive("sampleRate", sampleRate);
            Checks.positive("frameSeconds", frameSeconds);
            Checks.positive("hopSeconds", hopSeconds);
            Objects.requireNonNull(imemd, "imemd");
            Checks.nonNegative("centroidPower", centroidPower);
            Checks.nonNegative("distributionPower", distributionPower);
            if (!(seFloorDb < 0) || seFloorDb == Double.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("seFloorDb " + seFloorDb + " must be finite and < 0");
            }
            Checks.positive("deltaQ", deltaQ);
            if (nMels < 13) {
                throw new IllegalArgumentException("nMels " + nMels + " must be >= 13 for 12 SMFCC after c0");
            }
            Objects.requireNonNull(window, "window");
            Checks.positive("trendHz", trendHz);
            if (Math.round(frameSeconds * sampleRate) < 1 || Math.round(hopSeconds * sampleRate) < 1) {
                throw new IllegalArgumentException("frame " + frameSeconds + " s and hop " + hopSeconds
                        + " s must each be at least one sample at " + sampleRate + " Hz");
            }
        }

        /** P7 at 16 kHz (Emo-DB): 25 ms / 10 ms frames, IMEMD defaults, Q = 2, and the choices above. */
        public static Config defaults() {
            return new Config(16000, 0.025, 0.010, Imemd.Config.defaults(), true, 2.0, 1.0, -80.0, 2, 40,
                    Window.HAMMING, 50.0, Double.NaN);
        }

        public Config withSampleRate(double rate) {
            return new Config(rate, frameSeconds, hopSeconds, imemd, normalizePeak, centroidPower,
                    distributionPower, seFloorDb, deltaQ, nMels, window, trendHz, undefined);
        }

        public Config withImemd(Imemd.Config c) {
            return new Config(sampleRate, frameSeconds, hopSeconds, c, normalizePeak, centroidPower,
                    distributionPower, seFloorDb, deltaQ, nMels, window, trendHz, undefined);
        }

        public Config withUndefined(double value) {
            return new Config(sampleRate, frameSeconds, hopSeconds, imemd, normalizePeak, centroidPower,
                    distributionPower, seFloorDb, deltaQ, nMels, window, trendHz, value);
        }

        /** Frame length in samples. */
        public int frameLength() {
            return (int) Math.round(frameSeconds * sampleRate);
        }

        /** Hop in samples. */
        public int hopLength() {
            return (int) Math.round(hopSeconds * sampleRate);
        }
    }

    private static final int SMFCC = 12;

    private final Config config;
    private final Imemd imemd;
    private final Mfcc mfcc;
    private final Deltas delta;
    private final List<String> names;

    public Imemd43(Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.imemd = new Imemd(config.imemd());
        int frame = config.frameLength();
        Stft.Config stft = new Stft.Config(frame, frame, config.hopLength(), config.window(), false, PadMode.ZEROS);
        LogMel.Config logMel = LogMel.Config.defaults().withSampleRate(config.sampleRate()).withStft(stft);
        this.mfcc = new Mfcc(new Mfcc.Config(logMel.withMel(logMel.mel().withNMels(config.nMels())), SMFCC + 1, 0));
        this.delta = new Deltas(new Deltas.Config(2 * config.deltaQ() + 1, 1));
        List<String> n = new ArrayList<>(List.of("hs_sc", "hs_sp", "hs_sk", "hs_su", "hc_se", "hc_se_d1", "hc_se_d2"));
        for (String suffix : new String[] {"", "_d1", "_d2"}) {
            for (int c = 1; c <= SMFCC; c++) {
                n.add("smfcc_" + c + suffix);
            }
        }
        this.names = List.copyOf(n);
    }

    public Config config() {
        return config;
    }

    @Override
    public List<String> columnNames() {
        return names;
    }

    /**
     * @throws InvalidInputException if the signal has another sample rate, or fewer samples
     *     than one frame plus 2Q hops (the deltas need 2Q + 1 frames)
     */
    @Override
    public FeatureMatrix extract(Signal signal) {
        Checks.sampleRate(signal, config.sampleRate(), "IMEMD-43");
        int frame = config.frameLength();
        int hop = config.hopLength();
        Checks.minLength(signal, frame + 2 * config.deltaQ() * hop, "IMEMD-43 (one frame and 2Q hops)");
        double[] x = signal.toMono().channel(0);
        int n = x.length;
        if (config.normalizePeak()) {
            double peak = 0;
            for (double v : x) {
                peak = Math.max(peak, Math.abs(v));
            }
            if (peak > 0) {
                for (int i = 0; i < n; i++) {
                    x[i] /= peak;
                }
            }
        }
        int frames = Frames.count(n, frame, hop);
        double[][] imfs = imemd.decompose(x).imfs();
        double[][] hilbert = HilbertFrames.compute(imfs, n, config.sampleRate(), frames, frame, hop,
                config.centroidPower(), config.distributionPower(), config.undefined());
        double[][] se = contour(hilbert);
        double[][] seD1 = delta.apply(se);
        double[][] seD2 = delta.apply(seD1);
        double[][] cepstra = mfcc.compute(TrendFilter.detrended(imfs, n, config.sampleRate(), config.trendHz()));
        double[][] smfcc = new double[frames][SMFCC];
        for (int f = 0; f < frames; f++) {
            System.arraycopy(cepstra[f], 1, smfcc[f], 0, SMFCC);
        }
        double[][] smfccD1 = delta.apply(smfcc);
        double[][] smfccD2 = delta.apply(smfccD1);
        double[][] rows = new double[frames][];
        double[] times = new double[frames];
        for (int f = 0; f < frames; f++) {
            double[] r = new double[names.size()];
            System.arraycopy(hilbert[f], 0, r, 0, 4);
            r[4] = se[f][0];
            r[5] = seD1[f][0];
            r[6] = seD2[f][0];
            System.arraycopy(smfcc[f], 0, r, 7, SMFCC);
            System.arraycopy(smfccD1[f], 0, r, 7 + SMFCC, SMFCC);
            System.arraycopy(smfccD2[f], 0, r, 7 + 2 * SMFCC, SMFCC);
            rows[f] = r;
            times[f] = ((double) f * hop + frame / 2) / config.sampleRate();
        }
        return FeatureMatrix.of(names, times, rows);
    }

    /** SE(φ) = max(10·log₁₀(E(φ)/Ē), floor) as one-column rows. */
    private double[][] contour(double[][] hilbert) {
        int frames = hilbert.length;
        double mean = 0;
        for (double[] row : hilbert) {
            mean += row[HilbertFrames.ENERGY];
        }
        mean /= frames;
        double[][] se = new double[frames][1];
        for (int f = 0; f < frames; f++) {
            double e = hilbert[f][HilbertFrames.ENERGY];
            se[f][0] = mean > 0 ? Math.max(10 * Math.log10(e / mean), config.seFloorDb()) : config.undefined();
        }
        return se;
    }
}
