package org.avrs.signal.io;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.avrs.core.InvalidInputException;

/**
 * Reads a recording file of any supported format, chosen by its magic bytes (RIFF/WAVE, EDF "0       ",
 * BDF 0xFF"BIOSEMI", "MATLAB 5.0 MAT-file") and, for CSV, which has none, by the extension ".csv".
 *
 * <p>MAT files hold data in layouts this facade cannot guess a rate for: read them with
 * {@link DeapReader} or {@link SeedReader}.
 */
public final class SignalReaders {

    /** The formats recognised. */
    public enum Format { WAV, EDF, MAT, CSV }

    private SignalReaders() {
    }

    /** Reads a WAV, EDF or BDF file (CSV needs a rate: {@link #read(Path, double)}). */
    public static Recording read(Path path) {
        return read(path, OptionalDouble.empty());
    }

    /** Reads any supported file; {@code csvSampleRate} is used only if it is a CSV file. */
    public static Recording read(Path path, double csvSampleRate) {
        return read(path, OptionalDouble.of(csvSampleRate));
    }

    private static Recording read(Path path, OptionalDouble csvRate) {
        try (BinarySource src = BinarySource.open(path)) {
            return read(src, csvRate);
        }
    }

    /**
     * Reads a file or an upload.
     *
     * @param csvSampleRate the sampling rate if it turns out to be CSV
     * @throws InvalidInputException if the format is unknown, a MAT file, or CSV without a rate
     */
    public static Recording read(BinarySource src, OptionalDouble csvSampleRate) {
        return switch (detect(src)) {
            case WAV -> Recording.of(WavReader.read(src));
            case EDF -> EdfReader.read(src);
            case CSV -> Recording.of(CsvSignalReader.read(src, CsvSignalReader.Config.of(csvSampleRate.orElseThrow(
                    () -> new InvalidInputException(src.name(), null, "a CSV file needs its sampling rate stated")))));
            case MAT -> throw new InvalidInputException(src.name(), null, "a MAT file has no generic signal layout;"
                    + " read it with DeapReader or SeedReader");
        };
    }

    /**
     * The format of a source by its first bytes, else by its name's extension.
     *
     * @throws InvalidInputException if it is empty or of no known format
     */
    public static Format detect(BinarySource src) {
        if (src.size() == 0) {
            throw new InvalidInputException(src.name(), null, "empty file");
        }
        ByteBuffer head = src.read(0, (int) Math.min(19, src.size()), "magic bytes");
        byte[] b = new byte[head.remaining()];
        head.get(0, b);
        String text = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        Map<String, Format> magic = Map.of("RIFF", Format.WAV, "0       ", Format.EDF, "\u00ffBIOSEMI", Format.EDF,
                "MATLAB 5.0 MAT-file", Format.MAT);
        for (Map.Entry<String, Format> m : magic.entrySet()) {
            if (text.startsWith(m.getKey())) {
                return m.getValue();
            }
        }
        if (src.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return Format.CSV;
        }
        throw new InvalidInputException(src.name(), "byte 0", "unknown format: not WAV, EDF, BDF or MAT by its"
                + " first bytes, and not named *.csv");
    }
}
