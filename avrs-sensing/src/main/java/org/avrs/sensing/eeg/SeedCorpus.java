package org.avrs.sensing.eeg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Vad;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.avrs.signal.io.BinarySource;
import org.avrs.signal.io.MatReader;
import org.avrs.signal.io.SeedReader;
import org.avrs.signal.io.SeedTrial;

/**
 * SEED, the preprocessed EEG release ({@code Preprocessed_EEG/}).
 *
 * <p><b>Dataset card.</b> Zheng &amp; Lu, "Investigating Critical Frequency Bands and Channels for
 * EEG-based Emotion Recognition with Deep Neural Networks", IEEE Trans. Autonomous Mental Development
 * 7(3):162–175, 2015, doi:10.1109/TAMD.2015.2431497; Duan, Zhu &amp; Lu, NER 2013,
 * doi:10.1109/NER.2013.6695876; https://bcmi.sjtu.edu.cn/home/seed/. 15 subjects watched 15 Chinese film
 * clips (about 4 min each; 5 positive, 5 neutral, 5 negative) in each of 3 sessions a week or more
 * apart; 62-channel ESI NeuroScan EEG at 1000 Hz, released downsampled to 200 Hz and 0–75 Hz band-passed.
 * License: a signed application and license agreement for non-commercial research; not
 * redistributable.
 *
 * <p><b>Layout read:</b> one MAT file per session named {@code <subject>_<date>.mat} (e.g.
 * {@code 1_20131027.mat}), holding one variable per clip {@code <initials>_eeg<k>}, 62 × samples
 * ({@link SeedReader}); and {@code label.mat}, variable {@code label}, 1 × 15 of −1 (negative),
 * 0 (neutral), 1 (positive) in clip order, the same for every session.
 *
 * <p><b>Samples:</b> one per clip and session, id {@code 1/20131027/t03}, labelled in {@link #EMOTIONS};
 * target = the raw label; the group is the subject; the origin's recording is the session file, so a
 * clip's windows stay together.
 */
public final class SeedCorpus implements EegCorpus {

    /** The corpus name in every sample's origin. */
    public static final String CORPUS = "seed";
    /** SEED's three classes, label −1, 0, 1 in this order. */
    public static final EmotionSet EMOTIONS = EmotionSet.builder("seed3").add("negative", new Vad(-0.5, 0, 0))
            .add("neutral", Vad.NEUTRAL).add("positive", new Vad(0.5, 0, 0)).build();
    private static final Pattern FILE = Pattern.compile("(\\d{1,3})_(\\d{1,8})\\.mat");

    private final Map<String, List<Path>> sessions = new LinkedHashMap<>();
    private final int[] labels;
    private final Path labelFile;

    /** Reads {@code dir/label.mat} and lists the session files. */
    public SeedCorpus(Path dir) {
        this(dir, dir.resolve("label.mat"));
    }

    /**
     * @throws InvalidInputException if the folder holds no session file, or the label file is missing,
     *     lacks {@code label}, or holds a value other than −1, 0, 1
     */
    public SeedCorpus(Path dir, Path labelFile) {
        List<Path> files = CorpusFiles.list(dir, FILE, "SEED session files <subject>_<date>.mat");
        files = new ArrayList<>(files);
        files.sort(java.util.Comparator.comparingInt((Path p) -> subjectNumber(p)).thenComparing(Path::toString));
        for (Path f : files) {
            sessions.computeIfAbsent(Integer.toString(subjectNumber(f)), s -> new ArrayList<>()).add(f);
        }
        this.labelFile = labelFile;
        this.labels = readLabels(labelFile);
    }

    private static int subjectNumber(Path f) {
        Matcher m = FILE.matcher(f.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalStateException("listed a file that is no session: " + f);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The clip labels −1/0/1 of {@code label.mat}, in clip order. */
    static int[] readLabels(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file.toString(), null, "SEED label file is missing; expected label.mat "
                    + "with variable 'label' (1 × 15 of -1/0/1)");
        }
        MatReader.NumericArray a;
        try (BinarySource src = BinarySource.open(file)) {
            a = MatReader.open(src).numeric("label");
        }
        double[] v = a.values();
        if (v.length == 0) {
            throw new InvalidInputException(file.toString(), "MAT variable 'label'", "is empty");
        }
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != -1 && v[i] != 0 && v[i] != 1) {
                throw new InvalidInputException(file.toString(), "MAT variable 'label' element " + (i + 1), "is " + v[i]
                        + "; SEED labels are -1, 0 or 1");
            }
            out[i] = (int) v[i];
        }
        return out;
    }

    @Override
    public String name() {
        return CORPUS;
    }

    @Override
    public EmotionSet labels() {
        return EMOTIONS;
    }

    @Override
    public List<String> subjects() {
        return List.copyOf(sessions.keySet());
    }

    /** @throws InvalidInputException if a session file is unreadable or has a clip with no label */
    @Override
    public Dataset<EegTrial> subject(String subject) {
        List<Path> files = sessions.get(subject);
        if (files == null) {
            throw new IllegalArgumentException("no SEED subject '" + subject + "'; there are " + sessions.keySet());
        }
        List<Sample<EegTrial>> samples = new ArrayList<>();
        for (Path f : files) {
            String session = CorpusFiles.stem(f);
            for (SeedTrial t : SeedReader.read(f)) {
                if (t.trial() > labels.length) {
                    throw new InvalidInputException(f.toString(), "MAT variable '" + t.variable() + "'", "clip "
                            + t.trial() + " has no label: " + labelFile + " lists " + labels.length);
                }
                int raw = labels[t.trial() - 1];
                String trial = String.format("t%02d", t.trial());
                samples.add(new Sample<>(session.replace('_', '/') + "/" + trial, EegTrial.of(t.signal()), raw + 1,
                        new double[] {raw}, Group.subject(subject),
                        new Sample.Origin(CORPUS, f.getFileName().toString(), trial, 0, Double.NaN)));
            }
        }
        return new Dataset<>(CORPUS + "/" + subject, EMOTIONS, samples);
    }
}
