package org.avrs.sensing.eeg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.avrs.signal.io.Annotation;

/**
 * The Imagined Emotion Study (IESD) in its BIDS release, OpenNeuro ds003004.
 *
 * <p><b>Dataset card.</b> Onton &amp; Makeig, "Imagined Emotion Study", OpenNeuro ds003004 (2021),
 * doi:10.18112/openneuro.ds003004.v1.1.0; the paper: Onton &amp; Makeig 2009, "High-frequency broadband
 * modulations of electroencephalographic spectra", Front. Hum. Neurosci. 3:61,
 * doi:10.3389/neuro.09.061.2009; used by Ji &amp; Dong 2022 (doi:10.3389/fnins.2022.985709, "P3"). 34
 * subjects (P3 keeps 29) imagined 15 emotions, each after a 15–30 s guiding audio clip, with eyes
 * closed, pressing a button when they began to feel it ("feeling it"); BioSemi EEG, 134–235 channels
 * after noisy ones were removed, 256 Hz, 1 Hz high-pass already applied. License: CC0. About 36 GB.
 *
 * <p><b>Layout read</b> (BIDS; implemented from the BIDS and EEGLAB specifications and tested on folders
 * written to them — no real IESD file was available): {@code sub-XX/eeg/*_eeg.set} (+ {@code .fdt}, see
 * {@link EeglabSet}) and, when present, {@code *_events.tsv} beside it ({@link BidsEvents}), else the
 * .set's own events. An event whose text is one of the 15 emotion names starts an imagery period of that
 * emotion (until the next such event); events matching the press pattern inside a period are its
 * presses. The dataset's README notes presses both at onset and when the feeling waned; all matching
 * presses are used, and the pattern is configurable.
 *
 * <p><b>Samples:</b> one per press, holding the EEG from {@code marginSeconds} before to
 * {@code marginSeconds} after it, with the press as the trial's one event (so a 2 s window is cut
 * centred on it); presses too near the recording's ends are skipped. Id {@code sub-01/e03-awe/p02}; the
 * origin's trial is the imagery period, so presses of one period never straddle a split; the group is the
 * subject. Labels: binary valence or arousal from {@link #VALENCE} / {@link #AROUSAL}. P3 gives only
 * examples of its map (LV anger, jealousy, disgust; HV love, joy, happiness; LA sadness,
 * contentedness, grief; HA excitement, fear, anger); the rest of these maps is our reading of
 * Russell's circumplex.
 */
public final class IesdCorpus implements EegCorpus {

    /** The corpus name in every sample's origin. */
    public static final String CORPUS = "iesd";
    /** The 15 imagined emotions. */
    public static final List<String> EMOTIONS = List.of("anger", "awe", "compassion", "contentedness", "disgust",
            "excitement", "fear", "frustration", "grief", "happiness", "jealousy", "joy", "love", "relief", "sadness");
    /** 1 = high valence. */
    public static final Map<String, Integer> VALENCE = map("awe", "compassion", "contentedness", "excitement",
            "happiness", "joy", "love", "relief");
    /** 1 = high arousal. */
    public static final Map<String, Integer> AROUSAL = map("anger", "awe", "disgust", "excitement", "fear",
            "frustration", "happiness", "jealousy", "joy");

    private static Map<String, Integer> map(String... high) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String e : EMOTIONS) {
            m.put(e, List.of(high).contains(e) ? 1 : 0);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * @param target valence or arousal
     * @param pressPattern a regular expression the whole (lower-case) event text must match to be a press
     * @param marginSeconds EEG kept on each side of a press, s, ≥ 1 (3: the 2 s window plus 2 s for the
     *     band-pass to settle)
     */
    public record Config(String target, String pressPattern, double marginSeconds) {
        public Config {
            target = Objects.requireNonNull(target, "target").toLowerCase(Locale.ROOT);
            if (!target.equals("valence") && !target.equals("arousal")) {
                throw new IllegalArgumentException("IESD target '" + target + "' must be valence or arousal");
            }
            Pattern.compile(pressPattern);
            if (!(marginSeconds >= 1) || Double.isInfinite(marginSeconds)) {
                throw new IllegalArgumentException("marginSeconds " + marginSeconds + " must be >= 1 and finite");
            }
        }

        /** Presses are events named "press…"; 3 s margins. */
        public static Config of(String target) {
            return new Config(target, "press.*", 3);
        }
    }

    private final Config config;
    private final Map<String, Path> sets = new LinkedHashMap<>();
    private final Pattern press;

    /** @throws InvalidInputException if the folder holds no {@code sub-*&#47;eeg/*_eeg.set} */
    public IesdCorpus(Path root, Config config) {
        this.config = Objects.requireNonNull(config, "config");
        this.press = Pattern.compile(config.pressPattern());
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException(root.toString(), null, "is not a folder; expected the BIDS root of IESD");
        }
        try (Stream<Path> s = Files.list(root)) {
            for (Path sub : s.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith("sub-"))
                    .sorted().toList()) {
                Path eeg = sub.resolve("eeg");
                if (!Files.isDirectory(eeg)) {
                    continue;
                }
                try (Stream<Path> f = Files.list(eeg)) {
                    f.filter(p -> p.getFileName().toString().endsWith("_eeg.set")).sorted().findFirst()
                            .ifPresent(p -> sets.put(sub.getFileName().toString(), p));
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(root.toString(), null, "cannot list the folder: " + e.getMessage(), e);
        }
        if (sets.isEmpty()) {
            throw new InvalidInputException(root.toString(), null, "holds no sub-*/eeg/*_eeg.set");
        }
    }

    @Override
    public String name() {
        return CORPUS;
    }

    @Override
    public EmotionSet labels() {
        return config.target().equals("valence") ? EmotionSet.VALENCE_BINARY : EmotionSet.AROUSAL_BINARY;
    }

    @Override
    public List<String> subjects() {
        return List.copyOf(sets.keySet());
    }

    @Override
    public Dataset<EegTrial> subject(String subject) {
        Path setFile = sets.get(subject);
        if (setFile == null) {
            throw new IllegalArgumentException("no IESD subject '" + subject + "'; there are " + sets.keySet());
        }
        EeglabSet set = EeglabSet.read(setFile);
        Path tsv = setFile.resolveSibling(setFile.getFileName().toString().replaceFirst("_eeg\\.set$", "_events.tsv"));
        List<Annotation> events = new ArrayList<>(Files.isRegularFile(tsv) ? BidsEvents.read(tsv) : set.events());
        events.sort(Comparator.comparingDouble(Annotation::onset));
        Map<String, Integer> map = config.target().equals("valence") ? VALENCE : AROUSAL;
        double fs = set.sampleRate();
        int margin = (int) Math.round(config.marginSeconds() * fs);
        List<Sample<EegTrial>> samples = new ArrayList<>();
        String emotion = null;
        String period = null;
        int periods = 0;
        int presses = 0;
        for (Annotation a : events) {
            String text = a.text().strip().toLowerCase(Locale.ROOT);
            if (map.containsKey(text)) {
                emotion = text;
                period = String.format(Locale.ROOT, "e%02d-%s", ++periods, text);
                presses = 0;
                continue;
            }
            if (emotion == null || !press.matcher(text).matches()) {
                continue;
            }
            int centre = (int) Math.round(a.onset() * fs);
            presses++;
            if (centre - margin < 0 || centre + margin > set.samples()) {
                continue;
            }
            Signal eeg = set.slice(centre - margin, centre + margin);
            samples.add(new Sample<>(String.format(Locale.ROOT, "%s/%s/p%02d", subject, period, presses),
                    new EegTrial(eeg, new double[] {margin / fs}), map.get(emotion), new double[0],
                    Group.subject(subject), new Sample.Origin(CORPUS, setFile.getFileName().toString(), period,
                    (centre - margin) / fs, Double.NaN)));
        }
        return new Dataset<>(CORPUS + "/" + subject, labels(), samples);
    }
}
