package org.avrs.sensing.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.avrs.core.Signal;
import org.avrs.signal.io.WavFormat;
import org.avrs.signal.io.WavWriter;

/** Seeded synthetic "speech" for tests: harmonic tones with a vibrato, written as WAV files. */
final class SyntheticSpeech {

    private SyntheticSpeech() {
    }

    /**
     * A voiced sound: harmonics 1…5 of f0 (amplitudes 1/h) with a 5 Hz vibrato of ±3 %, an amplitude
     * envelope, and a little white noise.
     */
    static double[] voiced(double rate, double seconds, double f0, double amplitude, Random rnd) {
        int n = (int) Math.round(rate * seconds);
        double[] x = new double[n];
        double phase = 0;
        for (int i = 0; i < n; i++) {
            double t = i / rate;
            double f = f0 * (1 + 0.03 * Math.sin(2 * Math.PI * 5 * t));
            phase += 2 * Math.PI * f / rate;
            double s = 0;
            for (int h = 1; h <= 5; h++) {
                s += Math.sin(h * phase) / h;
            }
            double env = Math.sin(Math.PI * Math.min(1, t / seconds));
            x[i] = amplitude * env * s / 2.3 + 0.002 * rnd.nextGaussian();
        }
        return x;
    }

    /** x followed by zeros up to {@code seconds}. */
    static double[] padded(double[] x, double rate, double seconds) {
        return java.util.Arrays.copyOf(x, (int) Math.round(rate * seconds));
    }

    static Path wav(Path file, double rate, double[] x) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        WavWriter.write(Signal.of(rate, x), WavFormat.Encoding.PCM_S16, file);
        return file;
    }

    /**
     * An EmoDB-named corpus: {@code speakers} speakers (03, 08, …), one take of every emotion per text;
     * emotion c is a tone at 110·1.25^c Hz with loudness 0.2 + 0.1·(c mod 3), each speaker shifted by a
     * few percent in pitch.
     */
    static Path emoDbLike(Path dir, int speakers, int texts, double rate, double seconds, long seed) throws IOException {
        String[] ids = {"03", "08", "09", "10", "11", "12", "13", "14", "15", "16"};
        String[] textIds = {"a01", "a02", "a04", "a05", "a07", "b01", "b02", "b03", "b09", "b10"};
        String letters = "WLEAFTN";
        Random rnd = new Random(seed);
        for (int s = 0; s < speakers; s++) {
            double speakerShift = 1 + 0.04 * (s - speakers / 2.0);
            for (int t = 0; t < texts; t++) {
                for (int c = 0; c < letters.length(); c++) {
                    double f0 = 110 * Math.pow(1.25, c) * speakerShift * (1 + 0.01 * rnd.nextGaussian());
                    double[] x = voiced(rate, seconds * (0.7 + 0.3 * rnd.nextDouble()), f0, 0.2 + 0.1 * (c % 3), rnd);
                    wav(dir.resolve(ids[s] + textIds[t] + letters.charAt(c) + "a.wav"), rate,
                            padded(x, rate, seconds));
                }
            }
        }
        return dir;
    }
}
