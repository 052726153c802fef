package org.avrs.sensing.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;

/**
 * A corpus turned into windows subject by subject, so that only one subject's raw EEG is in memory at a
 * time (the windows of all subjects are kept: band-passed float windows or feature vectors).
 */
public final class CorpusViews {

    /** Told after each subject: done and total. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    private CorpusViews() {
    }

    /** Band-passed raw windows of the given subjects (all when {@code subjects} is empty). */
    public static Dataset<EegWindow> windows(EegCorpus corpus, List<String> subjects, BandWindows view,
                                             Progress progress) {
        return collect(corpus, subjects, view::apply, "windows", progress);
    }

    /** Feature vectors of the given subjects' windows (all when {@code subjects} is empty). */
    public static Dataset<double[]> features(EegCorpus corpus, List<String> subjects, FeatureWindows view,
                                             Progress progress) {
        return collect(corpus, subjects, view::apply, "features", progress);
    }

    /**
     * The trials of the given subjects with their labels permuted among one subject's trials (seeded):
     * the shuffled-label control, done on trials so that the windows of a trial keep one label.
     */
    public static EegCorpus shuffled(EegCorpus corpus, long seed) {
        return new EegCorpus() {
            @Override
            public String name() {
                return corpus.name();
            }

            @Override
            public org.avrs.core.EmotionSet labels() {
                return corpus.labels();
            }

            @Override
            public List<String> subjects() {
                return corpus.subjects();
            }

            @Override
            public Dataset<EegTrial> subject(String subject) {
                return corpus.subject(subject).withShuffledLabels(seed + subject.hashCode());
            }
        };
    }

    /**
     * Any per-subject view of the given subjects (all when {@code subjects} is empty), one subject's trials
     * in memory at a time; the result is named {@code <corpus>/<what>}.
     */
    public static <W> Dataset<W> collect(EegCorpus corpus, List<String> subjects,
                                         Function<Dataset<EegTrial>, Dataset<W>> view, String what, Progress progress) {
        List<String> chosen = subjects.isEmpty() ? corpus.subjects() : subjects;
        List<Sample<W>> out = new ArrayList<>();
        int done = 0;
        for (String s : chosen) {
            out.addAll(view.apply(corpus.subject(s)).samples());
            progress.update(++done, chosen.size());
        }
        return new Dataset<>(corpus.name() + "/" + what, corpus.labels(), out);
    }
}
