package org.avrs.bench.eeg_affect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.avrs.core.data.Dataset;
import org.avrs.deep.io.Json;
import org.avrs.learn.ClassifierTrainer;
import org.avrs.learn.ForestTrainer;
import org.avrs.learn.KnnTrainer;
import org.avrs.learn.MlpTrainer;
import org.avrs.learn.SvmTrainer;
import org.avrs.sensing.eeg.BandWindows;
import org.avrs.sensing.eeg.ChannelSelection;
import org.avrs.sensing.eeg.ChannelStatistic;
import org.avrs.sensing.eeg.CorpusViews;
import org.avrs.sensing.eeg.DeapCorpus;
import org.avrs.sensing.eeg.EegBands;
import org.avrs.sensing.eeg.EegCorpus;
import org.avrs.sensing.eeg.EegEvaluation;
import org.avrs.sensing.eeg.EegResult;
import org.avrs.sensing.eeg.EegWindow;
import org.avrs.sensing.eeg.FeatureTrainer;
import org.avrs.sensing.eeg.FeatureWindows;
import org.avrs.sensing.eeg.NetworkTrainer;
import org.avrs.sensing.eeg.RatingLabels;
import org.avrs.sensing.eeg.SyntheticDeap;

/**
 * Accuracy of every EEG pipeline on synthetic DEAP data, leak-free against P3's protocol on the same
 * data, the shuffled-label control, and the wall time with and without channel selection. Appends one
 * JSON object per cell to args[0] (JSON lines); args[1] picks the part: "features", "networks", "leak".
 *
 * <ul>
 *   <li><b>features</b>: 6 subjects × 16 trials × 20 s (default planted effect); de-svm, de-mlp, de-knn,
 *       de-rf within subjects (leak-free and P3), LOSO with per-subject z-scoring, and shuffled trial
 *       labels;</li>
 *   <li><b>networks</b>: 4 subjects × 12 trials × 16 s, gamma band, 20 epochs; ShallowConvNet (P3 and
 *       braindecode kernels) on all 32 channels and on kurtosis-selected ones (K = 6; K from {4, 8, 32}
 *       leak-free by nested CV and P3 by test accuracy), DeepConvNet and the LSTM on K = 6, within subjects,
 *       and ShallowConvNet LOSO; shuffled control for ShallowConvNet;</li>
 *   <li><b>leak</b>: no planted effect but per-trial channel gains (a trial signature, SD 0.3): what
 *       putting windows of one trial on both sides of a split (P3's protocol) does to a null result.</li>
 * </ul>
 */
public final class EegAffectExperiments {

    private EegAffectExperiments() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        switch (args[1]) {
            case "features" -> features(out);
            case "networks" -> networks(out);
            case "leak" -> leak(out);
            default -> throw new IllegalArgumentException("part " + args[1] + ": features, networks or leak");
        }
    }

    private static EegEvaluation.Config within(EegEvaluation.Variant v) {
        return EegEvaluation.Config.defaults().with(EegEvaluation.Scheme.WITHIN_SUBJECT, v);
    }

    private static final EegEvaluation.Config LOSO = EegEvaluation.Config.defaults()
            .with(EegEvaluation.Scheme.LOSO, EegEvaluation.Variant.LEAK_FREE).withSubjectPrior(0);

    private static Map<String, ClassifierTrainer> classifiers() {
        Map<String, ClassifierTrainer> m = new LinkedHashMap<>();
        m.put("de-svm", new SvmTrainer(SvmTrainer.Config.defaults().withProbability(false)));
        m.put("de-mlp", new MlpTrainer(new MlpTrainer.Config(List.of(32), 200, 16, 1e-3, 1.0, 1e-4, 10, 42)));
        m.put("de-knn", new KnnTrainer(KnnTrainer.Config.defaults()));
        m.put("de-rf", new ForestTrainer(new ForestTrainer.Config(100, 12, 0, 42)));
        return m;
    }

    private static void features(Path out) throws IOException {
        SyntheticDeap.Config c = SyntheticDeap.Config.small(6, 16, 20).withSeed(21);
        EegCorpus corpus = new DeapCorpus(SyntheticData.write(c), RatingLabels.deapDefault());
        Dataset<double[]> f = CorpusViews.features(corpus, List.of(), FeatureWindows.defaults(), CorpusViews.Progress.NONE);
        Dataset<double[]> shuffled = CorpusViews.features(CorpusViews.shuffled(corpus, 5), List.of(),
                FeatureWindows.defaults(), CorpusViews.Progress.NONE);
        for (Map.Entry<String, ClassifierTrainer> m : classifiers().entrySet()) {
            FeatureTrainer t = new FeatureTrainer(m.getValue());
            write(out, "features", "default effect", m.getKey(), "within leak-free", false,
                    EegEvaluation.features(f, t, within(EegEvaluation.Variant.LEAK_FREE), EegEvaluation.Progress.NONE));
            write(out, "features", "default effect", m.getKey(), "within P3", false,
                    EegEvaluation.features(f, t, within(EegEvaluation.Variant.P3), EegEvaluation.Progress.NONE));
            write(out, "features", "default effect", m.getKey(), "LOSO z-scored", false,
                    EegEvaluation.features(f, t, LOSO, EegEvaluation.Progress.NONE));
            write(out, "features", "default effect", m.getKey(), "within leak-free", true,
                    EegEvaluation.features(shuffled, t, within(EegEvaluation.Variant.LEAK_FREE),
                            EegEvaluation.Progress.NONE));
        }
    }

    private static void networks(Path out) throws IOException {
        SyntheticDeap.Config c = SyntheticDeap.Config.small(4, 12, 16).withSeed(22);
        EegCorpus corpus = new DeapCorpus(SyntheticData.write(c), RatingLabels.deapDefault());
        BandWindows gamma = BandWindows.of(EegBands.named("gamma"));
        Dataset<EegWindow> w = CorpusViews.windows(corpus, List.of(), gamma, CorpusViews.Progress.NONE);
        Dataset<EegWindow> shuffled = CorpusViews.windows(CorpusViews.shuffled(corpus, 5), List.of(), gamma,
                CorpusViews.Progress.NONE);
        int epochs = 20;
        NetworkTrainer shallow = new NetworkTrainer(NetworkTrainer.Config.shallowP3(epochs, 42));
        ChannelSelection six = ChannelSelection.fixed(ChannelStatistic.KURTOSIS, 6);
        ChannelSelection sweep = new ChannelSelection(ChannelStatistic.KURTOSIS, List.of(4, 8, 32));
        EegEvaluation.Config leakFree = within(EegEvaluation.Variant.LEAK_FREE);
        EegEvaluation.Config p3 = within(EegEvaluation.Variant.P3);
        net(out, "shallow-p3 all 32", "within leak-free", false, w, shallow, null, leakFree);
        net(out, "shallow-p3 kurtosis:6", "within leak-free", false, w, shallow, six, leakFree);
        net(out, "shallow-p3 kurtosis:6", "within P3", false, w, shallow, six, p3);
        net(out, "shallow-p3 kurtosis:{4,8,32}", "within P3", false, w, shallow, sweep, p3);
        net(out, "shallow-p3 kurtosis:{4,8,32}", "within leak-free", false, w, shallow, sweep, leakFree);
        net(out, "shallow-p3 kurtosis:6", "within leak-free", true, shuffled, shallow, six, leakFree);
        net(out, "shallow-braindecode kurtosis:6", "within leak-free", false, w,
                new NetworkTrainer(NetworkTrainer.Config.shallowBraindecode(epochs, 42)), six, leakFree);
        net(out, "deep kurtosis:6", "within leak-free", false, w,
                new NetworkTrainer(NetworkTrainer.Config.deep(epochs, 42)), six, leakFree);
        net(out, "lstm kurtosis:6", "within leak-free", false, w,
                new NetworkTrainer(NetworkTrainer.Config.lstm(epochs, 42)), six, leakFree);
        net(out, "shallow-p3 kurtosis:6", "LOSO", false, w, shallow, six, EegEvaluation.Config.defaults()
                .with(EegEvaluation.Scheme.LOSO, EegEvaluation.Variant.LEAK_FREE));
    }

    private static void net(Path out, String model, String protocol, boolean shuffled, Dataset<EegWindow> w,
                            NetworkTrainer t, ChannelSelection s, EegEvaluation.Config c) throws IOException {
        System.err.printf(Locale.ROOT, "running %s, %s%s%n", model, protocol, shuffled ? ", shuffled" : "");
        write(out, "networks", "default effect", model, protocol, shuffled,
                EegEvaluation.windows(w, t, s, c, EegEvaluation.Progress.NONE));
    }

    private static void leak(Path out) throws IOException {
        SyntheticDeap.Config c = SyntheticDeap.Config.small(6, 16, 20).withSeed(23).withEffects(0, 0)
                .withTrialVariability(0.3);
        EegCorpus corpus = new DeapCorpus(SyntheticData.write(c), RatingLabels.deapDefault());
        Dataset<double[]> f = CorpusViews.features(corpus, List.of(), FeatureWindows.defaults(), CorpusViews.Progress.NONE);
        for (Map.Entry<String, ClassifierTrainer> m : classifiers().entrySet()) {
            FeatureTrainer t = new FeatureTrainer(m.getValue());
            for (EegEvaluation.Variant v : EegEvaluation.Variant.values()) {
                write(out, "leak", "no effect, trial signature 0.3", m.getKey(),
                        v == EegEvaluation.Variant.P3 ? "within P3" : "within leak-free", false,
                        EegEvaluation.features(f, t, within(v), EegEvaluation.Progress.NONE));
            }
        }
        BandWindows gamma = BandWindows.of(EegBands.named("gamma"));
        Dataset<EegWindow> w = CorpusViews.windows(corpus, List.of("s01", "s02", "s03", "s04"), gamma,
                CorpusViews.Progress.NONE);
        NetworkTrainer shallow = new NetworkTrainer(NetworkTrainer.Config.shallowP3(20, 42));
        ChannelSelection sweep = new ChannelSelection(ChannelStatistic.KURTOSIS, List.of(4, 8, 32));
        for (EegEvaluation.Variant v : EegEvaluation.Variant.values()) {
            write(out, "leak", "no effect, trial signature 0.3", "shallow-p3 kurtosis:{4,8,32}",
                    v == EegEvaluation.Variant.P3 ? "within P3" : "within leak-free", false,
                    EegEvaluation.windows(w, shallow, sweep, within(v), EegEvaluation.Progress.NONE));
        }
    }

    private static void write(Path out, String part, String data, String model, String protocol, boolean shuffled,
                              EegResult r) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("part", part);
        m.put("data", data);
        m.put("model", model);
        m.put("protocol", protocol);
        m.put("shuffled", shuffled);
        m.put("accuracy", r.accuracy());
        m.put("accuracy_sd", Double.isFinite(r.accuracySd()) ? r.accuracySd() : null);
        m.put("f1", r.f1());
        m.put("chance", r.chance());
        m.put("k", r.k());
        List<Map<String, Object>> ks = new ArrayList<>();
        for (EegResult.KScore k : r.kScores()) {
            ks.add(Map.of("k", k.k(), "accuracy", k.accuracy(), "seconds", k.seconds()));
        }
        m.put("k_scores", ks);
        List<Integer> chosen = new ArrayList<>();
        r.perSubject().forEach(s -> s.channels().forEach(ch -> chosen.add(ch.size())));
        m.put("fold_k", chosen);
        m.put("windows", r.windows());
        m.put("seconds", r.seconds());
        m.put("trainer", r.model());
        m.put("protocol_detail", r.protocol());
        String line = Json.write(m);
        System.err.println(line);
        Files.writeString(out, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
