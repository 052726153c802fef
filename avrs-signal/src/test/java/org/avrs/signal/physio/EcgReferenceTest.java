package org.avrs.signal.physio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.avrs.core.Signal;
import org.avrs.core.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * R-peaks of {@link EcgPeakDetector} against an independent reference on the NeuroKit2 example ECGs
 * (../shared/data/physio; skipped when absent): a SciPy transcription of Pan &amp; Tompkins (1985) in
 * tools/golden/signal_physio.py (Python 3.11, NumPy 1.24.2, SciPy 1.10.1), fixture
 * golden/physio/ecg_reference_peaks.json. A beat agrees when the two peaks are at most 10 ms apart;
 * sensitivity = reference beats matched / reference beats, PPV = detected beats matched / detected,
 * both over the beats at least 0.2 s from the record's ends: a QRS complex cut by the record's edge is
 * not scored (it concerns one reference beat, at 16 ms in ecg_1000hz, whose complex began before the
 * record; the Java detector, like NeuroKit2, needs the rise of a complex). Whole-record numbers are
 * printed too.
 * Both must be ≥ 99 % over the whole record for bio_eventrelated_100hz, bio_resting_8min_100hz,
 * ecg_1000hz and ecg_3000hz. bio_resting_5min_100hz (README: "some ECG noise towards the end") has
 * artifacts where neither detector is right (measured: whole record sensitivity 0.957, PPV 0.986;
 * first 200 s 0.990 / 1.000): it is held to 0.95 / 0.98 over the whole record as a regression floor, not
 * to the 99 % criterion.
 */
class EcgReferenceTest {

    @Test
    void agreesWithPanTompkinsWithinTenMilliseconds() {
        JsonNode golden = Golden.load("golden/physio/ecg_reference_peaks.json");
        for (JsonNode f : golden.get("files")) {
            String file = f.get("file").asText();
            double fs = f.get("fs").asDouble();
            Signal s = PhysioData.read(file, fs);
            assertThat(s.length()).isEqualTo(f.get("n").asInt());
            int[] reference = Golden.ints(f.get("peaks"));
            int[] detected = new EcgPeakDetector(EcgPeakDetector.Config.of(fs)).detect(s.channel("ECG")).indices();
            boolean noisy = file.startsWith("bio_resting_5min");
            int edge = (int) (0.2 * fs);
            double[] whole = agreement(reference, detected, fs, edge, s.length() - edge);
            double[] all = agreement(reference, detected, fs, 0, s.length());
            double[] early = agreement(reference, detected, fs, edge, (int) (200 * fs));
            System.out.printf(Locale.ROOT, "%s: reference %d beats, detected %d; sensitivity %.4f PPV %.4f"
                    + " (with the edges: %.4f / %.4f; first 200 s: %.4f / %.4f)%n", file, reference.length,
                    detected.length, whole[0], whole[1], all[0], all[1], early[0], early[1]);
            assertThat(whole[0]).as("%s sensitivity", file).isGreaterThanOrEqualTo(noisy ? 0.95 : 0.99);
            assertThat(whole[1]).as("%s PPV", file).isGreaterThanOrEqualTo(noisy ? 0.98 : 0.99);
        }
    }

    /** {sensitivity, PPV} over the peaks in [from, to), a match being within 10 ms. */
    static double[] agreement(int[] reference, int[] detected, double fs, int from, int to) {
        double tol = 0.010 * fs + 1e-9;
        return new double[] {matched(reference, detected, tol, from, to), matched(detected, reference, tol, from, to)};
    }

    private static double matched(int[] a, int[] b, double tol, int from, int to) {
        int total = 0;
        int hit = 0;
        for (int p : a) {
            if (p < from || p >= to) {
                continue;
            }
            total++;
            for (int q : b) {
                if (Math.abs(q - p) <= tol) {
                    hit++;
                    break;
                }
            }
        }
        return total == 0 ? Double.NaN : (double) hit / total;
    }
}
