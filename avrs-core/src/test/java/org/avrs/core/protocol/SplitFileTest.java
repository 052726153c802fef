package org.avrs.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.avrs.core.InvalidInputException;
import org.avrs.core.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitFileTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsAndLeavesNoTemporaryFile() throws IOException {
        Dataset<String> data = RandomDatasets.make(4, true);
        SplitFile saved = SplitFile.of(new GroupRotation(), data);
        Path file = dir.resolve("splits.tsv");
        saved.write(file);
        SplitFile read = SplitFile.read(file, data);
        assertThat(read).isEqualTo(saved);
        assertThat(read.splits()).isEqualTo(new GroupRotation().splits(data));
        assertThat(read.protocol()).isEqualTo("group-rotation");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void refusesAnotherDatasetNamingBothFingerprints() {
        Dataset<String> data = RandomDatasets.make(4, false);
        Dataset<String> other = RandomDatasets.make(5, false);
        Path file = dir.resolve("splits.tsv");
        SplitFile.of(new LeaveOneGroupOut(), data).write(file);
        assertThatThrownBy(() -> SplitFile.read(file, other))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("line 4 (fingerprint)")
                .hasMessageContaining(data.fingerprint()).hasMessageContaining(other.fingerprint());
        // a relabelled copy is another dataset too
        Dataset<String> shuffled = data.withShuffledLabels(1);
        assertThatThrownBy(() -> SplitFile.read(file, shuffled)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fingerprint");
    }

    @Test
    void refusesOverlappingSplitsAndBadPositions() throws IOException {
        Dataset<String> data = RandomDatasets.make(4, false);
        Path file = dir.resolve("splits.tsv");
        String header = "format\tavrs-splits/1\ndataset\tx\nfingerprint\t" + data.fingerprint() + "\nsamples\t"
                + data.size() + "\nprotocol\thand-made\n";
        Files.writeString(file, header + "split\tbad\t0 1\t\t1 2\n");
        assertThatThrownBy(() -> SplitFile.read(file, data)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("split 'bad'").hasMessageContaining("used twice");
        Files.writeString(file, header + "split\tbad\t0\t\t" + data.size() + "\n");
        assertThatThrownBy(() -> SplitFile.read(file, data)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 6 (test)").hasMessageContaining("position " + data.size());
        Files.writeString(file, header + "split\tbad\t0 x\t\t1\n");
        assertThatThrownBy(() -> SplitFile.read(file, data)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 6 (train)").hasMessageContaining("'x' is not a sample position");
        Files.writeString(file, header + "split\tbad\t0\n");
        assertThatThrownBy(() -> SplitFile.read(file, data)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("5 tab-separated fields");
        Files.writeString(file, header.replace("avrs-splits/1", "avrs-splits/9"));
        assertThatThrownBy(() -> SplitFile.read(file, data)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 1 (format)").hasMessageContaining("avrs-splits/9");
        Files.writeString(file, "format\tavrs-splits/1\n");
        assertThatThrownBy(() -> SplitFile.read(file, data)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'dataset' is missing");
        Files.writeString(file, header + "nonsense line without tabs\n");
        assertThatThrownBy(() -> SplitFile.read(file, data)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 6").hasMessageContaining("nonsense");
    }

    @Test
    void refusesNamesThatCannotBeSaved() {
        assertThatThrownBy(() -> new SplitFile("p", "d", "f", 1, List.of(new Split("a\tb", new int[0], new int[] {0}))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tab or line break");
    }
}
