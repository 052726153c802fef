package org.avrs.sensing.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.avrs.core.AffectEstimate;
import org.avrs.core.data.Dataset;
import org.avrs.core.protocol.GroupRotation;
import org.avrs.deep.block.Crnn;
import org.avrs.deep.train.TrainConfig;
import org.avrs.signal.io.WavReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CRNN pipeline end to end on seconds of synthetic speech (CI-sized): a tiny network learns the
 * pitch classes across speakers under P7's rotation, resumes from its fold files, and a saved model
 * recognises a recording.
 */
class CrnnPipelineTest {

    @TempDir
    Path dir;

    private static CrnnTrainer tiny(int epochs) {
        Crnn.Config net = new Crnn.Config(2, List.of(4, 8), 3, List.of(2, 2), List.of(2, 2), List.of(8), 0.0, List.of(8),
                0.0);
        return new CrnnTrainer(net, TrainConfig.defaults().withMaxEpochs(epochs).withBatch(8, 1e-2)
                .withEarlyStopping(TrainConfig.Monitor.BALANCED_ACCURACY, epochs));
    }

    @Test
    void learnsAcrossSpeakersResumesAndRecognises() throws Exception {
        Path corpusDir = SyntheticSpeech.emoDbLike(dir.resolve("corpus"), 4, 1, 16000, 0.5, 4);
        Dataset<Path> corpus = EmoDb.load(corpusDir);
        SegmentFeatures features = new SegmentFeatures(SegmentFeatures.Kind.LOGMEL, 16, 0.5);
        CrnnEvaluation.Prepared prepared = CrnnEvaluation.prepare(corpus, features, 2, new FeatureCache(dir.resolve("cache"), m -> { }), n -> { });
        Path folds = dir.resolve("folds");
        int[] trainedFolds = {0};
        CrnnEvaluation.Listener count = new CrnnEvaluation.Listener() {
            @Override
            public void foldDone(String fold, int done, int total, boolean reused) {
                trainedFolds[0] += reused ? 0 : 1;
            }
        };
        // mild ranges: P7's ±2 semitones would blur these pitch-defined classes
        SpeechAugmentation mild = new SpeechAugmentation(1, 0.2, 0.05, 20, 40);
        SpeechEvaluation e = CrnnEvaluation.run(prepared, mild, tiny(30), new GroupRotation(), 1, 2, folds, count);
        System.out.printf("tiny CRNN, 4 synthetic speakers, rotation: UAR %.3f, folds %s (chance 1/7)%n", e.uar(),
                java.util.Arrays.toString(e.foldUars()));
        assertThat(e.folds()).hasSize(4);
        assertThat(e.uar()).isGreaterThan(0.35);
        assertThat(trainedFolds[0]).isEqualTo(4);

        SpeechEvaluation again = CrnnEvaluation.run(prepared, mild, tiny(30), new GroupRotation(), 1, 2, folds, count);
        assertThat(trainedFolds[0]).as("the second run reuses every fold").isEqualTo(4);
        assertThat(again.uar()).isEqualTo(e.uar());

        Path modelFile = dir.resolve("crnn.avrs");
        try (CrnnSpeechModel m = CrnnEvaluation.fitAllBut(prepared, corpus.groups().get(3), SpeechAugmentation.none(),
                tiny(10), 1, 2, r -> { })) {
            m.save(modelFile);
        }
        try (CrnnSpeechModel loaded = CrnnSpeechModel.load(modelFile)) {
            AffectEstimate est = loaded.recognize(WavReader.read(corpus.get(0).input()));
            assertThat(est.affect().distribution().orElseThrow()).hasSize(7);
            assertThat(est.affect().valence()).isBetween(-1.0, 1.0);
            assertThat(est.source()).contains("crnn");
            assertThat(loaded.features()).isEqualTo(features);
        }
    }
}
