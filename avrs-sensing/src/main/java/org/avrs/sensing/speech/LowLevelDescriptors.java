package org.avrs.sensing.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.avrs.core.InvalidInputException;
import org.avrs.signal.speech.Deltas;
import org.avrs.signal.speech.Energy;
import org.avrs.signal.speech.FrameConfig;
import org.avrs.signal.speech.LogMel;
import org.avrs.signal.speech.MelFilterbank;
import org.avrs.signal.speech.Mfcc;
import org.avrs.signal.speech.PowerToDb;
import org.avrs.signal.speech.SpectralShape;
import org.avrs.signal.speech.Yin;
import org.avrs.signal.speech.ZeroCrossingRate;

/**
 * The frame descriptors of {@link AcousticFunctionals} at one sample rate, with every extractor built
 * once. All extractors use centred frames with the same hop, so frame t of each is centred on sample
 * t·hop; the rows are cut to the shortest extractor's count (they agree for the frame lengths used).
 */
final class LowLevelDescriptors {

    /** Mel bands under the MFCC. */
    static final int MFCC_MEL_BANDS = 40;
    /** Log energy, ZCR, centroid, roll-off, flux. */
    static final int SPECTRAL_COLUMNS = 5;
    private static final double YIN_WINDOW_SECONDS = 0.040;
    private static final Deltas DELTA = new Deltas(new Deltas.Config(9, 1));
    private static final Deltas DELTA2 = new Deltas(new Deltas.Config(9, 2));

    private final AcousticFunctionals config;
    private final SpeechFraming framing;
    private final Mfcc mfcc;
    private final LogMel logMel;
    private final Energy energy;
    private final ZeroCrossingRate zcr;
    private final SpectralShape shape;
    private final Yin yin;
    private final List<String> names;

    LowLevelDescriptors(AcousticFunctionals config, double rate) {
        this.config = config;
        this.framing = SpeechFraming.at(rate);
        this.mfcc = new Mfcc(Mfcc.Config.defaults().withSampleRate(rate).withNFft(framing.nFft())
                .withWinLength(framing.window()).withHopLength(framing.hop()).withNMels(MFCC_MEL_BANDS)
                .withFmax(AcousticFunctionals.FMAX).withNMfcc(config.mfccCount()));
        this.logMel = config.melBands() == 0 ? null : new LogMel(LogMel.Config.defaults().withSampleRate(rate)
                .withStft(framing.stft())
                .withMel(MelFilterbank.Config.defaults().withNMels(config.melBands()).withFmax(AcousticFunctionals.FMAX))
                .withDb(new PowerToDb.Config(1, 1e-10, Double.POSITIVE_INFINITY)));
        // an even frame length keeps the time-domain frames aligned with the STFT frames
        FrameConfig frames = new FrameConfig(rate, framing.window() + (framing.window() & 1), framing.hop(), true);
        this.energy = new Energy(frames);
        this.zcr = new ZeroCrossingRate(frames);
        this.shape = new SpectralShape(new SpectralShape.Config(rate, framing.stft(), 0.85));
        int yinWindow = (int) Math.round(YIN_WINDOW_SECONDS * rate);
        this.yin = new Yin(new Yin.Config(rate, config.f0Min(), config.f0Max(), yinWindow + (yinWindow & 1),
                framing.hop(), config.yinThreshold(), true));
        this.names = names(config);
    }

    /** The descriptor names, in column order. */
    static List<String> names(AcousticFunctionals c) {
        List<String> n = new ArrayList<>();
        for (String kind : List.of("mfcc_", "mfcc_d1_", "mfcc_d2_")) {
            for (int i = 0; i < c.mfccCount(); i++) {
                n.add(kind + i);
            }
        }
        for (int i = 0; i < c.melBands(); i++) {
            n.add("logmel_" + i);
        }
        n.addAll(List.of("log_energy", "zcr", "centroid", "rolloff", "flux"));
        return List.copyOf(n);
    }

    /**
     * One recording's frames.
     *
     * @param names descriptor names
     * @param times frame centres, seconds
     * @param descriptors [frame][descriptor]
     * @param logEnergy 10·log₁₀(Σx² + 10⁻¹⁰) per frame
     * @param f0 YIN's F0 per frame, Hz
     * @param voiced YIN's voicing decision per frame
     * @param aperiodicity YIN's d′ at the chosen lag per frame
     */
    record Frames(List<String> names, double[] times, double[][] descriptors, double[] logEnergy, double[] f0,
                  boolean[] voiced, double[] aperiodicity) {

        /** The frames within {@code db} dB of the loudest (all for +∞); never empty. */
        boolean[] activeWithin(double db) {
            double max = Double.NEGATIVE_INFINITY;
            for (double e : logEnergy) {
                max = Math.max(max, e);
            }
            boolean[] active = new boolean[logEnergy.length];
            for (int t = 0; t < active.length; t++) {
                active[t] = logEnergy[t] >= max - db;
            }
            return active;
        }
    }

    /**
     * @throws InvalidInputException if the recording gives fewer than the 9 frames the deltas need
     */
    Frames compute(double[] x, String source) {
        int minSamples = 8 * framing.hop() + 1;
        if (x.length < minSamples) {
            throw new InvalidInputException(source, "length", String.format(Locale.ROOT,
                    "%.3f s is too short; the speech features need at least %.3f s (9 frames of 10 ms)",
                    x.length / framing.rate(), minSamples / framing.rate()));
        }
        double[][] cep = mfcc.compute(x);
        double[][] d1 = DELTA.apply(cep);
        double[][] d2 = DELTA2.apply(cep);
        double[][] mel = logMel == null ? null : logMel.compute(x);
        double[] e = energy.energies(x);
        double[] z = zcr.compute(x);
        double[][] s = shape.extract(org.avrs.core.Signal.of(framing.rate(), x)).toArray();
        double[][] y = yin.compute(x);
        int n = Math.min(Math.min(cep.length, e.length), Math.min(z.length, Math.min(s.length, y.length)));
        if (mel != null) {
            n = Math.min(n, mel.length);
        }
        int m = config.mfccCount();
        int bands = config.melBands();
        double[][] rows = new double[n][config.descriptorCount()];
        double[] logEnergy = new double[n];
        double[] times = new double[n];
        double[] f0 = new double[n];
        boolean[] voiced = new boolean[n];
        double[] aperiodicity = new double[n];
        for (int t = 0; t < n; t++) {
            double[] r = rows[t];
            System.arraycopy(cep[t], 0, r, 0, m);
            System.arraycopy(d1[t], 0, r, m, m);
            System.arraycopy(d2[t], 0, r, 2 * m, m);
            if (mel != null) {
                System.arraycopy(mel[t], 0, r, 3 * m, bands);
            }
            int k = 3 * m + bands;
            logEnergy[t] = 10 * Math.log10(e[t] + 1e-10);
            r[k] = logEnergy[t];
            r[k + 1] = z[t];
            System.arraycopy(s[t], 0, r, k + 2, 3);
            times[t] = (double) t * framing.hop() / framing.rate();
            f0[t] = y[t][0];
            voiced[t] = y[t][1] > 0.5;
            aperiodicity[t] = y[t][2];
        }
        return new Frames(names, times, rows, logEnergy, f0, voiced, aperiodicity);
    }
}
