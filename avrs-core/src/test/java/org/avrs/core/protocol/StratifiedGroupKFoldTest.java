package org.avrs.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.avrs.core.data.Dataset;
import org.junit.jupiter.api.Test;

/** The stratification does what it is for: folds whose label mix is closer to the whole than chance. */
class StratifiedGroupKFoldTest {

    /** Mean over classes of the SD over folds of each fold's share of that class (the algorithm's cost). */
    static double imbalance(Dataset<?> data, List<Split> folds) {
        int classes = data.labels().size();
        int[] totals = data.labelCounts();
        double sum = 0;
        int used = 0;
        for (int c = 0; c < classes; c++) {
            if (totals[c] == 0) {
                continue;
            }
            double[] shares = new double[folds.size()];
            for (int f = 0; f < folds.size(); f++) {
                for (int i : folds.get(f).test()) {
                    if (data.get(i).label() == c) {
                        shares[f] += 1.0 / totals[c];
                    }
                }
            }
            double mean = java.util.Arrays.stream(shares).average().orElseThrow();
            sum += Math.sqrt(java.util.Arrays.stream(shares).map(s -> (s - mean) * (s - mean)).sum() / shares.length);
            used++;
        }
        return sum / used;
    }

    @Test
    void foldsAreBetterBalancedThanRandomGroupFolds() {
        int better = 0;
        int datasets = 0;
        for (int seed = 0; seed < 30; seed++) {
            Dataset<String> data = RandomDatasets.make(seed, false);
            if (data.groups().size() < 8) {
                continue;
            }
            datasets++;
            double stratified = imbalance(data, new StratifiedGroupKFold(4, seed).splits(data));
            List<Split> random = new RepeatedGroupKFold(4, 20, seed).splits(data);
            double randomMean = 0;
            for (int r = 0; r < 20; r++) {
                randomMean += imbalance(data, random.subList(4 * r, 4 * r + 4)) / 20;
            }
            if (stratified < randomMean) {
                better++;
            }
        }
        assertThat(datasets).isGreaterThanOrEqualTo(10);
        assertThat(better).as("datasets where stratified folds beat the mean random partition").isEqualTo(datasets);
    }

    @Test
    void balancesAPlantedSplitExactly() {
        // 8 speakers: 4 say only class 0, 4 only class 1, all of equal size: 2 folds must get 2 of each kind
        java.util.List<org.avrs.core.data.Sample<String>> samples = new java.util.ArrayList<>();
        for (int g = 0; g < 8; g++) {
            for (int j = 0; j < 3; j++) {
                String id = g + "-" + j;
                samples.add(org.avrs.core.data.Sample.of(id, id, g % 2, org.avrs.core.data.Group.speaker("s" + g), "c"));
            }
        }
        Dataset<String> data = new Dataset<>("planted", org.avrs.core.EmotionSet.VALENCE_BINARY, samples);
        for (Split fold : new StratifiedGroupKFold(2, 5).splits(data)) {
            int[] counts = data.subset("fold", fold.test()).labelCounts();
            assertThat(counts).containsExactly(6, 6);
        }
    }
}
