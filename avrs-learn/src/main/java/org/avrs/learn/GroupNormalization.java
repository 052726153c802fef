package org.avrs.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;

/**
 * Per-group feature normalisation: each group's (speaker's, subject's) feature vectors are z-scored
 * with the mean and standard deviation of that group's own vectors.
 *
 * <p>It uses the inputs only, never the labels, so applying it to a test speaker before prediction
 * is legitimate in a leave-one-speaker-out protocol: the statistics come from that speaker's own
 * unlabelled recordings, as a deployed system would gather them from a viewer's first utterances.
 * It is standard practice in speaker-independent speech emotion recognition (e.g. Schuller et al.,
 * "Acoustic emotion recognition: a benchmark comparison of performances", ASRU 2009,
 * doi:10.1109/ASRU.2009.5372886, "speaker normalisation"). A group of one sample maps to zeros.
 */
public final class GroupNormalization {

    private GroupNormalization() {
    }

    /** The dataset with every sample's vector z-scored by its own group's statistics. */
    public static Dataset<double[]> apply(Dataset<double[]> data) {
        Map<Group, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            members.computeIfAbsent(data.get(i).group(), g -> new ArrayList<>()).add(i);
        }
        double[][] normalized = new double[data.size()][];
        for (List<Integer> idx : members.values()) {
            double[][] rows = new double[idx.size()][];
            for (int k = 0; k < rows.length; k++) {
                rows[k] = data.get(idx.get(k)).input();
            }
            Standardizer s = Standardizer.fit(rows);
            for (int k = 0; k < rows.length; k++) {
                normalized[idx.get(k)] = s.apply(rows[k]);
            }
        }
        List<Sample<double[]>> out = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            out.add(data.get(i).withInput(normalized[i]));
        }
        return new Dataset<>(data.name(), data.labels(), out);
    }
}
