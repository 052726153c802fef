package org.avrs.sensing.eeg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.avrs.core.InvalidInputException;

/** Listing a corpus folder: the files whose names match a pattern, with clear errors for bad folders. */
final class CorpusFiles {

    private CorpusFiles() {
    }

    /**
     * The regular files directly in {@code dir} whose names match {@code pattern}, sorted by name.
     *
     * @param what what the files are, for messages, e.g. "DEAP participant files sNN.mat"
     * @throws InvalidInputException if {@code dir} is not a readable folder or holds no such file
     */
    static List<Path> list(Path dir, Pattern pattern, String what) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir.toString(), null, "is not a folder; expected a folder of " + what);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile).filter(p -> pattern.matcher(p.getFileName().toString()).matches())
                    .sorted().forEach(out::add);
        } catch (IOException e) {
            throw new InvalidInputException(dir.toString(), null, "cannot list the folder: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(dir.toString(), null, "holds no " + what);
        }
        return List.copyOf(out);
    }

    /** The file name without its extension. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
