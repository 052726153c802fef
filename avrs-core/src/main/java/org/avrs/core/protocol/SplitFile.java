package org.avrs.core.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.avrs.core.InvalidInputException;
import org.avrs.core.io.AtomicFiles;
import org.avrs.core.data.Dataset;

/**
 * Splits saved to a file together with the fingerprint of the dataset they were made for
 * ({@link Dataset#fingerprint()}), so that a fixed partition can be reused across runs and tools and is
 * refused for any other dataset.
 *
 * <p>The format is UTF-8 text with tab-separated fields: a header of {@code key<TAB>value} lines
 * ({@code format avrs-splits/1}, {@code dataset}, {@code fingerprint}, {@code samples},
 * {@code protocol}), then one line per split: {@code split<TAB>name<TAB>train<TAB>validation<TAB>test}
 * where each part lists sample positions separated by single spaces (possibly none). Lines starting
 * with '#' are comments.
 *
 * @param protocol the name of the protocol that made the splits
 * @param datasetName the dataset's name (informative)
 * @param fingerprint the dataset's fingerprint
 * @param sampleCount the dataset's size
 * @param splits the splits
 */
public record SplitFile(String protocol, String datasetName, String fingerprint, int sampleCount, List<Split> splits) {

    private static final String FORMAT = "avrs-splits/1";

    public SplitFile {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(datasetName, "datasetName");
        Objects.requireNonNull(fingerprint, "fingerprint");
        splits = List.copyOf(splits);
        for (String text : List.of(protocol, datasetName, fingerprint)) {
            checkField(text);
        }
        splits.forEach(s -> checkField(s.name()));
    }

    /** The splits a protocol makes of a dataset, with the dataset's fingerprint. */
    public static SplitFile of(Protocol protocol, Dataset<?> data) {
        return new SplitFile(protocol.name(), data.name(), data.fingerprint(), data.size(), protocol.splits(data));
    }

    /**
     * Writes the file, first to a temporary file next to it that is then moved into place, so that no
     * half-written file is left behind.
     *
     * @throws UncheckedIOException if writing fails
     */
    public void write(Path file) {
        StringBuilder s = new StringBuilder("# AVRS evaluation splits; positions index the dataset's samples\n");
        s.append("format\t").append(FORMAT).append('\n');
        s.append("dataset\t").append(datasetName).append('\n');
        s.append("fingerprint\t").append(fingerprint).append('\n');
        s.append("samples\t").append(sampleCount).append('\n');
        s.append("protocol\t").append(protocol).append('\n');
        for (Split split : splits) {
            s.append("split\t").append(split.name()).append('\t').append(join(split.train())).append('\t')
                    .append(join(split.validation())).append('\t').append(join(split.test())).append('\n');
        }
        try {
            AtomicFiles.writeString(file, s.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write split file " + file, e);
        }
    }

    /**
     * Reads a split file for a dataset and checks it: the fingerprint must be the dataset's, positions
     * in range, and every split disjoint by group and recording ({@link Split#checkDisjoint}).
     *
     * @throws InvalidInputException naming the file and line if it is malformed, was made for another
     *     dataset (the message gives both fingerprints) or holds an overlapping split
     * @throws UncheckedIOException if the file cannot be read
     */
    public static SplitFile read(Path file, Dataset<?> data) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read split file " + file, e);
        }
        String source = file.toString();
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Integer> headerLine = new LinkedHashMap<>();
        List<Split> splits = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            String where = "line " + (n + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f[0].equals("split")) {
                if (f.length != 5) {
                    throw new InvalidInputException(source, where, "a split line needs 5 tab-separated fields "
                            + "(split, name, train, validation, test), found " + f.length);
                }
                splits.add(new Split(f[1], positions(f[2], data.size(), source, where + " (train)"),
                        positions(f[3], data.size(), source, where + " (validation)"),
                        positions(f[4], data.size(), source, where + " (test)")));
            } else if (f.length == 2) {
                header.put(f[0], f[1]);
                headerLine.put(f[0], n + 1);
            } else {
                throw new InvalidInputException(source, where, "expected 'key<TAB>value' or a split line, found '"
                        + abbreviate(line) + "'");
            }
        }
        for (String key : List.of("format", "dataset", "fingerprint", "samples", "protocol")) {
            if (!header.containsKey(key)) {
                throw new InvalidInputException(source, null, "header field '" + key + "' is missing");
            }
        }
        if (!header.get("format").equals(FORMAT)) {
            throw new InvalidInputException(source, "line " + headerLine.get("format") + " (format)",
                    "format '" + header.get("format") + "' is not " + FORMAT);
        }
        if (!header.get("fingerprint").equals(data.fingerprint())) {
            throw new InvalidInputException(source, "line " + headerLine.get("fingerprint") + " (fingerprint)",
                    "the splits were made for dataset '" + header.get("dataset") + "' with fingerprint "
                            + header.get("fingerprint") + ", not for dataset '" + data.name() + "' with fingerprint "
                            + data.fingerprint());
        }
        for (Split split : splits) {
            try {
                split.checkDisjoint(data);
            } catch (IllegalStateException e) {
                throw new InvalidInputException(source, "split '" + split.name() + "'", e.getMessage());
            }
        }
        return new SplitFile(header.get("protocol"), header.get("dataset"), header.get("fingerprint"), data.size(),
                splits);
    }

    private static int[] positions(String field, int size, String source, String where) {
        if (field.isEmpty()) {
            return new int[0];
        }
        String[] parts = field.split(" ", -1);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            int p;
            try {
                p = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(source, where,
                        "'" + abbreviate(parts[i]) + "' is not a sample position");
            }
            if (p < 0 || p >= size) {
                throw new InvalidInputException(source, where, "position " + p + " is outside the dataset of "
                        + size + " samples");
            }
            out[i] = p;
        }
        return out;
    }

    private static String join(int[] positions) {
        return Arrays.stream(positions).mapToObj(Integer::toString).collect(Collectors.joining(" "));
    }

    private static void checkField(String text) {
        if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("'" + abbreviate(text)
                    + "' cannot be saved: it holds a tab or line break");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
