package org.avrs.sensing.speech;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;

/**
 * The CASIA Chinese emotional speech corpus.
 *
 * <p><b>Dataset card.</b> Institute of Automation, Chinese Academy of Sciences (Tao, Liu et al.,
 * 2008; distributed by the Chinese LDC). Four professional speakers (2 female, 2 male) read Mandarin
 * texts in 6 emotions (angry, fear, happy, neutral, sad, surprise); the public subset has 1,200
 * utterances (50 texts × 6 emotions × 4 speakers), 16 kHz mono. Licence: restricted (research licence
 * from the distributor); not redistributable.
 *
 * <p><b>How the files are read.</b> The common distribution layout
 * {@code <root>/<speaker>/<emotion>/<utterance>.wav}: the first folder below the root is the speaker
 * (e.g. {@code liuchanhg}, {@code wangzhe}, {@code zhaoquanyin}, {@code ZhaoZuoxiang}; the sample's
 * {@link Group}), the second the emotion in English ({@code angry, fear, happy, neutral, sad,
 * surprise}, case-insensitive), the file stem the utterance (its trial). A WAV file elsewhere, or under
 * another emotion folder name, is reported.
 */
public final class Casia {

    /** The corpus name recorded in each sample's origin. */
    public static final String CORPUS = "casia";

    /** CASIA's six emotions, named as in {@link SpeechEmotions#SHARED}. */
    public static final EmotionSet LABELS = SpeechEmotions.subset("casia", "anger", "fear", "happiness", "neutral",
            "sadness", "surprise");

    private static final Map<String, String> EMOTIONS = Map.of("angry", "anger", "fear", "fear", "happy", "happiness",
            "neutral", "neutral", "sad", "sadness", "surprise", "surprise");

    private Casia() {
    }

    /**
     * @throws org.avrs.core.InvalidInputException naming every file outside the layout, or if the folder
     *     is missing or empty
     */
    public static Dataset<Path> load(Path dir) {
        CorpusScan scan = new CorpusScan(CORPUS, dir);
        for (Path file : CorpusScan.files("CASIA", dir, true)) {
            Path rel = dir.relativize(file);
            String emotion = rel.getNameCount() == 3
                    ? EMOTIONS.get(rel.getName(1).toString().toLowerCase(Locale.ROOT)) : null;
            if (!CorpusScan.isWav(file) || emotion == null) {
                scan.problem(file, "not in the layout <speaker>/<angry|fear|happy|neutral|sad|surprise>/<utterance>.wav");
                continue;
            }
            String speaker = rel.getName(0).toString();
            String utterance = CorpusScan.stem(file);
            scan.add(new Sample<>(speaker + "/" + rel.getName(1) + "/" + utterance, file, LABELS.indexOf(emotion), null,
                    Group.speaker(speaker), new Sample.Origin(CORPUS, rel.toString(), utterance, 0, Double.NaN)));
        }
        return scan.dataset(LABELS, "CASIA's <speaker>/<emotion>/<utterance>.wav files");
    }
}
