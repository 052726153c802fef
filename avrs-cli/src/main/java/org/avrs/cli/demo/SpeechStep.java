package org.avrs.cli.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.avrs.cli.ProgressBar;
import org.avrs.core.AffectEstimate;
import org.avrs.core.InvalidInputException;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.avrs.core.metrics.ConfusionMatrix;
import org.avrs.core.protocol.LeaveOneGroupOut;
import org.avrs.learn.SvmTrainer;
import org.avrs.sensing.speech.SpeakerSession;
import org.avrs.sensing.speech.SpeechEmotionModel;
import org.avrs.sensing.speech.SpeechEvaluation;
import org.avrs.sensing.speech.SpeechFeatures;
import org.avrs.sensing.speech.SpeechVectors;
import org.avrs.signal.io.WavReader;

/**
 * The demo's speech half. With EmoDB: a leave-one-speaker-out evaluation of the classical pipeline,
 * then a viewer session in which one held-out speaker's recordings are recognised by a model trained
 * on the other nine. Without EmoDB: the shipped model (its LOSO figures recorded when it was built)
 * recognises the bundled viewer clips.
 */
final class SpeechStep {

    /** κ of the per-speaker normalisation: pseudo-recordings of population statistics. */
    static final double PRIOR_WEIGHT = 5;
    /** The demo's classifier: RBF-SVM, C = 10, γ = scale. */
    static final SvmTrainer.Config SVM = SvmTrainer.Config.defaults();

    /** One recognised recording of the viewer session. */
    record Clip(String name, String trueLabel, AffectEstimate estimate) {
    }

    /**
     * The speech results.
     *
     * @param source what the figures come from, printed with them
     * @param confusion pooled LOSO confusion matrix; null when taken from the shipped model's notes
     */
    record Result(String source, double uar, double war, ConfusionMatrix confusion, List<Clip> session) {
    }

    private SpeechStep() {
    }

    /** LOSO on EmoDB at {@code emodbDir}, then a session of {@code viewerSpeaker}'s first three recordings. */
    static Result withEmoDb(Path emodbDir, String viewerSpeaker, int threads, boolean progress, PrintStream log) {
        Dataset<Path> corpus = org.avrs.sensing.speech.EmoDb.load(emodbDir);
        SpeechFeatures features = SpeechFeatures.defaults();
        log.printf(Locale.ROOT, "speech: EmoDB at %s, %d recordings of %d speakers; features %s%n", emodbDir,
                corpus.size(), corpus.groups().size(), features);
        ProgressBar bar = new ProgressBar("speech: features", corpus.size(), progress);
        Dataset<double[]> vectors = SpeechVectors.extract(corpus, features, threads, bar::update);

        ProgressBar folds = new ProgressBar("speech: leave-one-speaker-out folds", corpus.groups().size(), progress);
        SvmTrainer trainer = new SvmTrainer(SVM.withProbability(false));
        SpeechEvaluation eval = SpeechEvaluation.run(vectors, trainer, PRIOR_WEIGHT, new LeaveOneGroupOut(),
                threads, folds::update);

        Group viewer = Group.speaker(viewerSpeaker);
        if (!corpus.groups().contains(viewer)) {
            throw new InvalidInputException(emodbDir.toString(), "speaker " + viewerSpeaker,
                    "no recordings of this speaker; speakers are " + corpus.groups());
        }
        List<Sample<double[]>> others = new ArrayList<>();
        List<Integer> viewerIdx = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            if (vectors.get(i).group().equals(viewer)) {
                viewerIdx.add(i);
            } else {
                others.add(vectors.get(i));
            }
        }
        log.printf(Locale.ROOT, "speech: viewer session — a model trained without speaker %s recognises three of "
                + "their recordings (the other %d calibrate the speaker normalisation, unlabelled)%n",
                viewerSpeaker, viewerIdx.size() - 3);
        SpeechEmotionModel model = SpeechEmotionModel.train(features,
                new Dataset<>("emodb-without-" + viewerSpeaker, vectors.labels(), others), new SvmTrainer(SVM),
                PRIOR_WEIGHT, Map.of());
        SpeakerSession session = model.newSpeaker("speech/svm-mfcc@emodb-without-" + viewerSpeaker);
        List<Clip> clips = new ArrayList<>();
        for (int k = 0; k < viewerIdx.size(); k++) {
            Sample<Path> s = corpus.get(viewerIdx.get(k));
            if (k < 3) {
                continue;
            }
            session.enrol(WavReader.read(s.input()), s.input().toString());
        }
        for (int k = 0; k < 3 && k < viewerIdx.size(); k++) {
            Sample<Path> s = corpus.get(viewerIdx.get(k));
            AffectEstimate e = session.recognize(WavReader.read(s.input()), s.input().toString());
            clips.add(new Clip(s.input().getFileName().toString(), corpus.labels().label(s.label()), e));
        }
        return new Result(String.format(Locale.ROOT, "measured now: EmoDB leave-one-speaker-out, %s, %s", features,
                trainer.describe()), eval.uar(), eval.war(), eval.confusion(), clips);
    }

    /** The shipped model on the bundled clips. */
    static Result withShippedModel(Path modelFile, Path clipsDir, PrintStream log) {
        SpeechEmotionModel model = SpeechEmotionModel.load(modelFile);
        Map<String, String> notes = model.notes();
        double uar = Double.parseDouble(notes.getOrDefault("loso.uar", "NaN"));
        double war = Double.parseDouble(notes.getOrDefault("loso.war", "NaN"));
        List<Path> files = listWavs(clipsDir);
        log.printf(Locale.ROOT, "speech: shipped model %s; viewer session on %d bundled clips%n", modelFile,
                files.size());
        SpeakerSession session = model.newSpeaker("speech/" + modelFile.getFileName());
        List<Clip> clips = new ArrayList<>();
        for (Path f : files) {
            clips.add(new Clip(f.getFileName().toString(), "", session.recognize(WavReader.read(f), f.toString())));
        }
        return new Result("recorded when the shipped model was built: " + notes.getOrDefault("loso.source",
                "EmoDB leave-one-speaker-out"), uar, war, null, clips);
    }

    private static List<Path> listWavs(Path dir) {
        try (var s = java.nio.file.Files.list(dir)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
            if (files.isEmpty()) {
                throw new InvalidInputException(dir.toString(), null, "no .wav clips for the viewer session");
            }
            return files;
        } catch (java.io.IOException e) {
            throw new InvalidInputException(dir.toString(), null, "cannot list the clips: " + e.getMessage(), e);
        }
    }
}
