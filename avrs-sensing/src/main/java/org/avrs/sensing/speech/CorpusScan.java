package org.avrs.sensing.speech;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.avrs.core.EmotionSet;
import org.avrs.core.InvalidInputException;
import org.avrs.core.data.Dataset;
import org.avrs.core.data.Sample;
import org.avrs.signal.io.BinarySource;
import org.avrs.signal.io.WavReader;

/**
 * Collects a corpus folder's samples and, file by file, everything wrong with it: a file that is not
 * a WAV file, whose name or place carries no label, or whose WAV header cannot be read is a problem,
 * never silently skipped. {@link #dataset} refuses a folder with any problem and names every file in
 * one line (the CLI prints bad input as one line).
 */
final class CorpusScan {

    private final String corpus;
    private final Path root;
    private final List<Sample<Path>> samples = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    CorpusScan(String corpus, Path root) {
        this.corpus = corpus;
        this.root = root;
    }

    /**
     * Every regular file under {@code dir} (recursively when asked), sorted by path.
     *
     * @throws InvalidInputException if the folder is missing or cannot be listed
     */
    static List<Path> files(String corpus, Path dir, boolean recursive) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir.toString(), null, corpus + " folder does not exist or is not a folder");
        }
        try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(dir.toString(), null, "cannot list the folder: " + e.getMessage(), e);
        }
    }

    /** True for a name ending in .wav (any case). */
    static boolean isWav(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".wav");
    }

    /** The file name without its extension. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Adds a sample after checking that its WAV header is readable. */
    void add(Sample<Path> sample) {
        try (BinarySource src = BinarySource.open(sample.input())) {
            WavReader.readFormat(src);
            samples.add(sample);
        } catch (InvalidInputException e) {
            problem(sample.input(), "unreadable WAV (" + stripSource(e, sample.input()) + ")");
        }
    }

    /** Records what is wrong with one file. */
    void problem(Path file, String what) {
        problems.add(root.relativize(file) + ": " + what);
    }

    /** The problems found so far, one per file. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * The corpus as a dataset of file paths.
     *
     * @throws InvalidInputException listing every problem file, or if no file was found
     */
    Dataset<Path> dataset(EmotionSet labels, String expected) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(root.toString(), null, String.format(Locale.ROOT,
                    "%d file%s cannot be used as %s (expected %s): %s", problems.size(), problems.size() == 1 ? "" : "s",
                    corpus, expected, String.join("; ", problems)));
        }
        if (samples.isEmpty()) {
            throw new InvalidInputException(root.toString(), null, "no .wav files found (expected " + expected + ")");
        }
        return new Dataset<>(corpus, labels, samples);
    }

    private static String stripSource(InvalidInputException e, Path file) {
        String m = e.getMessage();
        String prefix = file + ": ";
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
