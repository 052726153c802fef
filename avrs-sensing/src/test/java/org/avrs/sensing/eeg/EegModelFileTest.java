package org.avrs.sensing.eeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.avrs.core.AffectEstimate;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.learn.ClassifierFile;
import org.avrs.learn.SvmTrainer;
import org.avrs.signal.eeg.Band;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and loading an EEG feature model: same pipeline, same probabilities; bad files named and refused. */
class EegModelFileTest {

    @TempDir
    static Path dir;

    private static EegModelFile saved;
    private static Dataset<EegTrial> held;
    private static Path file;

    @BeforeAll
    static void fitAndSave() throws IOException {
        Dataset<EegTrial> s1 = SyntheticCorpus.corpus(SyntheticCorpus.small(), "valence").subject("s01");
        // Two bands and three families, so that a non-default configuration must survive the round trip.
        WindowFeatures.Config features = WindowFeatures.Config.defaults()
                .withBands(List.of(new Band("alpha", 8, 14), new Band("gamma", 30, 45)))
                .withKinds(WindowFeatures.Config.kinds("psd,de,dasm"));
        FeatureWindows windows = new FeatureWindows(features, new Segmentation(2, 1));
        EegFeatureModel model = EegFeatureModel.fit(s1.subset("train", java.util.stream.IntStream.range(0, 8).toArray()),
                windows, new SvmTrainer(SvmTrainer.Config.defaults()), "eeg/de-svm@synthetic");
        saved = new EegModelFile(model, windows.segmentation());
        held = s1.subset("held", new int[] {8, 9});
        file = dir.resolve("eeg.avrs");
        saved.save(file);
    }

    @Test
    void loadGivesTheSamePipelineAndProbabilities() {
        EegModelFile loaded = EegModelFile.load(file);
        WindowFeatures a = saved.model().features();
        WindowFeatures b = loaded.model().features();
        assertThat(b.channels()).isEqualTo(a.channels());
        assertThat(b.sampleRate()).isEqualTo(a.sampleRate());
        assertThat(b.config()).isEqualTo(a.config());
        assertThat(b.names()).isEqualTo(a.names());
        assertThat(loaded.segmentation()).isEqualTo(new Segmentation(2, 1));
        assertThat(loaded.model().source()).isEqualTo("eeg/de-svm@synthetic");
        assertThat(loaded.model().classifier().labels()).isEqualTo(saved.model().classifier().labels());
        int windows = 0;
        for (var s : held.samples()) {
            Signal eeg = s.input().eeg();
            for (int start = 0; start + 256 <= eeg.length(); start += 128) {
                Signal w = eeg.slice(start, start + 256);
                assertThat(loaded.model().probabilities(w)).containsExactly(saved.model().probabilities(w));
                windows++;
            }
        }
        assertThat(windows).isEqualTo(22);
    }

    @Test
    void streamingUsesTheTrainingWindowAndStep() {
        Signal eeg = held.get(0).input().eeg(); // 12 s at 128 Hz: 2 s windows every 1 s
        List<AffectEstimate> out = EegModelFile.load(file).streaming().push(eeg.toArray());
        assertThat(out).hasSize(11);
        assertThat(out.get(3).span().start()).isEqualTo(3.0);
        assertThat(out.get(3).affect().distribution().orElseThrow())
                .containsExactly(saved.model().probabilities(eeg.slice(384, 640)));
    }

    @Test
    void hostileOrMismatchedPipelinesAreNamed() throws IOException {
        Map<String, Consumer<Map<String, String>>> cases = new LinkedHashMap<>();
        cases.put("kind", p -> p.put("kind", "speech"));
        cases.put("sampleRate", p -> p.put("sampleRate", "NaN"));
        cases.put("channels.count", p -> p.put("channels.count", "2000000000"));
        cases.put("channels.3", p -> p.remove("channels.3"));
        cases.put("bands.1", p -> p.put("bands.1", "gamma;45;30"));
        cases.put("windowSeconds", p -> p.put("windowSeconds", "1e12"));
        cases.put("kinds", p -> p.put("kinds", "de,wavelet"));
        cases.put("(features)", p -> p.put("channels.count", "31")); // 31 channels: the classifier takes more
        for (var c : cases.entrySet()) {
            Path bad = dir.resolve("bad-" + c.getKey() + ".avrs");
            Map<String, String> pipeline = new LinkedHashMap<>(ClassifierFile.load(file).pipeline());
            c.getValue().accept(pipeline);
            ClassifierFile.save(saved.model().classifier(), pipeline, bad);
            assertThatThrownBy(() -> EegModelFile.load(bad)).as(c.getKey()).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(bad.toString()).hasMessageContaining("'" + c.getKey() + "'");
        }
        Path garbage = dir.resolve("garbage.avrs");
        Files.write(garbage, new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> EegModelFile.load(garbage)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(garbage.toString());
    }
}
