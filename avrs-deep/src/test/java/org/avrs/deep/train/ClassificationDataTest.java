package org.avrs.deep.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.junit.jupiter.api.Test;

class ClassificationDataTest {

    private static Dataset<float[]> dataset(float[]... inputs) {
        Group speaker = Group.speaker("03");
        List<Sample<float[]>> samples = new java.util.ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            samples.add(Sample.of("s" + i, inputs[i], i % 2, speaker, "test"));
        }
        return new Dataset<>("test", EmotionSet.VALENCE_BINARY, samples);
    }

    @Test
    void takesInputsAndLabelsFromAnAvrsDataset() {
        ClassificationData d = ClassificationData.of(dataset(new float[] {1, 2}, new float[] {3, 4},
                new float[] {5, 6}), new long[] {2});
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.numClasses()).isEqualTo(2);
        assertThat(d.labels()).containsExactly(0, 1, 0);
        assertThat(d.sample(2)).containsExactly(5, 6);
        assertThatThrownBy(() -> ClassificationData.of(dataset(new float[] {1, 2}, new float[] {3}), new long[] {2}))
                .hasMessageContaining("sample s1 has 1 values");
    }

    @Test
    void shuffledLabelsKeepTheLabelCountsAndTheFeatures() {
        ClassificationData d = SyntheticData.argmax(90, 4, 3, 1);
        ClassificationData s = d.withShuffledLabels(5);
        assertThat(s.features()).isEqualTo(d.features());
        int[] a = d.labels();
        int[] b = s.labels();
        assertThat(b).isNotEqualTo(a);
        Arrays.sort(a);
        Arrays.sort(b);
        assertThat(b).isEqualTo(a);
        assertThat(d.withShuffledLabels(5)).isEqualTo(s);
    }

    @Test
    void refusesInconsistentOrNonFiniteData() {
        assertThatThrownBy(() -> new ClassificationData(new float[5], new long[] {2}, new int[] {0, 1}, 2))
                .hasMessageContaining("2 labels × 2 values per sample ≠ 5");
        assertThatThrownBy(() -> new ClassificationData(new float[4], new long[] {2}, new int[] {0, 2}, 2))
                .hasMessageContaining("label 2 of sample 1 is outside [0, 2)");
        assertThatThrownBy(() -> new ClassificationData(new float[] {0, 0, Float.NaN, 0}, new long[] {2},
                new int[] {0, 1}, 2)).hasMessageContaining("feature 0 of sample 1 is NaN");
    }

    @Test
    void balancedWeightsFollowScikitLearn() {
        ClassificationData d = new ClassificationData(new float[4], new long[] {1}, new int[] {0, 0, 0, 1}, 3);
        // n / (K · n_c): 4 / (3 · 3), 4 / (3 · 1), and 0 for the absent class
        assertThat(d.balancedClassWeights()).containsExactly(4.0 / 9, 4.0 / 3, 0.0);
    }
}
