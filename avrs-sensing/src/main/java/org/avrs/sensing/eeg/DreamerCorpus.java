package org.avrs.sensing.eeg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.Cell;
import us.hebi.matlab.mat.types.Matrix;

/**
 * DREAMER, its single MATLAB file {@code DREAMER.mat}.
 *
 * <p><b>Dataset card.</b> Katsigiannis &amp; Ramzan, "DREAMER: A Database for Emotion Recognition Through
 * EEG and ECG Signals From Wireless Low-cost Off-the-Shelf Devices", IEEE J. Biomedical and Health
 * Informatics 22(1):98–107, 2018, doi:10.1109/JBHI.2017.2688239; https://zenodo.org/record/546113.
 * 23 subjects watched 18 film clips (65–393 s); 14-channel Emotiv EPOC EEG at 128 Hz and 2-lead ECG at
 * 256 Hz; valence, arousal and dominance self-ratings on 1–5. License: access on request for
 * non-commercial research (Zenodo restricted record); not redistributable.
 *
 * <p><b>Layout read</b> (as TorchEEG and the authors' documentation index it; this reader was written
 * from that description and tested on files written to it, not on the real file): root struct
 * {@code DREAMER} with {@code EEG_SamplingRate}, {@code EEG_Electrodes} (cell of 14 names: AF3, F7, F3, FC5,
 * T7, P7, O1, O2, P8, T8, FC6, F4, F8, AF4) and {@code Data}, a 1 × 23 struct array (a cell of structs is
 * accepted too) whose element i has {@code EEG.stimuli} (18 × 1 cell of samples × 14 matrices; the
 * {@code EEG.baseline} recordings are not used) and {@code ScoreValence}, {@code ScoreArousal},
 * {@code ScoreDominance} (18 × 1).
 *
 * <p><b>Samples:</b> one per subject and clip, id {@code s05/t12}; targets valence, arousal, dominance;
 * label by {@link RatingLabels} (liking does not exist here); the group is the subject.
 * The whole file is read once, at construction (about 100 MB of EEG as doubles).
 */
public final class DreamerCorpus implements EegCorpus {

    /** The corpus name in every sample's origin. */
    public static final String CORPUS = "dreamer";
    private static final String[] SCORES = {"ScoreValence", "ScoreArousal", "ScoreDominance"};

    private final RatingLabels labels;
    private final Map<String, Dataset<EegTrial>> subjects = new LinkedHashMap<>();

    /**
     * @throws InvalidInputException if the file is missing or does not have the layout above, a rating is
     *     outside 1–5, or a recording holds a non-finite value
     * @throws IllegalArgumentException if the target is liking, which DREAMER does not rate
     */
    public DreamerCorpus(Path file, RatingLabels labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
        if (labels.column() > 2) {
            throw new IllegalArgumentException("DREAMER rates valence, arousal and dominance; not " + labels.target());
        }
        try (Mat5File mat = MatStructs.read(file)) {
            Array root = MatStructs.root(mat, "DREAMER", file);
            double fs = MatStructs.scalar(MatStructs.field(root, "DREAMER", "EEG_SamplingRate", 0, file),
                    "DREAMER.EEG_SamplingRate", file);
            List<String> electrodes = electrodes(MatStructs.cell(MatStructs.field(root, "DREAMER", "EEG_Electrodes", 0,
                    file), "DREAMER.EEG_Electrodes", file), file);
            Array data = MatStructs.field(root, "DREAMER", "Data", 0, file);
            for (int i = 0; i < data.getNumElements(); i++) {
                String subject = String.format(Locale.ROOT, "s%02d", i + 1);
                String path = "DREAMER.Data(" + (i + 1) + ")";
                Array person = data instanceof Cell ? MatStructs.element(data, i, "DREAMER.Data", file) : data;
                int index = data instanceof Cell ? 0 : i;
                subjects.put(subject, subject(person, index, path, subject, fs, electrodes, file));
            }
        } catch (java.io.IOException e) {
            throw new InvalidInputException(file.toString(), null, "cannot close the MAT file: " + e.getMessage(), e);
        }
        if (subjects.isEmpty()) {
            throw new InvalidInputException(file.toString(), "DREAMER.Data", "has no subjects");
        }
    }

    private static List<String> electrodes(Cell cell, Path file) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < cell.getNumElements(); k++) {
            out.add(MatStructs.text(cell.get(k), "DREAMER.EEG_Electrodes{" + (k + 1) + "}", file));
        }
        return out;
    }

    private Dataset<EegTrial> subject(Array person, int index, String path, String subject, double fs,
                                      List<String> electrodes, Path file) {
        Array eeg = MatStructs.field(person, path, "EEG", index, file);
        Cell stimuli = MatStructs.cell(MatStructs.field(eeg, path + ".EEG", "stimuli", 0, file), path + ".EEG.stimuli",
                file);
        double[][] scores = new double[SCORES.length][];
        for (int k = 0; k < SCORES.length; k++) {
            Matrix m = MatStructs.matrix(MatStructs.field(person, path, SCORES[k], index, file), path + "." + SCORES[k],
                    file);
            if (m.getNumElements() != stimuli.getNumElements()) {
                throw new InvalidInputException(file.toString(), path + "." + SCORES[k], m.getNumElements()
                        + " ratings for " + stimuli.getNumElements() + " clips");
            }
            scores[k] = new double[m.getNumElements()];
            for (int t = 0; t < scores[k].length; t++) {
                scores[k][t] = m.getDouble(t);
                if (!(scores[k][t] >= 1 && scores[k][t] <= 5)) {
                    throw new InvalidInputException(file.toString(), path + "." + SCORES[k] + "(" + (t + 1) + ")",
                            "rating " + scores[k][t] + " is outside DREAMER's 1–5 scale");
                }
            }
        }
        List<Sample<EegTrial>> samples = new ArrayList<>();
        for (int t = 0; t < stimuli.getNumElements(); t++) {
            String where = path + ".EEG.stimuli{" + (t + 1) + "}";
            Matrix m = MatStructs.matrix(stimuli.get(t), where, file);
            if (m.getNumCols() != electrodes.size() || m.getNumRows() < 2) {
                throw new InvalidInputException(file.toString(), where, "is " + m.getNumRows() + " × " + m.getNumCols()
                        + "; expected samples × " + electrodes.size() + " electrodes");
            }
            double[][] x = new double[electrodes.size()][m.getNumRows()];
            for (int c = 0; c < x.length; c++) {
                for (int i = 0; i < x[c].length; i++) {
                    x[c][i] = m.getDouble(i, c);
                    if (!Double.isFinite(x[c][i])) {
                        throw new InvalidInputException(file.toString(), where + "(" + (i + 1) + ", " + (c + 1) + ")",
                                "is " + x[c][i] + "; samples must be finite");
                    }
                }
            }
            Signal signal = Signal.builder().sampleRate(fs).channelsOwned(x).names(electrodes).unit("uV").build();
            double[] ratings = {scores[0][t], scores[1][t], scores[2][t]};
            String trial = String.format(Locale.ROOT, "t%02d", t + 1);
            samples.add(new Sample<>(subject + "/" + trial, EegTrial.of(signal), labels.label(ratings[labels.column()]),
                    ratings, Group.subject(subject), new Sample.Origin(CORPUS, file.getFileName() + ":" + subject,
                    trial, 0, Double.NaN)));
        }
        return new Dataset<>(CORPUS + "/" + subject, labels.labels(), samples);
    }

    @Override
    public String name() {
        return CORPUS;
    }

    @Override
    public EmotionSet labels() {
        return labels.labels();
    }

    @Override
    public List<String> subjects() {
        return List.copyOf(subjects.keySet());
    }

    @Override
    public Dataset<EegTrial> subject(String subject) {
        Dataset<EegTrial> d = subjects.get(subject);
        if (d == null) {
            throw new IllegalArgumentException("no DREAMER subject '" + subject + "'; there are " + subjects.keySet());
        }
        return d;
    }
}
