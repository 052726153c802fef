package org.avrs.cli.speech;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.avrs.cli.ProgressBar;
import org.avrs.core.data.Dataset;
import org.avrs.core.protocol.GroupRotation;
import org.avrs.core.protocol.LeaveOneGroupOut;
import org.avrs.core.protocol.Protocol;
import org.avrs.deep.block.Crnn;
import org.avrs.deep.train.TrainConfig;
import org.avrs.learn.ClassifierTrainer;
import org.avrs.learn.SelectingTrainer;
import org.avrs.sensing.speech.AcousticFunctionals;
import org.avrs.sensing.speech.CrnnEvaluation;
import org.avrs.sensing.speech.CrnnTrainer;
import org.avrs.sensing.speech.FeatureCache;
import org.avrs.sensing.speech.SegmentFeatures;
import org.avrs.sensing.speech.SpeechAugmentation;
import org.avrs.sensing.speech.SpeechCorpus;
import org.avrs.sensing.speech.SpeechFeatures;
import org.avrs.sensing.speech.SpeechTrainers;
import org.avrs.sensing.speech.SpeechVectors;
import org.avrs.sensing.speech.UtteranceFeatures;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The corpus, model and pipeline options shared by {@code avrs speech eval} and {@code train}. */
final class SpeechOptions {

    @Option(names = "--corpus", defaultValue = "emodb", paramLabel = "NAME",
            description = "Corpus layout: emodb, tess, ravdess, casia, enterface (default: ${DEFAULT-VALUE}).")
    String corpus;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The corpus folder, e.g. ../shared/data/emodb.")
    Path data;

    @Option(names = "--model", defaultValue = "svm", paramLabel = "svm|rf|mlp|crnn",
            description = "svm: RBF-SVM with C, gamma and feature view chosen by leave-one-speaker-out inside the "
                    + "training speakers; rf: random forest; mlp: DJL perceptron; crnn: P7's CRNN on 3 s segments "
                    + "(default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--features", paramLabel = "NAME",
            description = "svm/rf/mlp: functionals (default; MFCC+deltas, log-mel, energy, ZCR, spectral shape, F0 "
                    + "functionals over three frame selections) or mfcc-functionals (the demo's 200). crnn: logmel "
                    + "(default, 40 bands), mfcc (13 + deltas) or imemd43 (P7's 43 IMEMD features; ~1.1-1.8 s of CPU per "
                    + "segment, cached).")
    String features;

    @Option(names = "--prior-weight", defaultValue = "5", paramLabel = "KAPPA",
            description = "Per-speaker normalisation: weight of the population statistics, in pseudo-recordings "
                    + "(default: ${DEFAULT-VALUE}).")
    double priorWeight;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores).")
    Integer threads;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Feature cache folder (default: $AVRS_CACHE/speech-features or ~/.cache/avrs/speech-features).")
    Path cache;

    @Option(names = "--no-cache", description = "Always extract features; read and write no cache.")
    boolean noCache;

    @Option(names = "--augment", defaultValue = "2", paramLabel = "N",
            description = "crnn: augmented copies per training recording (pitch ±2 semitones, shift ±0.4 s, "
                    + "noise SNR −20…40 dB; P7 used 60) (default: ${DEFAULT-VALUE}).")
    int augment;

    @Option(names = "--epochs", defaultValue = "60", paramLabel = "N", description = "crnn: epoch limit (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch", defaultValue = "64", paramLabel = "N", description = "crnn: mini-batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--patience", defaultValue = "10", paramLabel = "N",
            description = "crnn: early-stopping patience on the validation speaker's UAR (default: ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--crnn-conv", split = ",", paramLabel = "C1,C2,…",
            description = "crnn: filters of each Conv2D–BN–ReLU–MaxPool stage (default 32,64,64,64; P7 has 4 stages).")
    List<Integer> crnnConv;

    @Option(names = "--crnn-gru", split = ",", paramLabel = "H1,H2,…",
            description = "crnn: units per direction of each BiGRU layer (default 64,64,64; P7 has 3 layers).")
    List<Integer> crnnGru;

    @Option(names = "--crnn-fc", split = ",", paramLabel = "F1,…",
            description = "crnn: widths of the hidden fully connected layers (default 64,32; P7 has 3 FC layers in all).")
    List<Integer> crnnFc;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    int workers() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    }

    boolean isCrnn() {
        return model.equals("crnn");
    }

    /** Checks the option values that picocli cannot. */
    void validate(CommandLine cl) {
        if (!List.of("svm", "rf", "mlp", "crnn").contains(model)) {
            throw new CommandLine.ParameterException(cl, "--model " + model + ": expected svm, rf, mlp or crnn");
        }
        try {
            SpeechCorpus.named(corpus);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--corpus " + corpus + ": " + e.getMessage());
        }
        if (isCrnn()) {
            segmentFeatures(cl);
            crnnTrainer(cl);
            if (augment < 0 || epochs < 1 || batch < 2 || patience < 1) {
                throw new CommandLine.ParameterException(cl,
                        "--augment must be >= 0, --epochs >= 1, --batch >= 2, --patience >= 1");
            }
        } else {
            utteranceFeatures(cl);
        }
        if (!(priorWeight >= 0) || Double.isInfinite(priorWeight)) {
            throw new CommandLine.ParameterException(cl, "--prior-weight " + priorWeight + " must be >= 0 and finite");
        }
    }

    Dataset<Path> loadCorpus() {
        return SpeechCorpus.named(corpus).load(data);
    }

    UtteranceFeatures utteranceFeatures(CommandLine cl) {
        String f = features == null ? "functionals" : features;
        return switch (f) {
            case "functionals" -> AcousticFunctionals.defaults();
            case "mfcc-functionals" -> SpeechFeatures.defaults();
            default -> throw new CommandLine.ParameterException(cl, "--features " + f + " with --model " + model
                    + ": expected functionals or mfcc-functionals");
        };
    }

    SegmentFeatures segmentFeatures(CommandLine cl) {
        String f = features == null ? "logmel" : features;
        return switch (f) {
            case "logmel" -> SegmentFeatures.defaults();
            case "mfcc" -> new SegmentFeatures(SegmentFeatures.Kind.MFCC, 13, 3.0);
            case "imemd43" -> SegmentFeatures.imemd43();
            default -> throw new CommandLine.ParameterException(cl, "--features " + f
                    + " with --model crnn: expected logmel, mfcc or imemd43");
        };
    }

    /** The classical trainer for a seed (the SVM without probabilities: evaluation needs only labels). */
    ClassifierTrainer classicalTrainer(UtteranceFeatures f, long seed, boolean probability,
                                       Consumer<SelectingTrainer.Selection> selections) {
        return switch (model) {
            case "svm" -> SpeechTrainers.svm(f, SpeechTrainers.SvmGrid.defaults(), probability, seed, selections);
            case "rf" -> SpeechTrainers.forest(seed);
            case "mlp" -> SpeechTrainers.mlp(seed);
            default -> throw new IllegalStateException(model);
        };
    }

    CrnnTrainer crnnTrainer(CommandLine cl) {
        CrnnTrainer d = CrnnTrainer.defaults();
        TrainConfig t = d.training().withMaxEpochs(epochs).withBatch(batch, d.training().learningRate())
                .withEarlyStopping(TrainConfig.Monitor.BALANCED_ACCURACY, patience);
        Crnn.Config n = d.network();
        List<Integer> conv = crnnConv == null ? n.convChannels() : crnnConv;
        try {
            // the pooling pattern of the defaults, repeated for extra stages: time halves until the last stage
            List<Integer> poolTime = new java.util.ArrayList<>();
            List<Integer> poolFeature = new java.util.ArrayList<>();
            for (int i = 0; i < conv.size(); i++) {
                poolTime.add(i < conv.size() - 1 ? 2 : 1);
                poolFeature.add(2);
            }
            n = new Crnn.Config(n.numClasses(), conv, n.kernelSize(), poolTime, poolFeature,
                    crnnGru == null ? n.gruHidden() : crnnGru, n.gruDropout(), crnnFc == null ? n.fcHidden() : crnnFc,
                    n.fcDropout());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        return d.withTraining(t).withNetwork(n);
    }

    SpeechAugmentation augmentation() {
        return SpeechAugmentation.p7(augment);
    }

    static Protocol protocol(CommandLine cl, String name) {
        return switch (name) {
            case "loso" -> new LeaveOneGroupOut();
            case "p7" -> new GroupRotation();
            default -> throw new CommandLine.ParameterException(cl, "--protocol " + name + ": expected loso or p7");
        };
    }

    /** The corpus's feature vectors, from the cache unless disabled. */
    Dataset<double[]> vectors(Dataset<Path> files, UtteranceFeatures f) {
        ProgressBar bar = new ProgressBar("features", files.size(), !quiet);
        FeatureCache fc = featureCache();
        return fc == null ? SpeechVectors.extract(files, f, workers(), bar::update)
                : fc.vectors(files, f, workers(), bar::update);
    }

    /** The CRNN inputs of the corpus, the feature images from the cache unless disabled. */
    CrnnEvaluation.Prepared segments(Dataset<Path> files, SegmentFeatures f) {
        ProgressBar bar = new ProgressBar("segments", files.size(), !quiet);
        return CrnnEvaluation.prepare(files, f, workers(), featureCache(), bar::update);
    }

    /** The feature cache, or null with --no-cache. */
    FeatureCache featureCache() {
        return noCache ? null : new FeatureCache(cache == null ? FeatureCache.defaultDir() : cache, this::log);
    }

    void log(String message) {
        if (!quiet) {
            System.err.println(message);
        }
    }

    void logf(String format, Object... args) {
        log(String.format(Locale.ROOT, format, args));
    }
}
