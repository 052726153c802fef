package org.avrs.sensing.eeg;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.signal.io.Annotation;
import org.avrs.signal.io.BinarySource;
import us.hebi.matlab.mat.format.Mat5File;
import us.hebi.matlab.mat.types.Array;
import us.hebi.matlab.mat.types.Matrix;

/**
 * An EEGLAB dataset: the {@code .set} header (a MAT v5/v7 file) and its samples, either in the
 * {@code .set} itself or in a {@code .fdt} file beside it. Written from EEGLAB's documentation of the EEG
 * structure and of {@code pop_saveset} (Delorme &amp; Makeig 2004, doi:10.1016/j.jneumeth.2003.10.009;
 * https://eeglab.org/tutorials/ConceptsGuide/Data_Structures.html) and tested on files written to it,
 * not on EEGLAB's own output; MAT v7.3 (HDF5) headers are refused.
 *
 * <p>Fields read — from a root struct {@code EEG}, or from root variables of the same names (newer EEGLAB
 * saves the fields at top level): {@code nbchan}, {@code pnts}, {@code trials} (1 = continuous),
 * {@code srate}, {@code chanlocs(k).labels}, {@code event(k).type} (text or number) with
 * {@code event(k).latency} (samples, 1-based, may be fractional) and optional {@code event(k).duration}
 * (samples), and {@code data}: a numeric nbchan × pnts matrix, or the name of the {@code .fdt} file —
 * 32-bit little-endian floats, all channels of sample 1, then of sample 2, … (MATLAB's column-major
 * nbchan × pnts·trials), whose size must be exactly nbchan·pnts·trials·4 bytes. Samples are in µV.
 *
 * <p>Events are in seconds from the first sample ((latency − 1)/srate), durations in seconds. Immutable.
 */
public final class EeglabSet {

    private final Path file;
    private final Path dataFile;
    private final List<String> channels;
    private final int samples;
    private final double sampleRate;
    private final List<Annotation> events;
    private final double[][] embedded;

    private EeglabSet(Path file, Path dataFile, List<String> channels, int samples, double sampleRate,
                      List<Annotation> events, double[][] embedded) {
        this.file = Objects.requireNonNull(file, "file");
        this.dataFile = dataFile;
        this.channels = List.copyOf(channels);
        this.samples = samples;
        this.sampleRate = sampleRate;
        this.events = List.copyOf(events);
        this.embedded = embedded;
    }

    /** The .set file. */
    public Path file() {
        return file;
    }

    /** The .fdt file, or null when the samples are inside the .set. */
    public Path dataFile() {
        return dataFile;
    }

    public List<String> channels() {
        return channels;
    }

    /** Samples per channel (pnts · trials). */
    public int samples() {
        return samples;
    }

    public double sampleRate() {
        return sampleRate;
    }

    /** The events, in file order. */
    public List<Annotation> events() {
        return events;
    }

    /**
     * Reads a .set header (and its embedded samples, if any).
     *
     * @throws InvalidInputException if a field is missing or malformed, the .fdt is missing or has the
     *     wrong size, or an event lies outside the recording
     */
    public static EeglabSet read(Path setFile) {
        try (Mat5File mat = MatStructs.read(setFile)) {
            Fields f = new Fields(mat, setFile);
            int nbchan = f.count("nbchan");
            int pnts = f.count("pnts");
            int trials = f.has("trials") ? f.count("trials") : 1;
            double srate = MatStructs.scalar(f.get("srate"), f.path("srate"), setFile);
            if (!(srate > 0)) {
                throw new InvalidInputException(setFile.toString(), f.path("srate"), "is " + srate + "; must be > 0");
            }
            long total = (long) pnts * trials;
            if (total > Integer.MAX_VALUE - 8 || total * nbchan > Integer.MAX_VALUE - 8L * 1024) {
                throw new InvalidInputException(setFile.toString(), f.path("pnts"), nbchan + " channels × " + total
                        + " samples exceed what one signal can hold");
            }
            List<String> names = channelNames(f, nbchan, setFile);
            List<Annotation> events = events(f, srate, total, setFile);
            Array data = f.get("data");
            if (data instanceof Matrix m) {
                return new EeglabSet(setFile, null, names, (int) total, srate, events, embedded(m, nbchan, (int) total,
                        f.path("data"), setFile));
            }
            String fdt = MatStructs.text(data, f.path("data"), setFile);
            Path dataFile = setFile.resolveSibling(Path.of(fdt).getFileName().toString());
            long expected = 4L * nbchan * total;
            long size;
            try {
                size = Files.size(dataFile);
            } catch (IOException e) {
                throw new InvalidInputException(dataFile.toString(), null, "the EEGLAB data file named by "
                        + setFile.getFileName() + " cannot be read: " + e.getMessage(), e);
            }
            if (size != expected) {
                throw new InvalidInputException(dataFile.toString(), null, size + " bytes; " + nbchan + " channels × "
                        + total + " samples of float32 need " + expected);
            }
            return new EeglabSet(setFile, dataFile, names, (int) total, srate, events, null);
        } catch (IOException e) {
            throw new InvalidInputException(setFile.toString(), null, "cannot close the MAT file: " + e.getMessage(), e);
        }
    }

    /**
     * Samples [from, to) of every channel, read from the .fdt without loading the rest.
     *
     * @throws IllegalArgumentException if the range is outside the recording
     * @throws InvalidInputException if a sample is not finite
     */
    public Signal slice(int from, int to) {
        if (from < 0 || to > samples || from >= to) {
            throw new IllegalArgumentException("slice [" + from + ", " + to + ") is outside [0, " + samples + ")");
        }
        int c = channels.size();
        double[][] x = new double[c][to - from];
        if (embedded != null) {
            for (int k = 0; k < c; k++) {
                System.arraycopy(embedded[k], from, x[k], 0, to - from);
            }
        } else {
            try (BinarySource src = BinarySource.open(dataFile)) {
                int chunk = Math.max(1, (1 << 20) / (4 * c));
                for (int s0 = from; s0 < to; s0 += chunk) {
                    int n = Math.min(chunk, to - s0);
                    ByteBuffer b = src.read(4L * c * s0, 4 * c * n, "samples " + s0 + "…" + (s0 + n));
                    for (int i = 0; i < n; i++) {
                        for (int k = 0; k < c; k++) {
                            float v = b.getFloat();
                            if (!Float.isFinite(v)) {
                                throw src.error("sample " + (s0 + i) + " of channel " + channels.get(k),
                                        4L * (c * (long) (s0 + i) + k), "is " + v + "; samples must be finite");
                            }
                            x[k][s0 - from + i] = v;
                        }
                    }
                }
            }
        }
        return Signal.builder().sampleRate(sampleRate).channelsOwned(x).names(channels).unit("uV").build();
    }

    private static List<String> channelNames(Fields f, int nbchan, Path file) {
        Array locs = f.get("chanlocs");
        if (locs.getNumElements() != nbchan) {
            throw new InvalidInputException(file.toString(), f.path("chanlocs"), locs.getNumElements()
                    + " channel locations for nbchan " + nbchan);
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < nbchan; k++) {
            String p = f.path("chanlocs") + "(" + (k + 1) + ").labels";
            names.add(MatStructs.text(MatStructs.field(locs, f.path("chanlocs"), "labels", k, file), p, file));
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new InvalidInputException(file.toString(), f.path("chanlocs"), "channel labels repeat: " + names);
        }
        return names;
    }

    private static List<Annotation> events(Fields f, double srate, long total, Path file) {
        if (!f.has("event")) {
            return List.of();
        }
        Array ev = f.get("event");
        List<Annotation> out = new ArrayList<>();
        boolean hasDuration = ev instanceof us.hebi.matlab.mat.types.Struct s && s.getFieldNames().contains("duration");
        for (int k = 0; k < ev.getNumElements(); k++) {
            String p = f.path("event") + "(" + (k + 1) + ")";
            String type = MatStructs.text(MatStructs.field(ev, f.path("event"), "type", k, file), p + ".type", file);
            double latency = MatStructs.scalar(MatStructs.field(ev, f.path("event"), "latency", k, file), p + ".latency",
                    file);
            if (!(latency >= 1 && latency <= total + 1)) {
                throw new InvalidInputException(file.toString(), p + ".latency", "is " + latency
                        + "; must lie in 1…" + total + " (samples)");
            }
            double duration = 0;
            if (hasDuration) {
                Array d = MatStructs.field(ev, f.path("event"), "duration", k, file);
                duration = d.getNumElements() == 0 ? 0 : Math.max(0, MatStructs.scalar(d, p + ".duration", file));
            }
            out.add(new Annotation((latency - 1) / srate, duration / srate, type));
        }
        return out;
    }

    private static double[][] embedded(Matrix m, int nbchan, int total, String path, Path file) {
        if (m.getNumRows() != nbchan || (long) m.getNumElements() != (long) nbchan * total) {
            throw new InvalidInputException(file.toString(), path, "is " + m.getNumRows() + " × " + m.getNumCols()
                    + "; expected " + nbchan + " × " + total);
        }
        double[][] x = new double[nbchan][total];
        for (int k = 0; k < nbchan; k++) {
            for (int i = 0; i < total; i++) {
                x[k][i] = m.getDouble(k, i);
                if (!Double.isFinite(x[k][i])) {
                    throw new InvalidInputException(file.toString(), path + "(" + (k + 1) + ", " + (i + 1) + ")", "is "
                            + x[k][i] + "; samples must be finite");
                }
            }
        }
        return x;
    }

    /** The EEG fields, from a root struct {@code EEG} or from root variables. */
    private static final class Fields {
        private final Mat5File mat;
        private final Array eeg;
        private final Path file;

        Fields(Mat5File mat, Path file) {
            this.mat = mat;
            this.file = file;
            this.eeg = MatStructs.has(mat, "EEG") ? MatStructs.root(mat, "EEG", file) : null;
        }

        boolean has(String name) {
            if (eeg == null) {
                return MatStructs.has(mat, name);
            }
            return eeg instanceof us.hebi.matlab.mat.types.Struct s && s.getFieldNames().contains(name);
        }

        Array get(String name) {
            return eeg == null ? MatStructs.root(mat, name, file) : MatStructs.field(eeg, "EEG", name, 0, file);
        }

        String path(String name) {
            return eeg == null ? name : "EEG." + name;
        }

        int count(String name) {
            double v = MatStructs.scalar(get(name), path(name), file);
            if (!(v >= 1 && v == Math.rint(v) && v < Integer.MAX_VALUE)) {
                throw new InvalidInputException(file.toString(), path(name), "is " + v + "; expected a positive integer");
            }
            return (int) v;
        }
    }
}
