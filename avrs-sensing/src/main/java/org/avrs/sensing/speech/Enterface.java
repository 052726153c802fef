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
 * The eNTERFACE'05 audio-visual emotion database, audio tracks.
 *
 * <p><b>Dataset card.</b> Martin, Kotsia, Macq and Pitas, "The eNTERFACE'05 audio-visual emotion
 * database", ICDE Workshops 2006, doi:10.1109/ICDEW.2006.145; www.enterface.net. 42 subjects of 14
 * nationalities react in English to short stories eliciting 6 emotions (anger, disgust, fear,
 * happiness, sadness, surprise), 5 sentences each: about 1,260 AVI clips (audio 48 kHz). Free for
 * research use as stated by its authors.
 *
 * <p><b>How the files are read.</b> The audio must be extracted from the AVI clips first (e.g.
 * {@code ffmpeg -i s1_an_1.avi -ac 1 s1_an_1.wav}), keeping the distribution's folders
 * {@code subject <N>/<emotion>/sentence <k>/<clip>.wav}. The speaker is the path component
 * {@code subject <N>} (the sample's {@link Group}), the emotion the component named {@code anger,
 * disgust, fear, happiness, sadness} or {@code surprise} (case-insensitive), the trial the component
 * {@code sentence <k>} when present. A WAV file without a subject or emotion folder above it is
 * reported; other files (the AVIs) are reported too, so extract the audio into a separate tree.
 */
public final class Enterface {

    /** The corpus name recorded in each sample's origin. */
    public static final String CORPUS = "enterface";

    /** The six emotions, named as in {@link SpeechEmotions#SHARED}. */
    public static final EmotionSet LABELS = SpeechEmotions.subset("enterface", "anger", "disgust", "fear", "happiness",
            "sadness", "surprise");

    private static final Pattern SUBJECT = Pattern.compile("(?i)subject\\s*(\\d+)");
    private static final Pattern SENTENCE = Pattern.compile("(?i)sentence\\s*(\\d+)");
    private static final Map<String, String> EMOTIONS = Map.of("anger", "anger", "disgust", "disgust", "fear", "fear",
            "happiness", "happiness", "sadness", "sadness", "surprise", "surprise");

    private Enterface() {
    }

    /**
     * @throws org.avrs.core.InvalidInputException naming every file outside the layout, or if the folder
     *     is missing or empty
     */
    public static Dataset<Path> load(Path dir) {
        CorpusScan scan = new CorpusScan(CORPUS, dir);
        for (Path file : CorpusScan.files("eNTERFACE", dir, true)) {
            Path rel = dir.relativize(file);
            String subject = null;
            String emotion = null;
            String sentence = "";
            for (int i = 0; i < rel.getNameCount() - 1; i++) {
                String part = rel.getName(i).toString();
                Matcher s = SUBJECT.matcher(part);
                Matcher k = SENTENCE.matcher(part);
                if (s.matches()) {
                    subject = s.group(1);
                } else if (k.matches()) {
                    sentence = "sentence " + k.group(1);
                } else if (EMOTIONS.containsKey(part.toLowerCase(Locale.ROOT))) {
                    emotion = EMOTIONS.get(part.toLowerCase(Locale.ROOT));
                }
            }
            if (!CorpusScan.isWav(file) || subject == null || emotion == null) {
                scan.problem(file, "not in the layout subject <N>/<emotion>/[sentence <k>/]<clip>.wav");
                continue;
            }
            String id = rel.toString().replace('\\', '/');
            id = id.substring(0, id.length() - 4);
            scan.add(new Sample<>(id, file, LABELS.indexOf(emotion), null, Group.speaker(subject),
                    new Sample.Origin(CORPUS, rel.toString(), sentence, 0, Double.NaN)));
        }
        return scan.dataset(LABELS, "eNTERFACE's subject <N>/<emotion>/sentence <k>/<clip>.wav files");
    }
}
