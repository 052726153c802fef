package org.avrs.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.avrs.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The protocols on Berlin EmoDB's real metadata ({@code shared/data/emodb/labels.csv}: 535 utterances,
 * 10 speakers); skipped with a printed reason when the shared data is absent.
 */
class EmoDbProtocolsTest {

    private static Dataset<String> emodb() throws IOException {
        Path csv = SharedData.require("emodb").resolve("labels.csv");
        List<Sample<String>> samples = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            samples.add(Sample.of(f[0], f[0], EmotionSet.EMODB.indexOf(f[3]), Group.speaker(f[1]), "emodb"));
        }
        return new Dataset<>("emodb", EmotionSet.EMODB, samples);
    }

    @Test
    void rotationIsEightTrainOneValidateOneTestOverTenFolds() throws IOException {
        Dataset<String> data = emodb();
        assertThat(data.size()).isEqualTo(535);
        List<Split> splits = new GroupRotation().splits(data);
        assertThat(splits).hasSize(10);
        assertThat(splits.get(0).name()).isEqualTo("test speaker 03, validate speaker 08");
        for (Split s : splits) {
            s.checkDisjoint(data);
            assertThat(s.trainGroups(data)).hasSize(8);
            assertThat(s.testGroups(data)).hasSize(1);
            assertThat(s.train().length + s.validation().length + s.test().length).isEqualTo(535);
        }
    }

    @Test
    void stratifiedFoldsKeepTheClassMixBetterThanRandomSpeakerFolds() throws IOException {
        Dataset<String> data = emodb();
        List<Split> stratified = new StratifiedGroupKFold(5, 42).splits(data);
        stratified.forEach(fold -> assertThat(fold.testGroups(data)).hasSize(2));
        List<Split> random = new RepeatedGroupKFold(5, 50, 42).splits(data);
        double randomMean = 0;
        for (int r = 0; r < 50; r++) {
            randomMean += StratifiedGroupKFoldTest.imbalance(data, random.subList(5 * r, 5 * r + 5)) / 50;
        }
        double imbalance = StratifiedGroupKFoldTest.imbalance(data, stratified);
        System.out.printf("EmoDB 5 folds: class-share imbalance %.4f stratified, %.4f mean of 50 random partitions%n",
                imbalance, randomMean);
        assertThat(imbalance).isLessThan(randomMean);
    }
}
