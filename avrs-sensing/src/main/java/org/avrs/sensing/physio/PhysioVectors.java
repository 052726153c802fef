package org.avrs.sensing.physio;

import java.util.ArrayList;
import java.util.List;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;

/**
 * Physiological recordings turned into {@link PhysioFeatures} vectors, one per sample (in parallel, in
 * order). Samples whose features are incomplete (too few beats, NaN) are left out and counted, not
 * imputed.
 *
 * @param vectors the complete vectors, samples otherwise unchanged
 * @param dropped ids of the samples left out, with the first warning of each
 */
public record PhysioVectors(Dataset<double[]> vectors, List<String> dropped) {

    public PhysioVectors {
        dropped = List.copyOf(dropped);
    }

    public static PhysioVectors of(Dataset<Signal> recordings, PhysioFeatures features) {
        List<PhysioFeatures.Result> results = recordings.samples().parallelStream()
                .map(s -> features.extract(s.input())).toList();
        List<Sample<double[]>> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            PhysioFeatures.Result r = results.get(i);
            Sample<Signal> s = recordings.get(i);
            if (r.complete()) {
                kept.add(s.withInput(r.values()));
            } else {
                dropped.add(s.id() + ": " + (r.warnings().isEmpty() ? "a feature is NaN" : r.warnings().get(0)));
            }
        }
        return new PhysioVectors(new Dataset<>(recordings.name() + "/physio-features", recordings.labels(), kept),
                dropped);
    }
}
