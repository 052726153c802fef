package org.avrs.sensing.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus loaders read labels and speakers by their documented conventions and name every bad file. */
class SpeechCorporaTest {

    @TempDir
    Path dir;

    private Path wav(String relative) throws Exception {
        return SyntheticSpeech.wav(dir.resolve(relative), 16000, SyntheticSpeech.voiced(16000, 0.2, 150, 0.3,
                new Random(1)));
    }

    private static String label(Dataset<Path> d, String id) {
        return d.labels().label(d.samples().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().label());
    }

    private static Group group(Dataset<Path> d, String id) {
        return d.samples().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().group();
    }

    @Test
    void tessNamesGiveSpeakerWordAndEmotion() throws Exception {
        wav("OAF_angry/OAF_back_angry.wav");
        wav("YAF_pleasant_surprised/YAF_dog_ps.wav");
        wav("YAF_sad/YAF_germ_Sad.wav");
        Dataset<Path> d = SpeechCorpus.TESS.load(dir);
        assertThat(d.labels()).isEqualTo(EmotionSet.EKMAN_NEUTRAL);
        assertThat(label(d, "OAF_back_angry")).isEqualTo("anger");
        assertThat(label(d, "YAF_dog_ps")).isEqualTo("surprise");
        assertThat(label(d, "YAF_germ_sad")).isEqualTo("sadness");
        assertThat(group(d, "YAF_dog_ps")).isEqualTo(Group.speaker("YAF"));
        assertThat(d.groups()).hasSize(2);
    }

    @Test
    void ravdessFieldsGiveEmotionAndActor() throws Exception {
        wav("Actor_12/03-01-05-01-02-01-12.wav");
        wav("Actor_01/03-01-02-02-01-02-01.wav");
        wav("Actor_01/03-02-08-01-01-01-01.wav");
        Dataset<Path> d = SpeechCorpus.RAVDESS.load(dir);
        assertThat(label(d, "03-01-05-01-02-01-12")).isEqualTo("anger");
        assertThat(label(d, "03-01-02-02-01-02-01")).isEqualTo("calm");
        assertThat(label(d, "03-02-08-01-01-01-01")).isEqualTo("surprise");
        assertThat(group(d, "03-01-05-01-02-01-12")).isEqualTo(Group.speaker("12"));
        assertThat(d.labels().labels()).containsExactly("neutral", "calm", "happiness", "sadness", "anger", "fear",
                "disgust", "surprise");
    }

    @Test
    void casiaFoldersGiveSpeakerAndEmotion() throws Exception {
        wav("liuchanhg/angry/201.wav");
        wav("wangzhe/surprise/201.wav");
        Dataset<Path> d = SpeechCorpus.CASIA.load(dir);
        assertThat(label(d, "liuchanhg/angry/201")).isEqualTo("anger");
        assertThat(label(d, "wangzhe/surprise/201")).isEqualTo("surprise");
        assertThat(group(d, "wangzhe/surprise/201")).isEqualTo(Group.speaker("wangzhe"));
    }

    @Test
    void enterfaceFoldersGiveSubjectAndEmotion() throws Exception {
        wav("subject 1/anger/sentence 1/s1_an_1.wav");
        wav("subject 12/happiness/sentence 5/s12_ha_5.wav");
        Dataset<Path> d = SpeechCorpus.ENTERFACE.load(dir);
        assertThat(label(d, "subject 12/happiness/sentence 5/s12_ha_5")).isEqualTo("happiness");
        assertThat(group(d, "subject 1/anger/sentence 1/s1_an_1")).isEqualTo(Group.speaker("1"));
        assertThat(d.get(0).origin().trial()).startsWith("sentence");
    }

    @Test
    void everyBadFileIsNamedInOneLine() throws Exception {
        wav("Actor_01/03-01-05-01-02-01-01.wav");
        wav("Actor_01/03-01-09-01-02-01-01.wav");
        Files.writeString(dir.resolve("Actor_01/readme.txt"), "x");
        Files.write(dir.resolve("Actor_01/03-01-04-01-02-01-01.wav"), new byte[] {'R', 'I', 'F', 'F', 1});
        assertThatThrownBy(() -> SpeechCorpus.RAVDESS.load(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("3 files cannot be used")
                .hasMessageContaining("03-01-09-01-02-01-01.wav: not a RAVDESS file name")
                .hasMessageContaining("readme.txt")
                .hasMessageContaining("03-01-04-01-02-01-01.wav: unreadable WAV")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void emptyAndMissingFoldersAreClearErrors() {
        assertThatThrownBy(() -> SpeechCorpus.CASIA.load(dir)).hasMessageContaining("no .wav files");
        assertThatThrownBy(() -> SpeechCorpus.TESS.load(dir.resolve("nope"))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> SpeechCorpus.named("iemocap")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("emodb");
    }

    @Test
    void everyCorpusLabelIsASharedLabelWithTheSharedCoordinates() {
        for (SpeechCorpus c : SpeechCorpus.values()) {
            for (String label : c.labels().labels()) {
                assertThat(c.labels().coordinates(label)).as(c + " " + label)
                        .isEqualTo(SpeechEmotions.SHARED.coordinates(label));
            }
        }
        Dataset<Path> tess = new Dataset<>("t", EmotionSet.EKMAN_NEUTRAL, java.util.List.of(
                org.avrs.core.data.Sample.of("a", Path.of("a.wav"), EmotionSet.EKMAN_NEUTRAL.indexOf("surprise"),
                        Group.speaker("YAF"), "tess")));
        Dataset<Path> shared = SpeechEmotions.toShared(tess);
        assertThat(shared.labels().label(shared.get(0).label())).isEqualTo("surprise");
    }
}
