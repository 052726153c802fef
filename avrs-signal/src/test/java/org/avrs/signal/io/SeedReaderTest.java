package org.avrs.signal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.avrs.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;

class SeedReaderTest {

    private static byte[] session(boolean compressed, String... variables) {
        Mat5File mat = Mat5.newMatFile();
        for (String v : variables) {
            int k = v.contains("_eeg") ? Integer.parseInt(v.substring(v.indexOf("_eeg") + 4)) : 0;
            mat.addArray(v, MatFiles.matrix(new int[] {62, 30 + k}, i -> 100 * k + i[0] + i[1] / 100.0));
        }
        return MatFiles.bytes(mat, compressed);
    }

    @Test
    void trialsInNumericOrderWith62NamedChannels() {
        List<SeedTrial> trials = SeedReader.read(BinarySource.of("djc_20140505.mat",
                session(true, "djc_eeg10", "djc_eeg2", "notes", "djc_eeg1")));
        assertThat(trials).extracting(SeedTrial::trial).containsExactly(1, 2, 10);
        assertThat(trials).extracting(SeedTrial::variable).containsExactly("djc_eeg1", "djc_eeg2", "djc_eeg10");
        SeedTrial t = trials.get(2);
        assertThat(t.signal().sampleRate()).isEqualTo(200);
        assertThat(t.signal().channelCount()).isEqualTo(62);
        assertThat(t.signal().length()).isEqualTo(40);
        assertThat(t.signal().channelNames()).startsWith("FP1", "FPZ", "FP2").endsWith("CB1", "O1", "OZ", "O2", "CB2");
        assertThat(t.signal().units()).containsOnly("uV");
        assertThat(t.signal().get(5, 7)).isEqualTo(1000 + 5 + 0.07); // channel × sample: v(c, s)
    }

    @Test
    void channelListHas62DistinctNames() {
        assertThat(SeedReader.CHANNELS).hasSize(62).doesNotHaveDuplicates();
        assertThat(SeedReader.CHANNELS.indexOf("CZ")).isEqualTo(27);
    }

    private static void assertInvalid(byte[] b, String... words) {
        assertThatThrownBy(() -> SeedReader.read(BinarySource.of("x.mat", b)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("x.mat: ").hasMessageContainingAll(words);
    }

    @Test
    void wrongChannelCountNoTrialsDuplicatesAndInfinities() {
        Mat5File wrong = Mat5.newMatFile();
        wrong.addArray("ab_eeg1", MatFiles.matrix(new int[] {61, 10}, i -> 0));
        assertInvalid(MatFiles.bytes(wrong, false), "'ab_eeg1'", "[61, 10]", "62 channels");
        assertInvalid(session(false, "data", "labels"), "none named", "[data, labels]");
        Mat5File zero = Mat5.newMatFile();
        zero.addArray("ab_eeg1", MatFiles.matrix(new int[] {0, 10}, i -> 0));
        assertInvalid(MatFiles.bytes(zero, true), "'ab_eeg1'", "[0, 10]", "62 channels");
        assertInvalid(session(true, "a_eeg1", "b_eeg1"), "'b_eeg1'", "trial 1 appears twice");
        Mat5File inf = Mat5.newMatFile();
        inf.addArray("ab_eeg1", MatFiles.matrix(new int[] {62, 10}, i -> i[1] == 9 ? Double.POSITIVE_INFINITY : 0));
        assertInvalid(MatFiles.bytes(inf, true), "'ab_eeg1' element [0, 9]", "Infinity");
        assertInvalid(new byte[0], "empty");
        assertInvalid(new byte[] {1, 2, 3}, "MAT file header", "truncated");
    }
}
