package org.avrs.sensing.eeg;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Group;
import org.avrs.core.data.Sample;
import org.avrs.signal.io.Annotation;
import org.avrs.signal.io.EdfReader;
import org.avrs.signal.io.Recording;

/**
 * Any folder of EDF/EDF+/BDF/BDF+ recordings whose annotations mark emotional events (European Data
 * Format: Kemp et al. 1992, doi:10.1016/0013-4694(92)90009-7; EDF+: Kemp &amp; Olivan 2003,
 * doi:10.1016/S1388-2457(03)00123-8), read with {@link EdfReader}.
 *
 * <p>Each file is one subject's recording (the subject is the file name up to the first '_' — so BIDS
 * names {@code sub-01_task-x_eeg.edf} give {@code sub-01} — or the whole stem). The EEG is the recording's
 * signal with the most channels (an EDF whose channels differ in rate has several). Every annotation
 * whose text is a key of {@code events} becomes a sample labelled with that key's class: the EEG from
 * {@code marginSeconds} before to {@code marginSeconds} after its onset, with the onset as the trial's
 * event, so that a window is cut centred on it; annotations too near the recording's ends are skipped.
 * Each annotation is its own trial. Id {@code <subject>/a005}.
 */
public final class EdfCorpus implements EegCorpus {

    /** The corpus name in every sample's origin. */
    public static final String CORPUS = "edf";
    private static final Pattern FILE = Pattern.compile("(?i).+\\.(edf|bdf)");

    private final Map<String, List<Path>> files = new LinkedHashMap<>();
    private final EmotionSet labels;
    private final Map<String, Integer> events;
    private final double marginSeconds;

    /**
     * @param events annotation text → class label in {@code labels} (e.g. "Stimulus 1" → "low")
     * @param marginSeconds EEG kept on each side of an event, s, ≥ 1
     * @throws InvalidInputException if the folder holds no .edf/.bdf file
     * @throws IllegalArgumentException if a class is not in the label set or the map is empty
     */
    public EdfCorpus(Path dir, EmotionSet labels, Map<String, String> events, double marginSeconds) {
        this.labels = Objects.requireNonNull(labels, "labels");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("no event texts are mapped to classes");
        }
        Map<String, Integer> m = new LinkedHashMap<>();
        events.forEach((text, label) -> m.put(text, labels.indexOf(label)));
        this.events = m;
        if (!(marginSeconds >= 1) || Double.isInfinite(marginSeconds)) {
            throw new IllegalArgumentException("marginSeconds " + marginSeconds + " must be >= 1 and finite");
        }
        this.marginSeconds = marginSeconds;
        for (Path f : CorpusFiles.list(dir, FILE, ".edf or .bdf recordings")) {
            String stem = CorpusFiles.stem(f);
            String subject = stem.contains("_") ? stem.substring(0, stem.indexOf('_')) : stem;
            files.computeIfAbsent(subject, s -> new ArrayList<>()).add(f);
        }
    }

    /**
     * Parses "text=label,text=label" (texts may hold spaces, not ',' or '=').
     *
     * @throws IllegalArgumentException naming the bad entry
     */
    public static Map<String, String> parseEvents(String spec) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException("event mapping '" + entry + "' must look like text=label");
            }
            out.put(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    @Override
    public String name() {
        return CORPUS;
    }

    @Override
    public EmotionSet labels() {
        return labels;
    }

    @Override
    public List<String> subjects() {
        return List.copyOf(files.keySet());
    }

    @Override
    public Dataset<EegTrial> subject(String subject) {
        List<Path> list = files.get(subject);
        if (list == null) {
            throw new IllegalArgumentException("no EDF subject '" + subject + "'; there are " + files.keySet());
        }
        List<Sample<EegTrial>> samples = new ArrayList<>();
        for (Path f : list) {
            Recording r = EdfReader.read(f);
            Signal eeg = r.signals().stream().max(java.util.Comparator.comparingInt(Signal::channelCount))
                    .orElseThrow(() -> new InvalidInputException(f.toString(), null, "holds no signal, only annotations"));
            int margin = (int) Math.round(marginSeconds * eeg.sampleRate());
            int k = 0;
            for (Annotation a : r.annotations()) {
                k++;
                Integer label = events.get(a.text().strip());
                if (label == null) {
                    continue;
                }
                int centre = (int) Math.round(a.onset() * eeg.sampleRate());
                if (centre - margin < 0 || centre + margin > eeg.length()) {
                    continue;
                }
                String trial = String.format(Locale.ROOT, "a%03d", k);
                samples.add(new Sample<>(subject + "/" + CorpusFiles.stem(f) + "/" + trial,
                        new EegTrial(eeg.slice(centre - margin, centre + margin), new double[] {margin / eeg.sampleRate()}),
                        label, new double[0], Group.subject(subject), new Sample.Origin(CORPUS,
                        f.getFileName().toString(), trial, (centre - margin) / eeg.sampleRate(), Double.NaN)));
            }
        }
        return new Dataset<>(CORPUS + "/" + subject, labels, samples);
    }
}
