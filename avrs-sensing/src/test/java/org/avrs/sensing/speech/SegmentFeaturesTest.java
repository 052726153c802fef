package org.avrs.sensing.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.avrs.core.Signal;
import org.junit.jupiter.api.Test;

class SegmentFeaturesTest {

    @Test
    void threeSecondsAt16kHzGive298Frames() {
        SegmentFeatures f = SegmentFeatures.defaults();
        assertThat(f.frames()).isEqualTo(298);
        assertThat(f.sampleShape()).containsExactly(1, 298, 40);
        assertThat(new SegmentFeatures(SegmentFeatures.Kind.MFCC, 13, 3.0).sampleShape()).containsExactly(1, 298, 39);
        double[] x = SyntheticSpeech.voiced(16000, 3.0, 150, 0.3, new Random(1));
        assertThat(f.image(f.firstSegment(x))).hasSize(298 * 40);
    }

    @Test
    void imemd43ImagesAreFiniteEvenOverTheZeroPadding() {
        SegmentFeatures f = new SegmentFeatures(SegmentFeatures.Kind.IMEMD43, 43, 0.5);
        assertThat(f.sampleShape()).containsExactly(1, 48, 43);
        // 0.3 s of sound then 0.2 s of zeros: where no IMF has amplitude P7's Hilbert features are undefined
        double[] x = SyntheticSpeech.voiced(16000, 0.3, 160, 0.3, new Random(4));
        float[] image = f.image(f.firstSegment(x));
        assertThat(image).hasSize(48 * 43);
        for (float v : image) {
            assertThat(Float.isFinite(v)).isTrue();
        }
        assertThatThrownBy(() -> new SegmentFeatures(SegmentFeatures.Kind.IMEMD43, 40, 3.0))
                .hasMessageContaining("43");
    }

    @Test
    void recordingsAreResampledSegmentedAndPadded() {
        SegmentFeatures f = SegmentFeatures.defaults();
        double[] x = SegmentFeatures.samples16k(Signal.of(22050, new double[22050 * 7]), "seven seconds");
        assertThat(x.length).isEqualTo(16000 * 7);
        assertThat(f.segments(x)).hasSize(3).allSatisfy(s -> assertThat(s).hasSize(48000));
        assertThat(f.segments(new double[100])).hasSize(1);
        assertThatThrownBy(() -> SegmentFeatures.samples16k(Signal.of(22050.5, new double[10]), "odd"))
                .hasMessageContaining("whole number");
    }

    @Test
    void maxNormalisationMakesTheImageScaleFree() {
        SegmentFeatures f = new SegmentFeatures(SegmentFeatures.Kind.MFCC, 13, 1.0);
        double[] x = SyntheticSpeech.voiced(16000, 1.0, 180, 0.1, new Random(2));
        double[] louder = java.util.Arrays.stream(x).map(v -> 5 * v).toArray();
        float[] a = f.image(x);
        float[] b = f.image(louder);
        for (int i = 0; i < a.length; i++) {
            assertThat((double) b[i]).isCloseTo(a[i], within(1e-3));
        }
    }
}
