package org.avrs.sensing.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmoDbTest {

    @TempDir
    Path dir;

    @Test
    void labelsComeFromTheFileName() {
        var s = EmoDb.sample(Path.of("wav/03a01Fa.wav"));
        assertThat(s.id()).isEqualTo("03a01Fa");
        assertThat(EmotionSet.EMODB.label(s.label())).isEqualTo("happiness");
        assertThat(s.group()).isEqualTo(Group.speaker("03"));
        assertThat(s.origin().trial()).isEqualTo("a01");
        assertThat(EmotionSet.EMODB.label(EmoDb.sample(Path.of("16b10Wc.wav")).label())).isEqualTo("anger");
        assertThat(EmotionSet.EMODB.label(EmoDb.sample(Path.of("16b10Lb.wav")).label())).isEqualTo("boredom");
    }

    @Test
    void aForeignFileIsNamedNotSkipped() throws Exception {
        Files.createFile(dir.resolve("03a01Fa.wav"));
        Files.writeString(dir.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> EmoDb.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("notes.txt").hasMessageContaining("not a .wav file");
    }

    @Test
    void aBadNameIsNamed() throws Exception {
        Files.createFile(dir.resolve("03a01Xa.wav"));
        assertThatThrownBy(() -> EmoDb.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("03a01Xa.wav").hasMessageContaining("not an EmoDB name");
    }

    @Test
    void missingAndEmptyFoldersAreClearErrors() {
        assertThatThrownBy(() -> EmoDb.load(dir.resolve("nope"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("does not exist");
        assertThatThrownBy(() -> EmoDb.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no .wav files");
    }

    @Test
    void theSharedCopyHasThePublishedCounts() {
        Dataset<Path> data = EmoDb.load(SharedData.require("emodb"));
        assertThat(data.size()).isEqualTo(535);
        assertThat(data.groups()).hasSize(10);
        // anger 127, boredom 81, disgust 46, fear 69, happiness 71, sadness 62, neutral 79 (EmoDB README)
        assertThat(data.labelCounts()).containsExactly(127, 81, 46, 69, 71, 62, 79);
        assertThat(data.groupCounts().get(Group.speaker("16"))).isEqualTo(71);
    }
}
