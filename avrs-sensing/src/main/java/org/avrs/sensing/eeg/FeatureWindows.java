package org.avrs.sensing.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;

/**
 * The feature view of a corpus for the classical models: each trial is cut into the windows of a
 * {@link Segmentation} and every window becomes a {@link WindowFeatures} vector, a sample with its
 * trial's label, targets and group (ids and origins as {@link BandWindows}).
 */
public record FeatureWindows(WindowFeatures.Config features, Segmentation segmentation) {

    public FeatureWindows {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(segmentation, "segmentation");
    }

    /** The default features on 2 s windows. */
    public static FeatureWindows defaults() {
        return new FeatureWindows(WindowFeatures.Config.defaults(), Segmentation.defaults());
    }

    /**
     * The feature vectors of every window of every trial; trials are processed in parallel, the result
     * is in trial order. The extractor is built for the first trial's channels and rate; every trial
     * must have them.
     */
    public Dataset<double[]> apply(Dataset<EegTrial> trials) {
        if (trials.size() == 0) {
            return new Dataset<>(trials.name() + "/features", trials.labels(), List.of());
        }
        Signal first = trials.get(0).input().eeg();
        WindowFeatures extractor = new WindowFeatures(features, first.channelNames(), first.sampleRate());
        List<List<Sample<double[]>>> perTrial = trials.samples().parallelStream().map(s -> {
            Signal eeg = s.input().eeg();
            int len = segmentation.length(eeg.sampleRate());
            List<Sample<double[]>> rows = new ArrayList<>();
            int k = 0;
            for (int start : segmentation.starts(s.input())) {
                rows.add(BandWindows.window(s, extractor.extract(eeg.slice(start, start + len)), k++,
                        start / eeg.sampleRate()));
            }
            return rows;
        }).toList();
        List<Sample<double[]>> out = new ArrayList<>();
        perTrial.forEach(out::addAll);
        return new Dataset<>(trials.name() + "/features", trials.labels(), out);
    }

    /** The column names the vectors of a corpus with these channels and rate have. */
    public List<String> names(List<String> channels, double sampleRate) {
        return new WindowFeatures(features, channels, sampleRate).names();
    }
}
