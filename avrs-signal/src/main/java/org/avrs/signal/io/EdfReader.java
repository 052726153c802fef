package org.avrs.signal.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.avrs.core.Signal;

/**
 * Reads EDF, EDF+, BDF and BDF+ files into a {@link Recording}.
 *
 * <ul>
 *   <li>Samples: 16-bit (EDF) or 24-bit (BDF) little-endian two's complement, scaled per channel to
 *       physical units as {@link EdfChannel} states; the unit is the channel's physical dimension.</li>
 *   <li>Rates: a channel's rate is samplesPerRecord / recordDuration. Channels are grouped by rate
 *       into one {@link Signal} each, in order of each rate's first channel.</li>
 *   <li>Names: labels, trimmed; an empty label becomes "ch&lt;index&gt;", a repeated one gets "-1", "-2", ….</li>
 *   <li>EDF+/BDF+ annotation signals give {@link Annotation}s (onset in seconds from the header's start
 *       date/time); the first record's time-keeping onset shifts the signals' start time. EDF+D files
 *       are read only when their records are in fact contiguous.</li>
 *   <li>Start time: the header's local date and time, taken as UTC (EDF stores no zone).</li>
 * </ul>
 *
 * <p>Header keys of the recording: format, patient, recording, startDateTime, reserved,
 * numberOfDataRecords, dataRecordDuration, and per channel "&lt;name&gt;.transducer" and
 * "&lt;name&gt;.prefilter" when not empty.
 *
 * <p>Data records are read in blocks of about 4 MiB with bulk positional reads, so long files stream
 * through a small buffer into the sample arrays; the header and its counts are validated against the
 * file length first ({@link EdfHeader#read}).
 */
public final class EdfReader {

    private static final int BLOCK_BYTES = 4 << 20;
    /** Tolerance for "contiguous" record onsets in EDF+D, seconds. */
    private static final double ONSET_TOLERANCE = 1e-6;

    private EdfReader() {
    }

    /** Reads an EDF/BDF file. */
    public static Recording read(Path path) {
        try (BinarySource src = BinarySource.open(path)) {
            return read(src);
        }
    }

    /** Reads EDF/BDF bytes (a file or an upload). */
    public static Recording read(BinarySource src) {
        EdfHeader h = EdfHeader.read(src);
        if (h.recordBytes() > Limits.MAX_ARRAY) {
            throw src.error("header field 'samplesPerRecord'", EdfHeader.FIXED_BYTES + 216L * h.channels().size(),
                    "a data record of " + h.recordBytes() + " bytes is larger than this reader handles");
        }
        Map<Integer, List<Integer>> byRate = new LinkedHashMap<>();
        for (int i = 0; i < h.channels().size(); i++) {
            EdfChannel c = h.channels().get(i);
            if (!c.isAnnotations()) {
                byRate.computeIfAbsent(c.samplesPerRecord(), k -> new ArrayList<>()).add(i);
            }
        }
        double[][] samples = new double[h.channels().size()][];
        for (Map.Entry<Integer, List<Integer>> g : byRate.entrySet()) {
            long n = h.records() * g.getKey(); // <= file length: records and samples were checked against it
            Limits.checkSamples(src.name(), "header field 'numberOfDataRecords' (byte 236)", n, g.getValue().size());
            for (int i : g.getValue()) {
                samples[i] = new double[(int) n];
            }
        }
        TimeKeeping time = new TimeKeeping(h);
        List<Annotation> annotations = new ArrayList<>();
        if (h.records() > 0) {
            readRecords(src, h, samples, time, annotations);
        }
        time.requireContiguous(src);
        return new Recording(signals(h, byRate, samples, time.start()), annotations, header(h));
    }

    /**
     * Streams the data records through one block buffer: samples of channel i go to {@code samples[i]}
     * (null for annotation channels, whose TALs go to {@code annotations}).
     */
    private static void readRecords(BinarySource src, EdfHeader h, double[][] samples, TimeKeeping time,
                                    List<Annotation> annotations) {
        List<EdfChannel> chs = h.channels();
        int[] offsetInRecord = new int[chs.size()];
        for (int i = 1; i < chs.size(); i++) {
            offsetInRecord[i] = offsetInRecord[i - 1] + chs.get(i - 1).samplesPerRecord() * h.bytesPerSample();
        }
        int recordBytes = (int) h.recordBytes(); // <= file length, since records >= 1
        int perBlock = (int) Math.max(1, Math.min(h.records(), BLOCK_BYTES / recordBytes));
        ByteBuffer block = ByteBuffer.allocate(perBlock * recordBytes).order(ByteOrder.LITTLE_ENDIAN);
        int maxSpr = chs.stream().mapToInt(EdfChannel::samplesPerRecord).max().orElse(0);
        Scratch scratch = h.bdf() ? new Scratch(null, null, new byte[3 * maxSpr])
                : new Scratch(block.asShortBuffer(), new short[maxSpr], null); // the view sees each block's bytes
        byte[] tal = new byte[h.bytesPerSample() * maxSpr];
        for (long r0 = 0; r0 < h.records(); r0 += perBlock) {
            int n = (int) Math.min(perBlock, h.records() - r0);
            long fileOffset = h.headerBytes() + r0 * recordBytes;
            block.clear().limit(n * recordBytes);
            src.readInto(fileOffset, block, "data records " + r0 + "–" + (r0 + n - 1));
            for (int k = 0; k < n; k++) {
                int base = k * recordBytes;
                boolean firstAnnotations = true;
                for (int i = 0; i < chs.size(); i++) {
                    EdfChannel c = chs.get(i);
                    int at = base + offsetInRecord[i];
                    if (samples[i] != null) {
                        decode(block, scratch, at, h.bdf(), c, samples[i], (int) ((r0 + k) * c.samplesPerRecord()));
                    } else {
                        int len = c.samplesPerRecord() * h.bytesPerSample();
                        block.get(at, tal, 0, len);
                        List<EdfAnnotations.Tal> tals = EdfAnnotations.parse(src, tal, len, fileOffset + at);
                        collect(tals, firstAnnotations ? time : null, r0 + k, annotations);
                        firstAnnotations = false;
                    }
                }
            }
        }
    }

    /** Adds the texts of TALs as annotations; the first TAL of the first annotation signal keeps time. */
    private static void collect(List<EdfAnnotations.Tal> tals, TimeKeeping time, long record, List<Annotation> out) {
        for (int t = 0; t < tals.size(); t++) {
            EdfAnnotations.Tal tal = tals.get(t);
            List<String> texts = tal.texts();
            if (t == 0 && time != null && !texts.isEmpty() && texts.get(0).isEmpty()) {
                time.recordStart(record, tal.onset());
            }
            for (String text : texts) {
                if (!text.isEmpty()) {
                    out.add(new Annotation(tal.onset(), tal.duration(), text));
                }
            }
        }
    }

    /** Reusable arrays for bulk copies out of the block, sized for the largest samples-per-record. */
    private record Scratch(ShortBuffer shorts, short[] edf, byte[] bdf) {
    }

    /**
     * Scales one record's samples of a channel, at byte {@code p} of the block, into {@code out[o…]}: one bulk
     * copy into a scratch array, then a tight loop.
     */
    private static void decode(ByteBuffer b, Scratch s, int p, boolean bdf, EdfChannel c, double[] out, int o) {
        double gain = c.gain();
        double offset = c.offset();
        int n = c.samplesPerRecord();
        if (bdf) {
            byte[] v = s.bdf;
            b.get(p, v, 0, 3 * n);
            for (int j = 0, k = 0; j < n; j++, k += 3) {
                out[o + j] = gain * ((v[k] & 0xFF) | (v[k + 1] & 0xFF) << 8 | v[k + 2] << 16) + offset;
            }
        } else {
            short[] v = s.edf;
            s.shorts.get(p / 2, v, 0, n);
            for (int j = 0; j < n; j++) {
                out[o + j] = gain * v[j] + offset;
            }
        }
    }

    private static List<Signal> signals(EdfHeader h, Map<Integer, List<Integer>> byRate, double[][] samples,
                                        Instant start) {
        List<String> names = uniqueNames(h.channels());
        List<Signal> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> g : byRate.entrySet()) {
            List<Integer> idx = g.getValue();
            double[][] data = new double[idx.size()][];
            List<String> n = new ArrayList<>();
            List<String> u = new ArrayList<>();
            for (int k = 0; k < idx.size(); k++) {
                data[k] = samples[idx.get(k)];
                n.add(names.get(idx.get(k)));
                u.add(h.channels().get(idx.get(k)).physicalDimension());
            }
            out.add(Signal.builder().sampleRate(g.getKey() / h.recordDuration()).channelsOwned(data).names(n)
                    .units(u).startTime(start).build());
        }
        return out;
    }

    /** Labels made unique: empty → "ch&lt;i&gt;", repeats → "label-1", "label-2", …. */
    static List<String> uniqueNames(List<EdfChannel> chs) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chs.size(); i++) {
            String base = chs.get(i).label().isEmpty() ? "ch" + i : chs.get(i).label();
            String name = base;
            for (int k = 1; !seen.add(name); k++) {
                name = base + "-" + k;
            }
            out.add(name);
        }
        return out;
    }

    private static Map<String, String> header(EdfHeader h) {
        Map<String, String> m = new LinkedHashMap<>();
        String plus = h.isPlus() ? (h.isDiscontinuous() ? "+D" : "+C") : "";
        m.put("format", (h.bdf() ? "BDF" : "EDF") + plus);
        m.put("patient", h.patient());
        m.put("recording", h.recording());
        m.put("startDateTime", h.start().toString());
        m.put("reserved", h.reserved());
        m.put("numberOfDataRecords", Long.toString(h.records()));
        m.put("dataRecordDuration", Double.toString(h.recordDuration()));
        List<String> names = uniqueNames(h.channels());
        for (int i = 0; i < names.size(); i++) {
            EdfChannel c = h.channels().get(i);
            if (!c.transducer().isEmpty()) {
                m.put(names.get(i) + ".transducer", c.transducer());
            }
            if (!c.prefilter().isEmpty()) {
                m.put(names.get(i) + ".prefilter", c.prefilter());
            }
        }
        return m;
    }

    /** Record start times from the time-keeping TALs. */
    private static final class TimeKeeping {
        private final EdfHeader header;
        private double firstOnset;
        private long mismatch = -1;
        private double mismatchOnset;

        TimeKeeping(EdfHeader header) {
            this.header = header;
        }

        void recordStart(long record, double onset) {
            if (record == 0) {
                firstOnset = onset;
            } else if (mismatch < 0 && Math.abs(onset - (firstOnset + record * header.recordDuration())) > ONSET_TOLERANCE) {
                mismatch = record;
                mismatchOnset = onset;
            }
        }

        /** The signals' start: the header's date/time plus the first record's onset. */
        Instant start() {
            return header.start().toInstant(ZoneOffset.UTC).plusNanos(Math.round(firstOnset * 1e9));
        }

        void requireContiguous(BinarySource src) {
            if (mismatch >= 0 && header.isDiscontinuous()) {
                throw new org.avrs.core.InvalidInputException(src.name(), "data record " + mismatch,
                        "EDF+D record starts at " + mismatchOnset + " s, not "
                                + (firstOnset + mismatch * header.recordDuration())
                                + " s: recordings with gaps are not supported");
            }
        }
    }
}
