package org.avrs.sensing.speech;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;

/**
 * The Ryerson Audio-Visual Database of Emotional Speech and Song (RAVDESS), audio files.
 *
 * <p><b>Dataset card.</b> Livingstone and Russo, PLoS ONE 13(5): e0196391, 2018,
 * doi:10.1371/journal.pone.0196391; zenodo.org/record/1188976. 24 professional actors (12 female, 12
 * male) speak and sing two neutral North-American English statements; speech in 8 emotions (neutral,
 * calm, happy, sad, angry, fearful, disgust, surprised), song in 6; two intensities. The audio-only
 * speech part holds 1,440 WAV files at 48 kHz, 16-bit. Licence: CC BY-NC-SA 4.0.
 *
 * <p><b>How the files are read.</b> Every {@code .wav} file under the folder (the distribution has
 * one folder per actor, {@code Actor_01/}), named by seven two-digit fields
 * {@code MM-VV-EE-II-SS-RR-AA.wav}: modality (01 audio-video, 02 video, 03 audio), vocal channel (01
 * speech, 02 song), emotion (01 neutral, 02 calm, 03 happy, 04 sad, 05 angry, 06 fearful, 07 disgust,
 * 08 surprised), intensity (01 normal, 02 strong; neutral has only 01), statement (01, 02), repetition
 * (01, 02) and actor (01–24; odd male, even female). The actor is the sample's {@link Group}; the
 * statement its trial. Speech and song files are both loaded; labels are {@link #LABELS}.
 */
public final class Ravdess {

    /** The corpus name recorded in each sample's origin. */
    public static final String CORPUS = "ravdess";

    /** RAVDESS's eight emotions in their code order (01…08), named as in {@link SpeechEmotions#SHARED}. */
    public static final EmotionSet LABELS = SpeechEmotions.subset("ravdess", "neutral", "calm", "happiness",
            "sadness", "anger", "fear", "disgust", "surprise");

    private static final Pattern NAME =
            Pattern.compile("(0[123])-(0[12])-(0[1-8])-(0[12])-(0[12])-(0[12])-(\\d\\d)");
    private static final List<String> MODALITY_OK = List.of("01", "02", "03");

    private Ravdess() {
    }

    /**
     * @throws org.avrs.core.InvalidInputException naming every file that is not a RAVDESS WAV file, or
     *     if the folder is missing or empty
     */
    public static Dataset<Path> load(Path dir) {
        CorpusScan scan = new CorpusScan(CORPUS, dir);
        for (Path file : CorpusScan.files("RAVDESS", dir, true)) {
            String stem = CorpusScan.stem(file);
            Matcher m = NAME.matcher(stem);
            if (!CorpusScan.isWav(file) || !m.matches() || !MODALITY_OK.contains(m.group(1))) {
                scan.problem(file, "not a RAVDESS file name MM-VV-EE-II-SS-RR-AA.wav (e.g. 03-01-05-01-02-01-12.wav)");
                continue;
            }
            int actor = Integer.parseInt(m.group(7));
            if (actor < 1 || actor > 24) {
                scan.problem(file, "actor " + m.group(7) + " is outside 01–24");
                continue;
            }
            scan.add(new Sample<>(stem, file, Integer.parseInt(m.group(3)) - 1, null, Group.speaker(m.group(7)),
                    new Sample.Origin(CORPUS, dir.relativize(file).toString(), "statement " + m.group(5), 0,
                            Double.NaN)));
        }
        return scan.dataset(LABELS, "RAVDESS's MM-VV-EE-II-SS-RR-AA.wav files");
    }
}
