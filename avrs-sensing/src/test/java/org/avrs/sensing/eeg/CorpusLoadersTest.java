package org.avrs.sensing.eeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import us.hebi.matlab.mat.format.Mat5;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Cell;
import us.hebi.matlab.mat.types.Struct;

/** Each corpus loader reads its layout (written here) and refuses bad folders and label files clearly. */
class CorpusLoadersTest {

    @TempDir
    Path dir;

    // ---- DEAP

    @Test
    void deapRefusesMissingAndEmptyFolders() throws Exception {
        assertThatThrownBy(() -> new DeapCorpus(dir.resolve("nope"), RatingLabels.deapDefault()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nope").hasMessageContaining("not a folder");
        Files.writeString(dir.resolve("readme.txt"), "x");
        assertThatThrownBy(() -> new DeapCorpus(dir, RatingLabels.deapDefault()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("holds no DEAP participant files");
    }

    @Test
    void deapRefusesRatingsOffTheScaleAndWrongShapes() throws Exception {
        TestFiles.deap(dir.resolve("s01.mat"), 500, new double[][] {{5, 5, 5, 5}, {9.5, 1, 1, 1}});
        DeapCorpus corpus = new DeapCorpus(dir, RatingLabels.deapDefault());
        assertThatThrownBy(() -> corpus.subject("s01")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("s01.mat").hasMessageContaining("'labels' (2, 1)")
                .hasMessageContaining("valence rating 9.5 is outside DEAP's 1–9 scale");
        // A trial no longer than the 3 s baseline.
        TestFiles.deap(dir.resolve("s02.mat"), 384, new double[][] {{5, 5, 5, 5}});
        assertThatThrownBy(() -> new DeapCorpus(dir, RatingLabels.deapDefault()).subject("s02"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("384-sample baseline");
        assertThatThrownBy(() -> corpus.subject("s09")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no DEAP participant 's09'");
    }

    @Test
    void deapRefusesATruncatedFile() throws Exception {
        Path good = SyntheticCorpus.folder(SyntheticCorpus.small()).resolve("s01.mat");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(dir.resolve("s01.mat"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        DeapCorpus corpus = new DeapCorpus(dir, RatingLabels.deapDefault());
        assertThatThrownBy(() -> corpus.subject("s01")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("s01.mat");
    }

    @Test
    void ratingLabelsSplitAboveTheThreshold() {
        RatingLabels r = new RatingLabels("Arousal", 5);
        assertThat(r.target()).isEqualTo("arousal");
        assertThat(r.labels()).isEqualTo(EmotionSet.AROUSAL_BINARY);
        assertThat(r.label(5.0)).isZero();
        assertThat(r.label(5.01)).isOne();
        assertThatThrownBy(() -> new RatingLabels("happiness", 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'happiness'");
        assertThatThrownBy(() -> new RatingLabels("valence", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- SEED

    private void seedSession(String name, int clips) {
        Mat5File mat = Mat5.newMatFile();
        for (int k = 1; k <= clips; k++) {
            int kk = k;
            mat.addArray("djc_eeg" + k, TestFiles.matrix(62, 400, (c, s) -> kk * 100 + c + Math.sin(s)));
        }
        TestFiles.mat(dir.resolve(name), mat);
    }

    private void seedLabels(double... labels) {
        Mat5File mat = Mat5.newMatFile();
        mat.addArray("label", TestFiles.matrix(1, labels.length, (r, c) -> labels[c]));
        TestFiles.mat(dir.resolve("label.mat"), mat);
    }

    @Test
    void seedReadsSessionsWithTheirLabels() {
        seedSession("1_20200101.mat", 3);
        seedSession("1_20200108.mat", 3);
        seedSession("2_20200102.mat", 3);
        seedLabels(1, 0, -1);
        SeedCorpus corpus = new SeedCorpus(dir);
        assertThat(corpus.subjects()).containsExactly("1", "2");
        Dataset<EegTrial> one = corpus.subject("1");
        assertThat(one.size()).isEqualTo(6);
        assertThat(one.samples().stream().map(Sample::id).toList()).contains("1/20200101/t01", "1/20200108/t03");
        assertThat(one.labelArray()).containsExactly(2, 1, 0, 2, 1, 0);
        assertThat(one.labels().labels()).containsExactly("negative", "neutral", "positive");
        assertThat(one.get(2).input().eeg().get(5, 0)).isCloseTo(305.0, within(1e-9));
        assertThat(one.get(0).origin().recording()).isEqualTo("1_20200101.mat");
    }

    @Test
    void seedRefusesMissingOrBadLabelFiles() {
        seedSession("1_20200101.mat", 3);
        assertThatThrownBy(() -> new SeedCorpus(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("label.mat").hasMessageContaining("missing");
        seedLabels(1, 2, -1);
        assertThatThrownBy(() -> new SeedCorpus(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'label' element 2").hasMessageContaining("-1, 0 or 1");
        seedLabels(1, 0);
        SeedCorpus corpus = new SeedCorpus(dir);
        assertThatThrownBy(() -> corpus.subject("1")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'djc_eeg3'").hasMessageContaining("clip 3 has no label");
    }

    // ---- DREAMER

    private static final List<String> EMOTIV = List.of("AF3", "F7", "F3", "FC5", "T7", "P7", "O1", "O2", "P8", "T8",
            "FC6", "F4", "F8", "AF4");

    /** A DREAMER.mat of {@code subjects} × {@code clips}; valence of clip k = 1 + k % 5. */
    private Path dreamer(int subjects, int clips, String skipField, double badRating) {
        Struct data = Mat5.newStruct(1, subjects);
        for (int s0 = 0; s0 < subjects; s0++) {
            int s = s0;
            Cell stimuli = Mat5.newCell(clips, 1);
            for (int k = 0; k < clips; k++) {
                int kk = k;
                stimuli.set(k, TestFiles.matrix(384, 14, (i, c) -> s * 1000 + kk * 10 + c + 5 * Math.sin(i * 0.7 + c)));
            }
            Struct eeg = Mat5.newStruct();
            eeg.set("baseline", Mat5.newCell(clips, 1));
            eeg.set("stimuli", stimuli);
            data.set("EEG", s, eeg);
            data.set("Age", s, Mat5.newScalar(25));
            for (String score : List.of("ScoreValence", "ScoreArousal", "ScoreDominance")) {
                if (!score.equals(skipField)) {
                    data.set(score, s, TestFiles.matrix(clips, 1, (r, c) -> r == 1 && s == 0 ? badRating : 1 + r % 5));
                }
            }
        }
        Cell electrodes = Mat5.newCell(1, 14);
        for (int c = 0; c < 14; c++) {
            electrodes.set(c, Mat5.newString(EMOTIV.get(c)));
        }
        Struct root = Mat5.newStruct();
        root.set("Data", data);
        root.set("EEG_SamplingRate", Mat5.newScalar(128));
        root.set("EEG_Electrodes", electrodes);
        Mat5File mat = Mat5.newMatFile();
        mat.addArray("DREAMER", root);
        Path file = dir.resolve("DREAMER.mat");
        TestFiles.mat(file, mat);
        return file;
    }

    @Test
    void dreamerReadsTheStructLayout() {
        DreamerCorpus corpus = new DreamerCorpus(dreamer(2, 4, null, 2), new RatingLabels("valence", 3));
        assertThat(corpus.subjects()).containsExactly("s01", "s02");
        Dataset<EegTrial> s2 = corpus.subject("s02");
        assertThat(s2.size()).isEqualTo(4);
        assertThat(s2.get(3).id()).isEqualTo("s02/t04");
        assertThat(s2.get(3).targets()).containsExactly(4, 4, 4);
        assertThat(s2.labelArray()).containsExactly(0, 0, 0, 1);
        EegTrial t = s2.get(1).input();
        assertThat(t.eeg().channelNames()).isEqualTo(EMOTIV);
        assertThat(t.eeg().sampleRate()).isEqualTo(128.0);
        assertThat(t.eeg().get(2, 0)).isCloseTo(1000 + 10 + 2 + 5 * Math.sin(2), within(1e-9));
    }

    @Test
    void dreamerNamesTheMissingFieldAndTheBadRating() {
        Path noArousal = dreamer(1, 2, "ScoreArousal", 2);
        assertThatThrownBy(() -> new DreamerCorpus(noArousal, new RatingLabels("valence", 3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("DREAMER.Data(1)")
                .hasMessageContaining("no field 'ScoreArousal'");
        Path bad = dreamer(1, 2, null, 7);
        assertThatThrownBy(() -> new DreamerCorpus(bad, new RatingLabels("valence", 3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ScoreValence(2)")
                .hasMessageContaining("outside DREAMER's 1–5");
        assertThatThrownBy(() -> new DreamerCorpus(bad, new RatingLabels("liking", 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("liking");
        assertThatThrownBy(() -> new DreamerCorpus(dir.resolve("none.mat"), new RatingLabels("valence", 3)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("none.mat");
    }

    // ---- IESD (EEGLAB .set/.fdt in BIDS)

    private static final int FS = 64;

    /**
     * sub-XX with 3 channels × 60 s at 64 Hz: events awe at 2 s with presses at 5 and 9 s, anger at 20 s
     * with presses at 24 s and 58.5 s (too near the end for a 3 s margin), relax at 40 s.
     */
    private Path iesdSubject(String sub, boolean topLevel, boolean tsv) {
        Path eegDir = dir.resolve(sub).resolve("eeg");
        String base = sub + "_task-ImaginedEmotion";
        int n = 60 * FS;
        float[][] x = new float[n][3];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 3; c++) {
                x[i][c] = (float) (10 * Math.sin(0.3 * i + c) + c);
            }
        }
        TestFiles.fdt(eegDir.resolve(base + "_eeg.fdt"), x);
        String[] types = {"awe", "press", "press", "anger", "press1", "relax", "press"};
        double[] seconds = {2, 5, 9, 20, 24, 40, 58.5};
        Struct event = Mat5.newStruct(1, types.length);
        for (int k = 0; k < types.length; k++) {
            event.set("type", k, Mat5.newString(types[k]));
            event.set("latency", k, Mat5.newScalar(seconds[k] * FS + 1));
        }
        Struct chanlocs = Mat5.newStruct(1, 3);
        for (int c = 0; c < 3; c++) {
            chanlocs.set("labels", c, Mat5.newString("E" + (c + 1)));
        }
        Map<String, us.hebi.matlab.mat.types.Array> fields = new java.util.LinkedHashMap<>();
        fields.put("nbchan", Mat5.newScalar(3));
        fields.put("pnts", Mat5.newScalar(n));
        fields.put("trials", Mat5.newScalar(1));
        fields.put("srate", Mat5.newScalar(FS));
        fields.put("chanlocs", chanlocs);
        fields.put("event", event);
        fields.put("data", Mat5.newString(base + "_eeg.fdt"));
        Mat5File mat = Mat5.newMatFile();
        if (topLevel) {
            fields.forEach(mat::addArray);
        } else {
            Struct eeg = Mat5.newStruct();
            fields.forEach(eeg::set);
            mat.addArray("EEG", eeg);
        }
        Path set = eegDir.resolve(base + "_eeg.set");
        TestFiles.mat(set, mat);
        if (tsv) {
            StringBuilder s = new StringBuilder("onset\tduration\ttrial_type\n");
            // The events file moves the second awe press from 9 s to 10 s: it must win over the .set.
            for (int k = 0; k < types.length; k++) {
                s.append(k == 2 ? 10.0 : seconds[k]).append("\tn/a\t").append(types[k]).append('\n');
            }
            try {
                Files.writeString(eegDir.resolve(base + "_events.tsv"), s);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return set;
    }

    @Test
    void iesdCutsPressesOutOfImageryPeriods() {
        iesdSubject("sub-01", false, false);
        iesdSubject("sub-02", true, true);
        IesdCorpus corpus = new IesdCorpus(dir, IesdCorpus.Config.of("valence"));
        assertThat(corpus.subjects()).containsExactly("sub-01", "sub-02");
        Dataset<EegTrial> s1 = corpus.subject("sub-01");
        assertThat(s1.samples().stream().map(Sample::id).toList())
                .containsExactly("sub-01/e01-awe/p01", "sub-01/e01-awe/p02", "sub-01/e02-anger/p01");
        assertThat(s1.labelArray()).containsExactly(1, 1, 0);
        Sample<EegTrial> p = s1.get(1);
        assertThat(p.origin().trial()).isEqualTo("e01-awe");
        assertThat(p.origin().offsetSeconds()).isCloseTo(6.0, within(1e-9));
        assertThat(p.input().eventTimes()).containsExactly(3.0);
        assertThat(p.input().eeg().length()).isEqualTo(6 * FS);
        // Sample 0 of the slice is sample 6·64 of the recording.
        assertThat(p.input().eeg().get(1, 0)).isCloseTo((float) (10 * Math.sin(0.3 * 384 + 1) + 1), within(1e-4));
        Dataset<EegTrial> s2 = corpus.subject("sub-02");
        assertThat(s2.get(1).origin().offsetSeconds()).isCloseTo(7.0, within(1e-9));
        assertThat(new IesdCorpus(dir, IesdCorpus.Config.of("arousal")).subject("sub-01").labelArray())
                .containsExactly(1, 1, 1);
        // One window per press, centred on it.
        assertThat(BandWindows.of(EegBands.named("theta")).apply(s1).size()).isEqualTo(3);
    }

    @Test
    void iesdRefusesAWrongSizedDataFileAndBadEvents() throws Exception {
        Path set = iesdSubject("sub-01", false, true);
        Path fdt = set.resolveSibling("sub-01_task-ImaginedEmotion_eeg.fdt");
        byte[] b = Files.readAllBytes(fdt);
        Files.write(fdt, java.util.Arrays.copyOf(b, b.length - 4));
        IesdCorpus corpus = new IesdCorpus(dir, IesdCorpus.Config.of("valence"));
        assertThatThrownBy(() -> corpus.subject("sub-01")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(".fdt").hasMessageContaining("need " + b.length);
        Files.write(fdt, b);
        Path tsv = set.resolveSibling("sub-01_task-ImaginedEmotion_events.tsv");
        Files.writeString(tsv, "onset\tduration\ttrial_type\n2\tn/a\tawe\nsoon\tn/a\tpress\n");
        assertThatThrownBy(() -> corpus.subject("sub-01")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3 column onset").hasMessageContaining("'soon'");
        Files.writeString(tsv, "onset\ttrial_type\n2\tawe\n");
        assertThatThrownBy(() -> corpus.subject("sub-01")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("lacks onset, duration");
        assertThatThrownBy(() -> new IesdCorpus(dir.resolve("sub-01"), IesdCorpus.Config.of("valence")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no sub-*/eeg/*_eeg.set");
    }

    // ---- EDF

    @Test
    void edfTurnsMappedAnnotationsIntoCentredTrials() {
        TestFiles.edf(dir.resolve("sub-07_task-x_eeg.edf"), List.of("Fp1", "Fp2"), 128, 20,
                (c, i) -> 20 * Math.sin(i * 0.1 + c), new double[] {1.5, 6, 12, 19}, new String[] {"neg", "pos", "other",
                    "neg"});
        EdfCorpus corpus = new EdfCorpus(dir, EmotionSet.VALENCE_BINARY,
                EdfCorpus.parseEvents("neg=low, pos=High"), 3);
        assertThat(corpus.subjects()).containsExactly("sub-07");
        Dataset<EegTrial> d = corpus.subject("sub-07");
        // 1.5 s and 19 s are within 3 s of the ends; "other" is not mapped.
        assertThat(d.samples().stream().map(Sample::id).toList()).containsExactly("sub-07/sub-07_task-x_eeg/a002");
        assertThat(d.labelArray()).containsExactly(1);
        assertThat(d.get(0).origin().offsetSeconds()).isCloseTo(3.0, within(1e-9));
        assertThat(d.get(0).input().eeg().get(0, 0)).isCloseTo(20 * Math.sin(384 * 0.1), within(0.06));
        assertThatThrownBy(() -> EdfCorpus.parseEvents("neg")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text=label");
        assertThatThrownBy(() -> new EdfCorpus(dir, EmotionSet.VALENCE_BINARY, Map.of("a", "medium"), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("medium");
    }
}
