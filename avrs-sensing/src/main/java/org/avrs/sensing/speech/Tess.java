package org.avrs.sensing.speech;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;

/**
 * Toronto Emotional Speech Set (TESS).
 *
 * <p><b>Dataset card.</b> Dupuis and Pichora-Fuller, University of Toronto, 2010,
 * doi:10.5683/SP2/E8H2MF (Borealis). Two actresses (aged 26, "YAF", and 64, "OAF") say "Say the word
 * ___" with 200 target words in 7 emotions: 2,800 mono WAV files at 24.414 kHz, 2–3 s each. Licence:
 * CC BY-NC-ND 4.0 (as stated on Borealis). Labels are speaker-dependent within the corpus: with two
 * speakers, leave-one-speaker-out trains on one voice only.
 *
 * <p><b>How the files are read.</b> Every {@code .wav} file under the folder, in any sub-folder (the
 * distribution has one folder per speaker and emotion, e.g. {@code OAF_angry/}), named
 * {@code <speaker>_<word>_<emotion>.wav}, case-insensitive: speaker {@code OAF} or {@code YAF} (the
 * sample's {@link Group}), emotion {@code angry, disgust, fear, happy, neutral, ps} (pleasant surprise)
 * or {@code sad}, mapped to {@link EmotionSet#EKMAN_NEUTRAL}'s anger, disgust, fear, happiness,
 * neutral, surprise, sadness. The word is the sample's trial.
 */
public final class Tess {

    /** The corpus name recorded in each sample's origin. */
    public static final String CORPUS = "tess";

    private static final Pattern NAME = Pattern.compile("(?i)(OAF|YAF)_([a-z]+)_(angry|disgust|fear|happy|neutral|ps|sad)");
    private static final Map<String, String> EMOTIONS = Map.of("angry", "anger", "disgust", "disgust", "fear", "fear",
            "happy", "happiness", "neutral", "neutral", "ps", "surprise", "sad", "sadness");

    private Tess() {
    }

    /**
     * @throws org.avrs.core.InvalidInputException naming every file that is not a TESS WAV file, or if
     *     the folder is missing or empty
     */
    public static Dataset<Path> load(Path dir) {
        CorpusScan scan = new CorpusScan(CORPUS, dir);
        for (Path file : CorpusScan.files("TESS", dir, true)) {
            Matcher m = NAME.matcher(CorpusScan.stem(file));
            if (!CorpusScan.isWav(file) || !m.matches()) {
                scan.problem(file, "not a TESS file name <OAF|YAF>_<word>_<emotion>.wav");
                continue;
            }
            String speaker = m.group(1).toUpperCase(Locale.ROOT);
            String emotion = EMOTIONS.get(m.group(3).toLowerCase(Locale.ROOT));
            String id = speaker + "_" + m.group(2).toLowerCase(Locale.ROOT) + "_" + m.group(3).toLowerCase(Locale.ROOT);
            scan.add(new Sample<>(id, file, EmotionSet.EKMAN_NEUTRAL.indexOf(emotion), null, Group.speaker(speaker),
                    new Sample.Origin(CORPUS, dir.relativize(file).toString(), m.group(2).toLowerCase(Locale.ROOT), 0,
                            Double.NaN)));
        }
        return scan.dataset(EmotionSet.EKMAN_NEUTRAL, "TESS's <OAF|YAF>_<word>_<emotion>.wav files");
    }
}
