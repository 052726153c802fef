package org.avrs.sensing.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.avrs.signal.dsp.Butterworth;
import org.avrs.signal.dsp.Sos;
import org.avrs.signal.dsp.SosFilter;
import org.avrs.signal.eeg.Band;

/**
 * The raw-signal view of a corpus for the networks (Ji &amp; Dong 2022, doi:10.3389/fnins.2022.985709):
 * each trial's channels are band-passed as a whole — Butterworth of order N (2N poles, −3 dB at the
 * band edges), zero-phase ({@code sosfiltfilt}, odd padding), so that filter transients fall on the
 * trial's ends rather than on every window — and then cut into the windows of a {@link Segmentation}.
 *
 * <p>Every window becomes a sample with its trial's label, targets and group; its id is
 * {@code <trial id>/w<k>} and its origin keeps the trial and gives the window's start in seconds: the
 * trial's own offset plus the window's start within the trial's EEG.
 *
 * @param band the pass band, or null to keep the signal unfiltered
 * @param filterOrder Butterworth order N ≥ 1 (4)
 * @param segmentation where the windows lie
 */
public record BandWindows(Band band, int filterOrder, Segmentation segmentation) {

    public BandWindows {
        if (filterOrder < 1) {
            throw new IllegalArgumentException("filterOrder " + filterOrder + " must be >= 1");
        }
        Objects.requireNonNull(segmentation, "segmentation");
    }

    /** Order 4 and 2 s windows, in the given band. */
    public static BandWindows of(Band band) {
        return new BandWindows(band, 4, Segmentation.defaults());
    }

    /**
     * The windows of every trial.
     *
     * @throws InvalidInputException if the band does not fit below a trial's Nyquist frequency or a trial
     *     is too short to filter
     */
    public Dataset<EegWindow> apply(Dataset<EegTrial> trials) {
        List<Sample<EegWindow>> out = new ArrayList<>();
        Sos sos = null;
        double sosRate = Double.NaN;
        for (Sample<EegTrial> s : trials.samples()) {
            Signal eeg = s.input().eeg();
            if (band != null && eeg.sampleRate() != sosRate) {
                sos = design(eeg.sampleRate(), s);
                sosRate = eeg.sampleRate();
            }
            float[][] filtered = filtered(eeg, sos, s);
            int len = segmentation.length(eeg.sampleRate());
            int k = 0;
            for (int start : segmentation.starts(s.input())) {
                float[][] w = new float[filtered.length][];
                for (int c = 0; c < w.length; c++) {
                    w[c] = java.util.Arrays.copyOfRange(filtered[c], start, start + len);
                }
                out.add(window(s, EegWindow.owning(w, eeg.channelNames(), eeg.sampleRate()), k++,
                        start / eeg.sampleRate()));
            }
        }
        return new Dataset<>(trials.name() + "/" + (band == null ? "raw" : band.name()), trials.labels(), out);
    }

    /** A window sample of a trial sample: same label, targets and group; trial kept in the origin. */
    static <I> Sample<I> window(Sample<EegTrial> trial, I input, int k, double offsetSeconds) {
        Sample.Origin o = trial.origin();
        return new Sample<>(trial.id() + String.format(Locale.ROOT, "/w%03d", k), input, trial.label(),
                trial.targets(), trial.group(), new Sample.Origin(o.corpus(), o.recording(), o.trial(),
                o.offsetSeconds() + offsetSeconds, o.time()));
    }

    private Sos design(double fs, Sample<EegTrial> s) {
        if (!(band.low() > 0 && band.high() < fs / 2)) {
            throw new InvalidInputException(s.origin().recording(), "trial " + s.origin().trial(), "band "
                    + band.name() + " [" + band.low() + ", " + band.high() + ") Hz needs 0 < low and high < "
                    + fs / 2 + " Hz (the Nyquist frequency at " + fs + " Hz)");
        }
        return Butterworth.bandpass(filterOrder, band.low(), band.high(), fs);
    }

    private static float[][] filtered(Signal eeg, Sos sos, Sample<EegTrial> s) {
        if (sos != null && eeg.length() <= sos.defaultPadLength()) {
            throw new InvalidInputException(s.origin().recording(), "trial " + s.origin().trial(), eeg.length()
                    + " samples are too few to band-pass (more than " + sos.defaultPadLength() + " needed)");
        }
        float[][] out = new float[eeg.channelCount()][];
        for (int c = 0; c < out.length; c++) {
            double[] x = eeg.channel(c);
            double[] y = sos == null ? x : SosFilter.filtfilt(sos, x);
            out[c] = new float[y.length];
            for (int i = 0; i < y.length; i++) {
                out[c][i] = (float) y[i];
            }
        }
        return out;
    }
}
