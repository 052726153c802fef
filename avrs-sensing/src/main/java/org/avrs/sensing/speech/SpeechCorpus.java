package org.avrs.sensing.speech;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import org.avrs.core.EmotionSet;
import org.avrs.core.data.Dataset;

/**
 * The speech-emotion corpora AVRS reads, by name. Each loader's class comment is its dataset card and
 * states the file-name or folder convention it reads the labels and speakers by.
 */
public enum SpeechCorpus {

    /** {@link EmoDb}. */
    EMODB("emodb", EmotionSet.EMODB, EmoDb::load),
    /** {@link Tess}. */
    TESS("tess", EmotionSet.EKMAN_NEUTRAL, Tess::load),
    /** {@link Ravdess}. */
    RAVDESS("ravdess", Ravdess.LABELS, Ravdess::load),
    /** {@link Casia}. */
    CASIA("casia", Casia.LABELS, Casia::load),
    /** {@link Enterface}. */
    ENTERFACE("enterface", Enterface.LABELS, Enterface::load);

    private final String id;
    private final EmotionSet labels;
    private final Function<Path, Dataset<Path>> loader;

    SpeechCorpus(String id, EmotionSet labels, Function<Path, Dataset<Path>> loader) {
        this.id = id;
        this.labels = labels;
        this.loader = loader;
    }

    /** The name used on the command line and in sample origins, e.g. "emodb". */
    public String id() {
        return id;
    }

    /** The label set its samples use (names shared through {@link SpeechEmotions#SHARED}). */
    public EmotionSet labels() {
        return labels;
    }

    /**
     * Lists the corpus at {@code dir}: one sample per recording, the speaker as its group.
     *
     * @throws org.avrs.core.InvalidInputException naming every file that cannot be used
     */
    public Dataset<Path> load(Path dir) {
        return loader.apply(dir);
    }

    /**
     * @throws IllegalArgumentException listing the known names
     */
    public static SpeechCorpus named(String name) {
        return Arrays.stream(values()).filter(c -> c.id.equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown corpus '" + name + "'; known: "
                        + Arrays.stream(values()).map(SpeechCorpus::id).toList()));
    }
}
