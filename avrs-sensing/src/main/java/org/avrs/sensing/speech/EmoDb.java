package org.avrs.sensing.speech;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;

/**
 * Berlin Database of Emotional Speech (EmoDB).
 *
 * <p><b>Dataset card.</b> Burkhardt, Paeschke, Rolfes, Sendlmeier and Weiss, "A database of German
 * emotional speech", Interspeech 2005, doi:10.21437/Interspeech.2005-446; http://emodb.bilderbar.info.
 * 10 professional actors (5 female, 5 male) speak 10 German sentences in 7 emotions; 535 utterances
 * passed a perception test (≥ 80 % recognised, ≥ 60 % natural). Distributed at 16 kHz mono 16-bit;
 * the copy in {@code ../shared/data/emodb} is resampled to 22.05 kHz and cut or padded to 2.0 s (see its
 * README). The source states no license; the authors distribute it freely for research. Cite the paper.
 *
 * <p><b>Labels from the file name</b> {@code SSTTTEV.wav}: SS speaker (03, 08, …, 16), TTT text id
 * (a01…b10), E the emotion's German initial — W anger (Wut), L boredom (Langeweile), E disgust (Ekel),
 * A fear (Angst), F happiness (Freude), T sadness (Trauer), N neutral — and V the take (a, b, …).
 * Samples are labelled in {@link EmotionSet#EMODB}; the speaker is the sample's {@link Group}.
 */
public final class EmoDb {

    /** The corpus name recorded in each sample's origin. */
    public static final String CORPUS = "emodb";

    private static final Map<Character, String> EMOTIONS = Map.of(
            'W', "anger", 'L', "boredom", 'E', "disgust", 'A', "fear", 'F', "happiness", 'T', "sadness",
            'N', "neutral");

    private static final String PATTERN = "\\d\\d[ab]\\d\\d[WLEAFTN][a-z]";
    private static final String NOT_A_NAME =
            "not an EmoDB name: expected speaker, text, emotion letter and take, e.g. 03a01Fa.wav";

    private EmoDb() {
    }

    /**
     * Lists the corpus: every file in {@code dir/wav} (or in {@code dir} itself), sorted by name, labelled
     * from its name. The inputs are the file paths; only the WAV headers are read here.
     *
     * @throws InvalidInputException if the folder is missing or holds no WAV files, or naming every file
     *     that is not a {@code .wav} file, whose name is not an EmoDB name or whose header is unreadable
     */
    public static Dataset<Path> load(Path dir) {
        Path wavDir = Files.isDirectory(dir.resolve("wav")) ? dir.resolve("wav") : dir;
        CorpusScan scan = new CorpusScan(CORPUS, wavDir);
        for (Path file : CorpusScan.files("EmoDB", wavDir, false)) {
            if (!CorpusScan.isWav(file)) {
                scan.problem(file, "not a .wav file; an EmoDB folder holds only SSTTTEV.wav files");
                continue;
            }
            String stem = CorpusScan.stem(file);
            if (!stem.matches(PATTERN)) {
                scan.problem(file, NOT_A_NAME);
                continue;
            }
            scan.add(sample(file));
        }
        return scan.dataset(EmotionSet.EMODB, "EmoDB's 535 SSTTTEV.wav files");
    }

    /**
     * The sample for one EmoDB file name.
     *
     * @throws InvalidInputException if the name does not follow the EmoDB pattern
     */
    public static Sample<Path> sample(Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".wav")) {
            throw new InvalidInputException(file.toString(), "file name",
                    "not a .wav file; an EmoDB folder holds only SSTTTEV.wav files");
        }
        String stem = name.substring(0, name.length() - 4);
        if (!stem.matches(PATTERN)) {
            throw new InvalidInputException(file.toString(), "file name", NOT_A_NAME);
        }
        String emotion = EMOTIONS.get(stem.charAt(5));
        int label = EmotionSet.EMODB.indexOf(emotion);
        return new Sample<>(stem, file, label, null, Group.speaker(stem.substring(0, 2)),
                new Sample.Origin(CORPUS, name, stem.substring(2, 5), 0, Double.NaN));
    }
}
