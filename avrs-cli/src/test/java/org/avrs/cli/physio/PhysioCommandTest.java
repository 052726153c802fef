package org.avrs.cli.physio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.avrs.cli.eeg.AffectCli;
import org.avrs.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code avrs physio features} on NeuroKit's example (skipped without it) and {@code physio eval} on synthetic DEAP. */
class PhysioCommandTest {

    @Test
    void featuresAndEventRelatedResponsesOfTheNeurokitExample() throws Exception {
        Path csv = SharedData.require("physio").resolve("bio_eventrelated_100hz.csv");
        AffectCli r = AffectCli.run("physio", "features", csv.toString(), "--events", "Photosensor", "--conditions",
                "Negative,Neutral,Neutral,Negative", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("features").get("hr_mean").asDouble()).isBetween(45.0, 120.0);
        assertThat(j.get("events")).hasSize(4);
        assertThat(j.get("conditions")).hasSize(2);
        AffectCli text = AffectCli.run("physio", "features", csv.toString(), "--events", "Photosensor");
        assertThat(text.out()).contains("event 4").contains("SCR");
    }

    @Test
    void evalOnSyntheticDeapAndUsageErrors(@TempDir Path dir) throws Exception {
        assertThat(AffectCli.run("eeg", "synth", "--out", dir.toString(), "--subjects", "3", "--trials", "10",
                "--seconds", "15").exitCode()).isZero();
        AffectCli r = AffectCli.run("physio", "eval", "--data", dir.toString(), "--target", "arousal", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("accuracy").asDouble()).isGreaterThan(0.8);
        assertThat(j.get("trials").asInt()).isEqualTo(30);
        assertThat(j.get("dropped")).isEmpty();
        assertThat(AffectCli.run("physio", "eval", "--data", dir.toString(), "--model", "xgboost").exitCode())
                .isEqualTo(2);
        assertThat(AffectCli.run("physio", "features", dir.resolve("none.csv").toString()).exitCode()).isEqualTo(3);
    }
}
