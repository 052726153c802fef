package org.avrs.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.avrs.cli.CliRun;
import org.avrs.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void onEmoDbItMeasuresSpeechAndRecommends() throws Exception {
        Path data = SharedData.require("emodb").getParent();
        Path report = dir.resolve("out/demo.html");
        CliRun run = CliRun.of("demo", "--data", data.toString(), "--json", "--quiet", "--report", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        double uar = json.at("/speech/uar").asDouble();
        System.out.printf("demo on EmoDB: LOSO UAR %.3f, WAR %.3f%n", uar, json.at("/speech/war").asDouble());
        assertThat(uar).isGreaterThanOrEqualTo(0.60);
        assertThat(json.at("/speech/war").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.at("/speech/confusion")).hasSize(7);
        assertAffectAndRecommendations(json);
        assertThat(Files.readString(report)).contains("<img alt=\"confusion matrix\"").contains("Recommendations for");
    }

    @Test
    void withoutEmoDbItUsesTheShippedModelAndClips() throws Exception {
        Path home = Path.of("..").toAbsolutePath().normalize();
        SpeechStep.Result speech = SpeechStep.withShippedModel(home.resolve("data/models/speech-emodb-svm.avrs"),
                home.resolve("data/samples/speech"), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertThat(speech.session()).hasSize(3);
        assertThat(speech.uar()).as("the shipped model records its LOSO UAR").isGreaterThanOrEqualTo(0.60);
        assertThat(speech.source()).contains("leave-one-speaker-out");
    }

    @Test
    void badInputIsOneLineAndExitCode3() throws Exception {
        CliRun missing = CliRun.of("demo", "--data", dir.resolve("nope").toString(), "--quiet");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("nope").contains("does not exist")
                .doesNotContain("Exception");

        Path wav = Files.createDirectories(dir.resolve("data/emodb/wav"));
        Files.write(wav.resolve("03a01Fa.wav"), new byte[] {'R', 'I', 'F', 'F', 1, 2});
        Files.writeString(wav.resolve("notes.txt"), "not audio");
        CliRun foreign = CliRun.of("demo", "--data", dir.resolve("data").toString(), "--quiet");
        assertThat(foreign.exitCode()).isEqualTo(3);
        assertThat(foreign.err().strip()).doesNotContain("\n").contains("notes.txt");

        Files.delete(wav.resolve("notes.txt"));
        CliRun corrupt = CliRun.of("demo", "--data", dir.resolve("data").toString(), "--quiet");
        assertThat(corrupt.exitCode()).isEqualTo(3);
        assertThat(corrupt.err().strip()).doesNotContain("\n").contains("03a01Fa.wav").doesNotContain("Exception");
    }

    @Test
    void usageErrorsExit2() {
        assertThat(CliRun.of("demo", "--strategy", "bogus").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("demo", "-k", "0").exitCode()).isEqualTo(2);
    }

    static void assertAffectAndRecommendations(JsonNode json) {
        JsonNode affect = json.get("affect");
        assertThat(affect.get("distribution").size()).isEqualTo(7);
        for (String dim : new String[] {"valence", "arousal", "dominance"}) {
            assertThat(affect.get(dim).asDouble()).isBetween(-1.0, 1.0);
        }
        JsonNode recs = json.get("recommendations");
        assertThat(recs).hasSize(10);
        for (JsonNode r : recs) {
            assertThat(r.get("movieId").asLong()).isPositive();
            assertThat(r.get("title").asText()).isNotBlank();
            assertThat(r.get("score").isNumber()).isTrue();
            assertThat(r.get("explanation").asText()).containsPattern("you (seem|sound|were|are|feel)");
        }
    }
}
