package org.avrs.signal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.testing.Golden;
import org.avrs.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvSignalReaderTest {

    private static Signal read(String text, CsvSignalReader.Config config) {
        return CsvSignalReader.read(BinarySource.of("t.csv", text.getBytes(StandardCharsets.UTF_8)), config);
    }

    @Test
    void columnsChosenByNameInTheOrderAsked() {
        Signal s = read("a,b,c\n1,2,3\n4,5,6\n", new CsvSignalReader.Config(100, List.of("c", "a")));
        assertThat(s.channelNames()).containsExactly("c", "a");
        assertThat(s.sampleRate()).isEqualTo(100);
        assertThat(s.channel("c")).containsExactly(3, 6);
        assertThat(s.channel("a")).containsExactly(1, 4);
        assertThat(s.units()).containsExactly("", "");
        assertThat(read("a,b,c\n1,2,3\n", CsvSignalReader.Config.of(1)).channelNames()).containsExactly("a", "b", "c");
    }

    @Test
    void delimitersQuotesLineEndingsBomAndBlankLines() {
        String bom = "\uFEFF";
        Signal s = read(bom + "\"x\";\"y\"\r\n1.5;-2e-3\r\n\r\n  \n3;\"4\"\r\n", CsvSignalReader.Config.of(10));
        assertThat(s.channelNames()).containsExactly("x", "y");
        assertThat(s.channel("x")).containsExactly(1.5, 3);
        assertThat(s.channel("y")).containsExactly(-2e-3, 4);
        Signal tab = read("p\tq\n1\t2", CsvSignalReader.Config.of(10)); // no final newline
        assertThat(tab.channel("q")).containsExactly(2);
        Signal one = read("ECG\n0.5\n0.25\n", CsvSignalReader.Config.of(1000));
        assertThat(one.channel("ECG")).containsExactly(0.5, 0.25);
    }

    // ---- hostile files

    private static void assertInvalid(String text, String... words) {
        assertThatThrownBy(() -> read(text, CsvSignalReader.Config.of(100))).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("t.csv: ").hasMessageContainingAll(words);
    }

    @Test
    void emptyHeaderOnlyAndMissingColumns() {
        assertInvalid("", "empty file");
        assertInvalid("\n1,2\n", "line 1", "empty header");
        assertInvalid("a,b\n", "line 2", "no data rows");
        assertThatThrownBy(() -> read("a,b\n1,2\n", new CsvSignalReader.Config(100, List.of("ECG"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContainingAll("no column 'ECG'", "[a, b]");
        assertInvalid("a,a\n1,2\n", "column names repeat");
    }

    @Test
    void truncatedAndRaggedRows() {
        assertInvalid("a,b\n1,2\n3\n", "line 3", "1 fields; the header has 2");
        assertInvalid("a,b\n1,2\n3,4,5\n", "line 3", "more than the header's 2 fields");
        assertInvalid("a,b\n1,2\n3,", "line 3", "column 'b'", "empty value");
    }

    @Test
    void nonNumbersNanAndInfinity() {
        assertInvalid("a,b\n1,x\n", "line 2, column 'b'", "'x' is not a number");
        assertInvalid("a,b\n1,2\nNaN,2\n", "line 3, column 'a'", "'NaN' is not finite");
        assertInvalid("a,b\n1,-Infinity\n", "line 2, column 'b'", "not finite");
        assertInvalid("a,b\n1,1e999\n", "line 2, column 'b'", "not finite");
    }

    /** CSV has no magic bytes: a binary file fails on its first field that is not a number. */
    @Test
    void binaryGarbageIsNotACsv() {
        byte[] wav = TestFiles.resource("io/wav/pcm_s16_stereo.wav");
        assertThatThrownBy(() -> CsvSignalReader.read(BinarySource.of("t.csv", wav), CsvSignalReader.Config.of(100)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("t.csv: line ");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -100, Double.NaN, Double.POSITIVE_INFINITY})
    void theStatedRateMustBePositiveAndFinite(double rate) {
        assertThatThrownBy(() -> CsvSignalReader.Config.of(rate)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sampleRate");
    }

    /** NeuroKit2's example files, against numpy.genfromtxt (tools/golden/signal_io_csv.py). */
    @ParameterizedTest
    @ValueSource(strings = {"bio_eventrelated_100hz.csv", "bio_resting_5min_100hz.csv", "bio_resting_8min_100hz.csv",
        "ecg_1000hz.csv", "ecg_3000hz.csv", "eog_100hz.csv"})
    void readsNeuroKitFilesAsNumpyDoes(String file) {
        Path p = SharedData.require("physio").resolve(file);
        JsonNode ref = Golden.load("io/csv/expected.json").get(file);
        double rate = file.contains("3000hz") ? 3000 : file.contains("1000hz") ? 1000 : 100;
        Signal s = CsvSignalReader.read(p, CsvSignalReader.Config.of(rate));
        List<String> cols = new ArrayList<>();
        ref.get("columns").forEach(c -> cols.add(c.asText()));
        assertThat(s.channelNames()).isEqualTo(cols);
        assertThat(s.length()).isEqualTo(ref.get("rows").asInt());
        for (String c : cols) {
            double[] x = s.channel(c);
            assertThat(x).startsWith(Golden.doubles(ref.get("first3").get(c)));
            assertThat(x[x.length - 1]).isEqualTo(ref.get("last").get(c).asDouble());
            double sum = 0;
            for (double v : x) {
                sum += v;
            }
            double expected = ref.get("sum").get(c).asDouble();
            assertThat(sum).as(c).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
        }
        if (ref.has("photosensor_drops")) {
            double[] photo = s.channel("Photosensor");
            List<Integer> drops = new ArrayList<>();
            for (int i = 1; i < photo.length; i++) {
                if (photo[i - 1] >= 2.5 && photo[i] < 2.5) {
                    drops.add(i);
                }
            }
            assertThat(drops).containsExactly(1024, 4958, 9224, 12984); // the data README's stimulus onsets
        }
    }
}
