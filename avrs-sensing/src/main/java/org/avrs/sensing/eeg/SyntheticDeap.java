package org.avrs.sensing.eeg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.avrs.core.io.AtomicFiles;
import org.avrs.signal.io.DeapReader;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Matrix;
import us.hebi.matlab.mat.types.Sinks;

/**
 * Writes seeded synthetic participant files in DEAP's preprocessed layout ({@link DeapCorpus}): 40
 * channels at 128 Hz, a baseline of {@code baselineSeconds} then the trial, and four ratings per trial.
 * The answer is known, so every pipeline can be checked against it.
 *
 * <p><b>EEG</b> (channels 1–32): a 1/f background — the sum of seven unit-variance AR(1) processes
 * x[n] = a·x[n−1] + √(1−a²)·w[n] whose Lorentzian spectra have corners 0.5, 1, 2, … 32 Hz
 * (a = exp(−2π·f_c/fs)); summing one Lorentzian per octave gives a spectrum close to 1/f between the
 * corners — scaled to {@code backgroundUv} RMS times a per-subject and per-channel gain (and, with
 * {@code trialVariability} &gt; 0, a per-trial and per-channel gain: a label-free trial signature).
 * On the {@code plantedChannels} come bursts: Gaussian-windowed sinusoids (envelope SD 0.1 s, carrier
 * uniform in the planted band, random phase) at Poisson times of rate {@code burstRate} per second
 * with amplitude {@code burstUv}·g_s·(1 + eegEffect) in trials whose {@code eegTarget} rating is high,
 * {@code burstUv}·g_s otherwise (and always in the baseline), g_s a per-subject gain. Bursts raise the
 * planted channels' band power (the class signal) and their kurtosis in every trial (what channel
 * selection by kurtosis should find).
 *
 * <p><b>Physiology:</b> hEOG, vEOG, zEMG, tEMG white noise of 5 µV; GSR skin resistance in Ohm,
 * 10⁶/(SCL + SCRs) with SCL 2–10 µS per subject and SCRs of Bateman shape (rise 0.75 s, decay 2 s,
 * amplitude 0.1–0.5 µS) at Poisson times, 4 per minute, ×(1 + physioEffect) in trials whose
 * {@code physioTarget} rating is high; Resp a 0.25 Hz sine; Plet a pulse wave (systolic and dicrotic
 * Gaussian peaks) at 65 bpm + 12·physioEffect bpm when high, with 3 % beat-to-beat jitter; Temp 33 °C.
 *
 * <p><b>Ratings:</b> per participant half the trials (rounded down) rate the EEG target high,
 * uniform in (5, 9], the others low, uniform in [1, 5], in random order; the other three ratings are
 * drawn the same way, independently (so with the default targets arousal is balanced too). Same config,
 * same files.
 */
public final class SyntheticDeap {

    private static final double FS = DeapReader.SAMPLE_RATE;
    private static final double[] CORNERS_HZ = {0.5, 1, 2, 4, 8, 16, 32};

    /**
     * @param subjects participants, ≥ 1 (files s01.mat …)
     * @param trials trials per participant, ≥ 2
     * @param trialSeconds seconds after the baseline, &gt; 0 (DEAP: 60)
     * @param baselineSeconds seconds of baseline before each trial, ≥ 0 (DEAP: 3)
     * @param eegTarget the rating whose high class carries the EEG effect
     * @param eegEffect relative increase of the burst amplitude in the high class, ≥ 0 (0: no effect)
     * @param plantedChannels EEG channels with bursts, names from DEAP's 32
     * @param bandLowHz lower edge of the burst carrier band, Hz
     * @param bandHighHz upper edge, Hz, below 64
     * @param burstRate bursts per second, &gt; 0
     * @param burstUv burst amplitude in µV, ≥ 0
     * @param backgroundUv RMS of the 1/f background in µV, &gt; 0
     * @param physioTarget the rating whose high class carries the physiological effect
     * @param physioEffect relative increase of SCR rate (and +12 bpm heart rate per unit), ≥ 0
     * @param subjectVariability SD of the log-normal per-subject gains, ≥ 0
     * @param trialVariability SD of log-normal per-trial, per-channel gains of the background, ≥ 0: a
     *     signature of each trial unrelated to its label (as electrode drift gives real recordings), which
     *     a protocol that puts windows of one trial on both sides of a split can exploit
     * @param seed the random seed
     */
    public record Config(int subjects, int trials, double trialSeconds, double baselineSeconds, String eegTarget,
                         double eegEffect, List<String> plantedChannels, double bandLowHz, double bandHighHz,
                         double burstRate, double burstUv, double backgroundUv, String physioTarget,
                         double physioEffect, double subjectVariability, double trialVariability, long seed) {

        public Config {
            if (subjects < 1 || subjects > 999) {
                throw new IllegalArgumentException("subjects " + subjects + " must be in 1..999");
            }
            if (trials < 2) {
                throw new IllegalArgumentException("trials " + trials + " must be >= 2");
            }
            positive("trialSeconds", trialSeconds);
            nonNegative("baselineSeconds", baselineSeconds);
            if ((baselineSeconds + trialSeconds) * FS * 40L * trials > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a participant file of " + trials + " trials × " + (baselineSeconds
                        + trialSeconds) + " s exceeds one MAT array; use fewer or shorter trials");
            }
            eegTarget = new RatingLabels(eegTarget, 5).target();
            physioTarget = new RatingLabels(physioTarget, 5).target();
            nonNegative("eegEffect", eegEffect);
            plantedChannels = List.copyOf(plantedChannels);
            for (String c : plantedChannels) {
                if (DeapReader.CHANNELS.subList(0, 32).indexOf(c) < 0) {
                    throw new IllegalArgumentException("planted channel '" + c + "' is not one of DEAP's 32 EEG channels");
                }
            }
            if (!(bandLowHz > 0 && bandLowHz < bandHighHz && bandHighHz < FS / 2)) {
                throw new IllegalArgumentException("burst band [" + bandLowHz + ", " + bandHighHz
                        + "] Hz must satisfy 0 < low < high < 64");
            }
            positive("burstRate", burstRate);
            nonNegative("burstUv", burstUv);
            positive("backgroundUv", backgroundUv);
            nonNegative("physioEffect", physioEffect);
            nonNegative("subjectVariability", subjectVariability);
            nonNegative("trialVariability", trialVariability);
        }

        /**
         * DEAP's sizes (40 trials of 60 s after a 3 s baseline), valence planted as gamma bursts (32–44 Hz,
         * 2 per second, 6 µV, +100 % when high) on six temporal/frontal channels F7, F8, FC5, FC6, T7, T8
         * over a 10 µV background, arousal planted in GSR and heart rate (effect 1), subject gains SD 0.3, no
         * trial signature, seed 1.
         */
        public static Config deapLike(int subjects) {
            return new Config(subjects, 40, 60, 3, "valence", 1.0, List.of("F7", "F8", "FC5", "FC6", "T7", "T8"),
                    32, 44, 2, 6, 10, "arousal", 1.0, 0.3, 0, 1);
        }

        /** {@link #deapLike} with fewer, shorter trials: for tests and examples. */
        public static Config small(int subjects, int trials, double trialSeconds) {
            Config d = deapLike(subjects);
            return new Config(subjects, trials, trialSeconds, d.baselineSeconds, d.eegTarget, d.eegEffect,
                    d.plantedChannels, d.bandLowHz, d.bandHighHz, d.burstRate, d.burstUv, d.backgroundUv,
                    d.physioTarget, d.physioEffect, d.subjectVariability, d.trialVariability, d.seed);
        }

        public Config withEffects(double eeg, double physio) {
            return new Config(subjects, trials, trialSeconds, baselineSeconds, eegTarget, eeg, plantedChannels,
                    bandLowHz, bandHighHz, burstRate, burstUv, backgroundUv, physioTarget, physio,
                    subjectVariability, trialVariability, seed);
        }

        public Config withSeed(long s) {
            return new Config(subjects, trials, trialSeconds, baselineSeconds, eegTarget, eegEffect, plantedChannels,
                    bandLowHz, bandHighHz, burstRate, burstUv, backgroundUv, physioTarget, physioEffect,
                    subjectVariability, trialVariability, s);
        }

        public Config withPlanted(List<String> channels) {
            return new Config(subjects, trials, trialSeconds, baselineSeconds, eegTarget, eegEffect, channels,
                    bandLowHz, bandHighHz, burstRate, burstUv, backgroundUv, physioTarget, physioEffect,
                    subjectVariability, trialVariability, seed);
        }

        /** This config with per-trial channel gains of log-SD {@code sd} (a trial signature). */
        public Config withTrialVariability(double sd) {
            return new Config(subjects, trials, trialSeconds, baselineSeconds, eegTarget, eegEffect, plantedChannels,
                    bandLowHz, bandHighHz, burstRate, burstUv, backgroundUv, physioTarget, physioEffect,
                    subjectVariability, sd, seed);
        }

        private static void positive(String name, double v) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + " " + v + " must be > 0 and finite");
            }
        }

        private static void nonNegative(String name, double v) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + " " + v + " must be >= 0 and finite");
            }
        }
    }

    private SyntheticDeap() {
    }

    /**
     * Writes {@code s01.mat} … into {@code dir} (created if needed), each atomically.
     *
     * @return the files written, in order
     */
    public static List<Path> write(Config config, Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int s = 1; s <= config.subjects(); s++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "s%02d.mat", s));
            Mat5File mat = participant(config, s);
            AtomicFiles.write(file, stream -> Mat5.newWriter(Sinks.wrapNonSeeking(stream, 1 << 16))
                    .setDeflateLevel(java.util.zip.Deflater.NO_COMPRESSION).writeMat(mat));
            out.add(file);
        }
        return out;
    }

    /** Participant {@code s} (1-based) as an in-memory MAT file with {@code data} and {@code labels}. */
    static Mat5File participant(Config c, int subject) {
        Random rnd = new Random(c.seed() * 1_000_003L + subject);
        int n = (int) Math.round((c.baselineSeconds() + c.trialSeconds()) * FS);
        int base = (int) Math.round(c.baselineSeconds() * FS);
        int trials = c.trials();
        double[][] ratings = ratings(c, rnd);
        double subjectGain = Math.exp(c.subjectVariability() * rnd.nextGaussian());
        double burstGain = Math.exp(c.subjectVariability() * rnd.nextGaussian());
        double[] channelGain = new double[32];
        for (int ch = 0; ch < 32; ch++) {
            channelGain[ch] = subjectGain * Math.exp(0.2 * rnd.nextGaussian());
        }
        double scl = 2 + 8 * rnd.nextDouble();
        int eegColumn = RatingLabels.TARGETS.indexOf(c.eegTarget());
        int physioColumn = RatingLabels.TARGETS.indexOf(c.physioTarget());
        Matrix data = Mat5.newMatrix(new int[] {trials, 40, n});
        for (int t = 0; t < trials; t++) {
            boolean eegHigh = ratings[t][eegColumn] > 5;
            boolean physioHigh = ratings[t][physioColumn] > 5;
            double[][] x = new double[40][];
            for (int ch = 0; ch < 32; ch++) {
                double trialGain = c.trialVariability() > 0 ? Math.exp(c.trialVariability() * rnd.nextGaussian()) : 1;
                x[ch] = background(n, c.backgroundUv() * channelGain[ch] * trialGain, rnd);
                if (c.plantedChannels().contains(DeapReader.CHANNELS.get(ch))) {
                    double rest = c.burstUv() * burstGain;
                    addBursts(x[ch], base, c, rest, eegHigh ? rest * (1 + c.eegEffect()) : rest, rnd);
                }
            }
            for (int ch = 32; ch < 36; ch++) {
                x[ch] = white(n, 5, rnd);
            }
            double effect = physioHigh ? c.physioEffect() : 0;
            x[36] = skinResistance(n, scl, 4.0 / 60 * (1 + effect), rnd);
            x[37] = respiration(n, rnd);
            x[38] = pulseWave(n, 65 + 12 * effect, rnd);
            x[39] = white(n, 0.01, rnd);
            for (int i = 0; i < n; i++) {
                x[39][i] += 33;
            }
            for (int ch = 0; ch < 40; ch++) {
                for (int i = 0; i < n; i++) {
                    data.setDouble(t + trials * (ch + 40 * i), x[ch][i]);
                }
            }
        }
        Matrix labels = Mat5.newMatrix(trials, 4);
        for (int t = 0; t < trials; t++) {
            for (int k = 0; k < 4; k++) {
                labels.setDouble(t, k, ratings[t][k]);
            }
        }
        Mat5File mat = Mat5.newMatFile();
        mat.addArray("data", data);
        mat.addArray("labels", labels);
        return mat;
    }

    /** Ratings [trial][valence, arousal, dominance, liking]: each scale half high (5, 9], half low [1, 5]. */
    private static double[][] ratings(Config c, Random rnd) {
        double[][] r = new double[c.trials()][4];
        for (int k = 0; k < 4; k++) {
            List<Boolean> high = new ArrayList<>();
            for (int t = 0; t < c.trials(); t++) {
                high.add(t < c.trials() / 2);
            }
            Collections.shuffle(high, rnd);
            for (int t = 0; t < c.trials(); t++) {
                double u = rnd.nextDouble();
                r[t][k] = high.get(t) ? 9 - 4 * u * 0.999 : 1 + 4 * u;
            }
        }
        return r;
    }

    /** The 1/f background of the class comment, scaled to RMS {@code rms}. */
    private static double[] background(int n, double rms, Random rnd) {
        double[] x = new double[n];
        double scale = rms / Math.sqrt(CORNERS_HZ.length);
        for (double corner : CORNERS_HZ) {
            double a = Math.exp(-2 * Math.PI * corner / FS);
            double innovation = Math.sqrt(1 - a * a);
            double state = rnd.nextGaussian();
            for (int i = 0; i < n; i++) {
                state = a * state + innovation * rnd.nextGaussian();
                x[i] += scale * state;
            }
        }
        return x;
    }

    /** Adds Gaussian-windowed bursts: amplitude {@code rest} in the baseline, {@code amplitude} after it. */
    private static void addBursts(double[] x, int baselineEnd, Config c, double rest, double amplitude, Random rnd) {
        double sd = 0.1 * FS;
        int half = (int) Math.ceil(4 * sd);
        double t = -Math.log(1 - rnd.nextDouble()) / c.burstRate() * FS;
        while (t < x.length) {
            int centre = (int) t;
            double f = c.bandLowHz() + (c.bandHighHz() - c.bandLowHz()) * rnd.nextDouble();
            double phase = 2 * Math.PI * rnd.nextDouble();
            double a = centre < baselineEnd ? rest : amplitude;
            for (int i = Math.max(0, centre - half); i < Math.min(x.length, centre + half + 1); i++) {
                double d = i - centre;
                x[i] += a * Math.exp(-0.5 * d * d / (sd * sd)) * Math.sin(2 * Math.PI * f * i / FS + phase);
            }
            t += -Math.log(1 - rnd.nextDouble()) / c.burstRate() * FS;
        }
    }

    private static double[] white(int n, double sd, Random rnd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = sd * rnd.nextGaussian();
        }
        return x;
    }

    /** 10⁶ / conductance (µS → Ohm), conductance = SCL + Bateman-shaped SCRs at Poisson times. */
    private static double[] skinResistance(int n, double scl, double ratePerSecond, Random rnd) {
        double[] g = new double[n];
        java.util.Arrays.fill(g, scl);
        double rise = 0.75;
        double decay = 2.0;
        // The Bateman function exp(−t/decay) − exp(−t/rise) peaks at t* = ln(decay/rise)·rise·decay/(decay − rise).
        double tPeak = Math.log(decay / rise) * rise * decay / (decay - rise);
        double peak = Math.exp(-tPeak / decay) - Math.exp(-tPeak / rise);
        double t = -Math.log(1 - rnd.nextDouble()) / ratePerSecond;
        while (t * FS < n) {
            double amp = 0.1 + 0.4 * rnd.nextDouble();
            for (int i = (int) Math.ceil(t * FS); i < n; i++) {
                double s = i / FS - t;
                if (s > 20) {
                    break;
                }
                g[i] += amp * (Math.exp(-s / decay) - Math.exp(-s / rise)) / peak;
            }
            t += -Math.log(1 - rnd.nextDouble()) / ratePerSecond;
        }
        for (int i = 0; i < n; i++) {
            g[i] = 1e6 / (g[i] + 0.01 * rnd.nextGaussian());
        }
        return g;
    }

    private static double[] respiration(int n, Random rnd) {
        double phase = 2 * Math.PI * rnd.nextDouble();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(2 * Math.PI * 0.25 * i / FS + phase) + 0.05 * rnd.nextGaussian();
        }
        return x;
    }

    /** A PPG-like pulse wave: per beat a systolic peak (0.15 s after the beat, SD 0.06 s) and a dicrotic one. */
    private static double[] pulseWave(int n, double bpm, Random rnd) {
        double[] x = white(n, 0.02, rnd);
        double rr = 60 / bpm;
        double beat = rr * rnd.nextDouble();
        while (beat * FS < n + FS) {
            addPeak(x, beat + 0.15, 0.06, 1.0);
            addPeak(x, beat + 0.42, 0.08, 0.35);
            beat += rr * (1 + 0.03 * rnd.nextGaussian());
        }
        return x;
    }

    private static void addPeak(double[] x, double centreSeconds, double sdSeconds, double amplitude) {
        int c = (int) Math.round(centreSeconds * FS);
        int half = (int) Math.ceil(4 * sdSeconds * FS);
        double sd = sdSeconds * FS;
        for (int i = Math.max(0, c - half); i < Math.min(x.length, c + half + 1); i++) {
            double d = i - centreSeconds * FS;
            x[i] += amplitude * Math.exp(-0.5 * d * d / (sd * sd));
        }
    }
}
