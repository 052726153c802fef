package org.avrs.signal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;

class DeapReaderTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void eachTrialIsA40ChannelSignalWithItsRatings(boolean compressed) {
        List<DeapTrial> trials = DeapReader.read(BinarySource.of("s01.mat", MatFiles.deap(3, 40, 50, compressed)));
        assertThat(trials).hasSize(3);
        DeapTrial t = trials.get(2);
        assertThat(t.trial()).isEqualTo(3);
        Signal s = t.signal();
        assertThat(s.sampleRate()).isEqualTo(128);
        assertThat(s.channelCount()).isEqualTo(40);
        assertThat(s.length()).isEqualTo(50);
        assertThat(s.channelNames()).startsWith("Fp1", "AF3", "F3").endsWith("GSR", "Resp", "Plet", "Temp");
        assertThat(s.channelNames().get(31)).isEqualTo("O2");
        assertThat(s.units().get(0)).isEqualTo("uV");
        assertThat(s.units().get(36)).isEqualTo("Ohm");
        // data(t, c, s) = 1000 t + c + s / 1000 (MatFiles.deap)
        assertThat(s.get(0, 0)).isEqualTo(2000);
        assertThat(s.get(7, 49)).isEqualTo(2000 + 7 + 0.049);
        assertThat(s.get(39, 1)).isEqualTo(2000 + 39 + 0.001);
        // labels(t, k) = 1 + t + k / 10
        assertThat(List.of(t.valence(), t.arousal(), t.dominance(), t.liking())).containsExactly(3.0, 3.1, 3.2, 3.3);
    }

    @Test
    void channelListIsDeapsGenevaOrder() {
        assertThat(DeapReader.CHANNELS).hasSize(40).doesNotHaveDuplicates();
        assertThat(DeapReader.CHANNELS.subList(14, 17)).containsExactly("Oz", "Pz", "Fp2");
        assertThat(DeapReader.UNITS).hasSize(40);
    }

    private static void assertInvalid(byte[] b, String... words) {
        assertThatThrownBy(() -> DeapReader.read(BinarySource.of("s01.mat", b)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("s01.mat: ").hasMessageContainingAll(words);
    }

    @Test
    void wrongShapesMissingLabelsAndNonFiniteValues() {
        assertInvalid(MatFiles.deap(2, 39, 10, true), "'data'", "[2, 39, 10]", "trials × 40 × samples");
        assertInvalid(MatFiles.deap(1, 0, 10, false), "'data'", "[1, 0, 10]"); // zero channels
        Mat5File noLabels = Mat5.newMatFile();
        noLabels.addArray("data", MatFiles.matrix(new int[] {1, 40, 5}, i -> 0));
        assertInvalid(MatFiles.bytes(noLabels, true), "'labels'", "missing");
        Mat5File wrongLabels = Mat5.newMatFile();
        wrongLabels.addArray("data", MatFiles.matrix(new int[] {2, 40, 5}, i -> 0));
        wrongLabels.addArray("labels", MatFiles.matrix(new int[] {2, 3}, i -> 0));
        assertInvalid(MatFiles.bytes(wrongLabels, false), "'labels'", "2 trials × 4 ratings");
        Mat5File nan = Mat5.newMatFile();
        nan.addArray("data", MatFiles.matrix(new int[] {1, 40, 5}, i -> i[1] == 3 ? Double.NaN : 0));
        nan.addArray("labels", MatFiles.matrix(new int[] {1, 4}, i -> 5));
        assertInvalid(MatFiles.bytes(nan, true), "'data' element [0, 3, 0]", "NaN");
        Mat5File empty = Mat5.newMatFile();
        empty.addArray("data", MatFiles.matrix(new int[] {0, 40, 5}, i -> 0));
        empty.addArray("labels", MatFiles.matrix(new int[] {0, 4}, i -> 0));
        assertInvalid(MatFiles.bytes(empty, false), "'data'", "[0, 40, 5]");
        assertInvalid(new byte[0], "empty");
    }
}
