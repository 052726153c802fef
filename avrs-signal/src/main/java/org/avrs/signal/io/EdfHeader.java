package org.avrs.signal.io;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.avrs.core.InvalidInputException;

/**
 * The header of an EDF, EDF+, BDF or BDF+ file: 256 bytes of fixed-width ASCII fields, then 256 bytes
 * per signal (Kemp et al. 1992, doi:10.1016/0013-4694(92)90009-7; EDF+: Kemp &amp; Olivan 2003,
 * doi:10.1016/S1388-2457(03)00123-8; BDF: BioSemi's 24-bit variant, version field 0xFF "BIOSEMI").
 *
 * <p>{@link #read} validates every field — printable ASCII, numbers that parse, counts consistent with
 * each other and with the file length — before anything sized by the header is allocated.
 *
 * @param bdf true for BDF (24-bit samples), false for EDF (16-bit)
 * @param patient local patient identification
 * @param recording local recording identification (EDF+: "Startdate dd-MMM-yyyy …")
 * @param start start date and time as written (local time of the recording; years 85–99 → 19xx, 00–84 → 20xx)
 * @param reserved "EDF+C", "EDF+D", "BDF+C", "24BIT", … or empty
 * @param records number of data records (a header value of −1 is replaced by the count the file length gives)
 * @param recordDuration seconds per data record
 * @param channels the signals' headers, in file order
 */
public record EdfHeader(boolean bdf, String patient, String recording, LocalDateTime start, String reserved,
                        long records, double recordDuration, List<EdfChannel> channels) {

    static final int FIXED_BYTES = 256;
    private static final byte[] BDF_MAGIC = {(byte) 0xFF, 'B', 'I', 'O', 'S', 'E', 'M', 'I'};
    private static final byte[] EDF_MAGIC = "0       ".getBytes(StandardCharsets.US_ASCII);

    public EdfHeader {
        channels = List.copyOf(channels);
    }

    /** Bytes per sample: 2 (EDF) or 3 (BDF). */
    public int bytesPerSample() {
        return bdf ? 3 : 2;
    }

    /** Header length in bytes, 256 · (channels + 1). */
    public int headerBytes() {
        return FIXED_BYTES * (channels.size() + 1);
    }

    /** Bytes per data record, Σ samplesPerRecord · bytesPerSample. */
    public long recordBytes() {
        long n = 0;
        for (EdfChannel c : channels) {
            n += c.samplesPerRecord();
        }
        return n * bytesPerSample();
    }

    /** EDF+ or BDF+ (may carry annotations). */
    public boolean isPlus() {
        return reserved.startsWith("EDF+") || reserved.startsWith("BDF+");
    }

    /** EDF+D / BDF+D: data records may not be contiguous in time. */
    public boolean isDiscontinuous() {
        return reserved.startsWith("EDF+D") || reserved.startsWith("BDF+D");
    }

    /**
     * Reads and validates the header.
     *
     * @throws InvalidInputException naming the field and its byte offset for anything invalid
     */
    public static EdfHeader read(BinarySource src) {
        if (src.size() == 0) {
            throw new InvalidInputException(src.name(), null, "empty file; expected an EDF/BDF header");
        }
        Fields f = new Fields(src, src.read(0, FIXED_BYTES, "EDF header"), 0);
        byte[] magic = f.raw(0, 8);
        boolean bdf = java.util.Arrays.equals(magic, BDF_MAGIC);
        if (!bdf && !java.util.Arrays.equals(magic, EDF_MAGIC)) {
            throw src.error("header field 'version'", 0, "wrong magic: expected \"0       \" (EDF) or 0xFF\"BIOSEMI\" (BDF)");
        }
        String patient = f.text("patient", 8, 80);
        String recording = f.text("recording", 88, 80);
        LocalDateTime start = startDateTime(f);
        int headerBytes = f.integer("headerBytes", 184, 8);
        String reserved = f.text("reserved", 192, 44);
        long records = f.integer("numberOfDataRecords", 236, 8);
        double duration = f.decimal("dataRecordDuration", 244, 8);
        int ns = f.integer("numberOfSignals", 252, 4);
        if (ns < 1) {
            throw src.error("header field 'numberOfSignals'", 252, ns + " signals; a file needs at least one");
        }
        if (headerBytes != FIXED_BYTES * (ns + 1L)) {
            throw src.error("header field 'headerBytes'", 184, headerBytes + " does not equal 256 · (1 + "
                    + ns + " signals) = " + FIXED_BYTES * (ns + 1L));
        }
        src.requireRange(0, headerBytes, "EDF signal headers for " + ns + " signals");
        List<EdfChannel> channels = channels(src, ns, bdf);
        boolean onlyAnnotations = channels.stream().allMatch(EdfChannel::isAnnotations);
        if (!Double.isFinite(duration) || duration < 0 || (duration == 0 && !onlyAnnotations)) {
            throw src.error("header field 'dataRecordDuration'", 244, duration
                    + " s must be > 0 (0 only for an annotations-only file)");
        }
        EdfHeader h = new EdfHeader(bdf, patient, recording, start, reserved, 0, duration, channels);
        long available = (src.size() - headerBytes) / h.recordBytes();
        if (records == -1) {
            records = available; // recording still being written: the file length decides
        } else if (records < 0 || records > available) {
            throw src.error("header field 'numberOfDataRecords'", 236, records + " records of " + h.recordBytes()
                    + " bytes need " + String.format("%.0f", headerBytes + records * (double) h.recordBytes())
                    + " bytes, but the file has " + src.size() + (records < 0 ? "" : " (truncated?)"));
        }
        return new EdfHeader(bdf, patient, recording, start, reserved, records, duration, channels);
    }

    private static List<EdfChannel> channels(BinarySource src, int ns, boolean bdf) {
        Fields f = new Fields(src, src.read(FIXED_BYTES, FIXED_BYTES * ns, "EDF signal headers"), FIXED_BYTES);
        int digLimit = bdf ? 1 << 23 : 1 << 15;
        List<EdfChannel> out = new ArrayList<>(ns);
        for (int i = 0; i < ns; i++) {
            String label = f.text("label[" + i + "]", 16 * i, 16);
            String transducer = f.text("transducer[" + i + "]", 16 * ns + 80 * i, 80);
            String dim = f.text("physicalDimension[" + i + "]", 96 * ns + 8 * i, 8);
            double pmin = f.decimal("physicalMinimum[" + i + "]", 104 * ns + 8 * i, 8);
            double pmax = f.decimal("physicalMaximum[" + i + "]", 112 * ns + 8 * i, 8);
            int dmin = f.integer("digitalMinimum[" + i + "]", 120 * ns + 8 * i, 8);
            int dmax = f.integer("digitalMaximum[" + i + "]", 128 * ns + 8 * i, 8);
            String prefilter = f.text("prefiltering[" + i + "]", 136 * ns + 80 * i, 80);
            int spr = f.integer("samplesPerRecord[" + i + "]", 216 * ns + 8 * i, 8);
            f.text("reserved[" + i + "]", 224 * ns + 32 * i, 32);
            if (dmin < -digLimit || dmax > digLimit - 1 || dmin >= dmax) {
                throw f.error("digitalMinimum[" + i + "]", 120 * ns + 8 * i, "digital range [" + dmin + ", " + dmax
                        + "] must have min < max within [" + -digLimit + ", " + (digLimit - 1) + "]");
            }
            if (pmin == pmax) {
                throw f.error("physicalMinimum[" + i + "]", 104 * ns + 8 * i, "physical minimum equals maximum ("
                        + pmin + "): no scaling");
            }
            double gain = (pmax - pmin) / ((double) dmax - dmin);
            if (!Double.isFinite(gain) || gain == 0) {
                throw f.error("physicalMaximum[" + i + "]", 112 * ns + 8 * i, "physical range [" + pmin + ", " + pmax
                        + "] over digital range gives no usable scale (" + gain + ")");
            }
            if (spr < 1) {
                throw f.error("samplesPerRecord[" + i + "]", 216 * ns + 8 * i, spr + " must be >= 1");
            }
            out.add(new EdfChannel(label, transducer, dim, pmin, pmax, dmin, dmax, prefilter, spr));
        }
        return out;
    }

    private static LocalDateTime startDateTime(Fields f) {
        String date = f.text("startDate", 168, 8);
        String time = f.text("startTime", 176, 8);
        if (!date.matches("\\d\\d\\.\\d\\d\\.\\d\\d")) {
            throw f.error("startDate", 168, "'" + date + "' is not dd.mm.yy");
        }
        if (!time.matches("\\d\\d\\.\\d\\d\\.\\d\\d")) {
            throw f.error("startTime", 176, "'" + time + "' is not hh.mm.ss");
        }
        int yy = Integer.parseInt(date.substring(6, 8));
        try {
            return LocalDateTime.of(yy >= 85 ? 1900 + yy : 2000 + yy, Integer.parseInt(date.substring(3, 5)),
                    Integer.parseInt(date.substring(0, 2)), Integer.parseInt(time.substring(0, 2)),
                    Integer.parseInt(time.substring(3, 5)), Integer.parseInt(time.substring(6, 8)));
        } catch (DateTimeException e) {
            throw f.error("startDate", 168, "'" + date + " " + time + "' is not a valid date and time");
        }
    }

    /** Fixed-width ASCII fields of a header block. */
    private record Fields(BinarySource src, ByteBuffer block, long base) {

        byte[] raw(int at, int width) {
            byte[] b = new byte[width];
            block.get(at, b);
            return b;
        }

        /** The field's text, trimmed; every byte must be printable ASCII (32–126). */
        String text(String name, int at, int width) {
            byte[] b = raw(at, width);
            for (int i = 0; i < width; i++) {
                if (b[i] < 32 || b[i] > 126) {
                    throw error(name, at + i, "byte " + (b[i] & 0xFF) + " is not printable ASCII");
                }
            }
            return new String(b, StandardCharsets.US_ASCII).trim();
        }

        int integer(String name, int at, int width) {
            String s = text(name, at, width);
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw error(name, at, "'" + s + "' is not an integer");
            }
        }

        double decimal(String name, int at, int width) {
            String s = text(name, at, width);
            if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                throw error(name, at, "'" + s + "' is not a number");
            }
            double x = Double.parseDouble(s);
            if (!Double.isFinite(x)) {
                throw error(name, at, "'" + s + "' is out of range");
            }
            return x;
        }

        InvalidInputException error(String name, long at, String problem) {
            return src.error("header field '" + name + "'", base + at, problem);
        }
    }
}
