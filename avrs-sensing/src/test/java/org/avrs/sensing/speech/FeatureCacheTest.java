package org.avrs.sensing.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.avrs.core.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCacheTest {

    @TempDir
    Path dir;

    @Test
    void storesReusesAndDistrustsACorruptFile() throws Exception {
        Dataset<Path> corpus = EmoDb.load(SyntheticSpeech.emoDbLike(dir.resolve("corpus"), 1, 1, 16000, 0.3, 1));
        SpeechFeatures f = new SpeechFeatures(5, List.of(org.avrs.signal.summary.Functionals.Statistic.MEAN));
        List<String> log = new ArrayList<>();
        FeatureCache cache = new FeatureCache(dir.resolve("cache"), log::add);
        Dataset<double[]> first = cache.vectors(corpus, f, 1, n -> { });
        Path file;
        try (var files = Files.list(dir.resolve("cache"))) {
            file = files.filter(p -> p.toString().endsWith(".avrsvec")).findFirst().orElseThrow();
        }
        int[] extracted = {0};
        Dataset<double[]> second = cache.vectors(corpus, f, 1, n -> extracted[0]++);
        assertThat(extracted[0]).as("read from the cache, nothing extracted").isZero();
        assertThat(log.get(log.size() - 1)).contains("read from cache");
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).input()).containsExactly(first.get(i).input());
            assertThat(second.get(i).id()).isEqualTo(first.get(i).id());
        }

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(file, bytes);
        Dataset<double[]> third = cache.vectors(corpus, f, 1, n -> extracted[0]++);
        assertThat(extracted[0]).as("a corrupt cache file is recomputed").isPositive();
        assertThat(log).anyMatch(m -> m.contains("ignoring cache file") && m.contains("checksum"));
        assertThat(third.get(3).input()).containsExactly(first.get(3).input());
    }

    @Test
    void theKeyFollowsAudioLabelsAndSettings() throws Exception {
        Dataset<Path> corpus = EmoDb.load(SyntheticSpeech.emoDbLike(dir.resolve("c"), 1, 1, 16000, 0.3, 1));
        String k = FeatureCache.key(corpus, SpeechFeatures.defaults());
        assertThat(FeatureCache.key(corpus, SpeechFeatures.defaults())).isEqualTo(k);
        assertThat(FeatureCache.key(corpus, new SpeechFeatures(13, SpeechFeatures.defaults().statistics()))).isNotEqualTo(k);
        assertThat(FeatureCache.key(corpus.withShuffledLabels(1), SpeechFeatures.defaults())).isNotEqualTo(k);
        Path first = corpus.get(0).input();
        byte[] audio = Files.readAllBytes(first);
        audio[audio.length - 1] ^= 1;
        Files.write(first, audio);
        assertThat(FeatureCache.key(corpus, SpeechFeatures.defaults())).isNotEqualTo(k);
    }
}
