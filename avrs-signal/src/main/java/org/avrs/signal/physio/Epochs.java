package org.avrs.signal.physio;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.signal.Checks;

/**
 * Cuts event-locked epochs out of a signal, for event-related analysis (EEG, ECG, EDA alike): epoch k
 * covers samples [onsetₖ − B, onsetₖ + A) with B = round(beforeSeconds·fs) and A = round(afterSeconds·fs),
 * so the onset is sample B of every epoch. Optionally each channel has the mean of its pre-onset part
 * (the baseline, B ≥ 1 samples) subtracted. An event whose epoch does not fit inside the signal is left
 * out with a warning (never an exception).
 *
 * @param beforeSeconds time kept before each onset, s, ≥ 0
 * @param afterSeconds time kept from each onset on, s, &gt; 0
 * @param baseline subtract the pre-onset mean of each channel
 */
public record Epochs(double beforeSeconds, double afterSeconds, boolean baseline) {

    public Epochs {
        Checks.nonNegative("beforeSeconds", beforeSeconds);
        Checks.positive("afterSeconds", afterSeconds);
        if (baseline && beforeSeconds == 0) {
            throw new IllegalArgumentException("baseline correction needs beforeSeconds > 0");
        }
    }

    /**
     * The epochs of a signal.
     *
     * @param onsets event onsets, sample indices
     * @return the epochs that fit, with the onsets they belong to and a warning per event left out
     */
    public Set cut(Signal signal, int[] onsets) {
        Objects.requireNonNull(signal, "signal");
        double fs = signal.sampleRate();
        int before = (int) Math.round(beforeSeconds * fs);
        int after = (int) Math.round(afterSeconds * fs);
        if (after < 1) {
            throw new IllegalArgumentException("afterSeconds " + afterSeconds + " is under one sample at " + fs + " Hz");
        }
        List<Signal> epochs = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int k = 0; k < onsets.length; k++) {
            int from = onsets[k] - before;
            int to = onsets[k] + after;
            if (from < 0 || to > signal.length()) {
                warnings.add("event " + k + " at sample " + onsets[k] + ": epoch [" + from + ", " + to
                        + ") does not fit in the signal's " + signal.length() + " samples; left out");
                continue;
            }
            Signal epoch = signal.slice(from, to);
            epochs.add(baseline ? corrected(epoch, before) : epoch);
            kept.add(onsets[k]);
        }
        return new Set(epochs, kept.stream().mapToInt(Integer::intValue).toArray(), before, warnings);
    }

    private static Signal corrected(Signal epoch, int before) {
        double[][] x = epoch.toArray();
        for (double[] ch : x) {
            double mean = 0;
            for (int i = 0; i < before; i++) {
                mean += ch[i];
            }
            mean /= before;
            for (int i = 0; i < ch.length; i++) {
                ch[i] -= mean;
            }
        }
        return epoch.withData(x);
    }

    /**
     * Epochs cut from one signal.
     *
     * @param epochs one signal per event kept, all of one length
     * @param onsets the onset (in the original signal) of each epoch
     * @param onsetIndex the sample of each epoch at which its event starts
     * @param warnings one per event left out
     */
    public record Set(List<Signal> epochs, int[] onsets, int onsetIndex, List<String> warnings) {
        public Set {
            epochs = List.copyOf(epochs);
            onsets = onsets.clone();
            warnings = List.copyOf(warnings);
        }

        @Override
        public int[] onsets() {
            return onsets.clone();
        }

        public int size() {
            return epochs.size();
        }
    }
}
