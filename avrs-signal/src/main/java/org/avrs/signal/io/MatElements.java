package org.avrs.signal.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.avrs.core.InvalidInputException;

/**
 * A pre-flight check of MAT v5 files (MathWorks, "MAT-File Format", R2024a, chapter 1): it finds the
 * root variables and validates every tag MFL will read against the bytes that really exist, before
 * MFL allocates what the tags claim. MFL trusts tag sizes (it allocates a buffer of the declared size),
 * so a hostile file could otherwise make it allocate gigabytes from a few bytes.
 *
 * <p>Compressed (miCOMPRESSED) elements are inflated here into an array that grows as data actually
 * comes out of the zlib stream, never to the size the inner tag claims up front; that claim must also
 * respect zlib's maximum expansion of 1032:1, and the stream must end exactly there with a valid
 * checksum.
 */
final class MatElements {

    static final int FILE_HEADER_BYTES = 128;
    private static final int MI_INT8 = 1;
    private static final int MI_INT32 = 5;
    private static final int MI_UINT32 = 6;
    private static final int MI_MATRIX = 14;
    private static final int MI_COMPRESSED = 15;
    private static final int MX_OPAQUE = 17;
    /** zlib's largest possible expansion: a 258-byte match costs at least 2 bits. */
    private static final long MAX_INFLATE_RATIO = 1032;
    /** Bytes inflated to read a compressed variable's name and dimensions. */
    private static final int PREFIX_BYTES = 4096;
    private static final int CHUNK = 1 << 16;
    /** Bytes of each miXXX data type, by type id; 0 = not a numeric data type. */
    private static final int[] TYPE_BYTES = {0, 1, 1, 2, 2, 4, 4, 4, 0, 8, 0, 0, 8, 8};
    private static final String[] CLASS_NAMES = {"unknown", "cell", "struct", "object", "char", "sparse", "double",
        "single", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "function", "opaque"};

    private MatElements() {
    }

    /**
     * A root variable.
     *
     * @param offset file offset of its element tag
     * @param length the element's byte count after the tag (compressed size if compressed)
     * @param matrixBytes bytes of the (inflated) miMATRIX element including its 8-byte tag
     */
    record Entry(String name, int mxClass, int[] dims, boolean complex, long offset, int length, boolean compressed,
                 long matrixBytes) {

        String className() {
            return mxClass < CLASS_NAMES.length ? CLASS_NAMES[mxClass] : "class " + mxClass;
        }

        long numel() {
            long n = 1;
            for (int d : dims) {
                n *= d;
            }
            return n;
        }
    }

    /** Where a buffer's bytes came from, for messages: index {@code base} of the buffer is the element tag. */
    private record Area(BinarySource src, long fileOffset, boolean inflated, int base) {

        InvalidInputException error(String what, int index, String problem) {
            long at = index - base;
            String where = inflated
                    ? "MAT " + what + " (inflated byte " + at + " of the compressed element at byte " + fileOffset + ")"
                    : "MAT " + what + " (byte " + (fileOffset + at) + ")";
            return new InvalidInputException(src.name(), where, problem);
        }
    }

    private record Tag(int type, int bytes, int data, int next) {
    }

    /** An array's name and shape, as read from its header sub-elements. */
    private record ArrayHeader(int mxClass, boolean complex, int[] dims, String name, int end) {
    }

    /**
     * Checks the 128-byte file header and returns the file's byte order.
     *
     * @throws InvalidInputException for an empty, truncated, v4, v7.3 (HDF5) or otherwise foreign file
     */
    static ByteOrder fileHeader(BinarySource src) {
        if (src.size() == 0) {
            throw new InvalidInputException(src.name(), null, "empty file; expected a MAT v5 header");
        }
        ByteBuffer h = src.read(0, FILE_HEADER_BYTES, "MAT file header");
        String text = new String(src.bytes(0, 19, "MAT header text"), StandardCharsets.ISO_8859_1);
        if (text.startsWith("MATLAB 7.3 MAT-file")) {
            throw src.error("MAT header text", 0, "MAT v7.3 (HDF5) is not supported; save with -v7 or -v6");
        }
        if (!text.equals("MATLAB 5.0 MAT-file")) {
            throw src.error("MAT header text", 0, "wrong magic: expected 'MATLAB 5.0 MAT-file' (MAT v5/v7)");
        }
        ByteOrder order;
        if (h.get(126) == 'I' && h.get(127) == 'M') {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (h.get(126) == 'M' && h.get(127) == 'I') {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw src.error("MAT endian indicator", 126, "expected 'IM' or 'MI'");
        }
        int version = h.order(order).getShort(124);
        if (version != 0x0100) {
            throw src.error("MAT version field", 124, "0x" + Integer.toHexString(version) + "; expected 0x0100");
        }
        return order;
    }

    /** The root variables, in file order, each with a validated name and shape. */
    static List<Entry> scan(BinarySource src, ByteOrder order) {
        List<Entry> out = new ArrayList<>();
        long pos = FILE_HEADER_BYTES;
        while (pos < src.size()) {
            if (src.size() - pos < 8) {
                byte[] rest = src.bytes(pos, (int) (src.size() - pos), "MAT trailing bytes");
                if (Arrays.equals(rest, new byte[rest.length])) {
                    break;
                }
                throw src.error("MAT element tag", pos, (src.size() - pos) + " stray bytes after the last element");
            }
            ByteBuffer t = src.read(pos, 8, "MAT element tag").order(order);
            int type = t.getInt(0);
            long n = Integer.toUnsignedLong(t.getInt(4));
            if (type != MI_MATRIX && type != MI_COMPRESSED) {
                throw src.error("MAT element tag", pos, "type " + type + "; a variable is 14 (miMATRIX) or 15 (miCOMPRESSED)");
            }
            if (n == 0 || n > src.size() - pos - 8 || n > Limits.MAX_ARRAY - FILE_HEADER_BYTES - 8) {
                throw src.error("MAT element size", pos + 4, "claims " + n + " bytes, but " + (src.size() - pos - 8)
                        + " remain" + (n == 0 ? " and an element cannot be empty" : " (truncated?)"));
            }
            out.add(type == MI_COMPRESSED ? compressedEntry(src, order, pos, (int) n) : plainEntry(src, order, pos, (int) n));
            pos += 8 + n;
        }
        return out;
    }

    private static Entry plainEntry(BinarySource src, ByteOrder order, long pos, int n) {
        ByteBuffer b = src.read(pos, (int) Math.min(8L + n, PREFIX_BYTES), "MAT array header").order(order);
        ArrayHeader h = arrayHeader(b, 8, b.limit(), new Area(src, pos, false, 0));
        return new Entry(h.name, h.mxClass, h.dims, h.complex, pos, n, false, 8L + n);
    }

    private static Entry compressedEntry(BinarySource src, ByteOrder order, long pos, int n) {
        Area area = new Area(src, pos, true, 0);
        byte[] prefix = inflate(src, pos, n, 0, PREFIX_BYTES, false, area);
        ByteBuffer b = ByteBuffer.wrap(prefix).order(order);
        if (prefix.length < 8 || b.getInt(0) != MI_MATRIX) {
            throw area.error("compressed variable", 0, "does not inflate to a miMATRIX element");
        }
        long inner = Integer.toUnsignedLong(b.getInt(4));
        if (inner > MAX_INFLATE_RATIO * n || inner > Limits.MAX_ARRAY - FILE_HEADER_BYTES - 8) {
            throw area.error("compressed variable size", 4, "claims " + inner + " bytes, but " + n
                    + " compressed bytes can hold at most " + MAX_INFLATE_RATIO * n);
        }
        ArrayHeader h = arrayHeader(b, 8, (int) Math.min(prefix.length, 8 + inner), area);
        return new Entry(h.name, h.mxClass, h.dims, h.complex, pos, n, true, 8 + inner);
    }

    /**
     * The variable's miMATRIX element (tag and content, inflated if compressed) at index {@code room} of
     * the returned array, the first {@code room} bytes left free; checked to be a real numeric array
     * whose data sub-element holds exactly its dimensions' worth of values.
     */
    static byte[] numericElement(BinarySource src, ByteOrder order, Entry e, int room) {
        Area area = new Area(src, e.offset, e.compressed, room);
        byte[] out;
        if (e.compressed) {
            out = inflate(src, e.offset, e.length, room, e.matrixBytes, true, area);
        } else {
            out = new byte[room + 8 + e.length];
            src.readInto(e.offset, ByteBuffer.wrap(out, room, 8 + e.length), "MAT variable '" + e.name + "'");
        }
        ByteBuffer b = ByteBuffer.wrap(out).order(order);
        ArrayHeader h = arrayHeader(b, room + 8, out.length, area);
        if (h.mxClass < 6 || h.mxClass > 15) {
            throw area.error("variable '" + e.name + "'", room, "is a " + e.className() + " array; expected a numeric one");
        }
        if (h.complex) {
            throw area.error("variable '" + e.name + "'", room, "is complex; expected real values");
        }
        Tag real = tag(b, h.end, out.length, area, "real part of '" + e.name + "'");
        int size = real.type < TYPE_BYTES.length ? TYPE_BYTES[real.type] : 0;
        if (size == 0) {
            throw area.error("real part of '" + e.name + "'", h.end, "data type " + real.type + " is not numeric");
        }
        if (real.bytes != e.numel() * size) {
            throw area.error("real part of '" + e.name + "'", h.end, "holds " + real.bytes + " bytes, but dimensions "
                    + Arrays.toString(h.dims) + " need " + e.numel() * size);
        }
        return out;
    }

    /** Parses array flags, dimensions and name of the miMATRIX content in b[from, to). */
    private static ArrayHeader arrayHeader(ByteBuffer b, int from, int to, Area area) {
        Tag flags = tag(b, from, to, area, "array flags");
        if (flags.type != MI_UINT32 || flags.bytes != 8) {
            throw area.error("array flags", from, "expected 8 bytes of type miUINT32");
        }
        int f = b.getInt(flags.data);
        int mxClass = f & 0xFF;
        int p = flags.next;
        int[] dims = new int[0];
        if (mxClass != MX_OPAQUE) {
            Tag d = tag(b, p, to, area, "dimensions");
            if (d.type != MI_INT32 || d.bytes < 8 || d.bytes % 4 != 0) {
                throw area.error("dimensions", p, "expected at least two miINT32 values");
            }
            dims = new int[d.bytes / 4];
            long numel = 1;
            for (int i = 0; i < dims.length; i++) {
                dims[i] = b.getInt(d.data + 4 * i);
                numel *= Math.max(dims[i], 0);
                if (dims[i] < 0 || numel > Limits.MAX_ARRAY) {
                    throw area.error("dimensions", d.data + 4 * i, "dimension " + dims[i] + " is negative or the array"
                            + " would exceed " + Limits.MAX_ARRAY + " elements");
                }
            }
            p = d.next;
        }
        Tag nameTag = tag(b, p, to, area, "array name");
        if (nameTag.type != MI_INT8) {
            throw area.error("array name", p, "expected type miINT8, found " + nameTag.type);
        }
        byte[] name = new byte[nameTag.bytes];
        b.get(nameTag.data, name);
        return new ArrayHeader(mxClass, (f & 0x800) != 0, dims, new String(name, StandardCharsets.ISO_8859_1),
                nameTag.next);
    }

    /** A sub-element tag at {@code p}, normal (8 bytes) or small (4 bytes + up to 4 data bytes). */
    private static Tag tag(ByteBuffer b, int p, int limit, Area area, String what) {
        if (p < 0 || p > limit - 8) {
            throw area.error(what, p, "tag needs 8 bytes but the element ends at " + (limit - area.base));
        }
        int first = b.getInt(p);
        if ((first >>> 16) != 0) {
            int n = first >>> 16;
            if (n > 4) {
                throw area.error(what, p, "small data element claims " + n + " bytes; at most 4 fit");
            }
            return new Tag(first & 0xFFFF, n, p + 4, p + 8);
        }
        int n = b.getInt(p + 4);
        if (n < 0 || n > limit - p - 8) {
            throw area.error(what, p + 4, "claims " + Integer.toUnsignedString(n) + " bytes, but the element has "
                    + (limit - p - 8) + " left");
        }
        return new Tag(first, n, p + 8, p + 8 + ((n + 7) & ~7));
    }

    /** Fails if the inflater made no progress although it has input and is not finished. */
    private static void stalled(Inflater inf, int produced, Area area, int at) {
        if (produced == 0 && !inf.finished() && !inf.needsInput()) {
            throw area.error("compressed data", at, inf.needsDictionary()
                    ? "zlib stream asks for a preset dictionary" : "zlib stream makes no progress");
        }
    }

    /**
     * Inflates the zlib stream of the compressed element at {@code offset} (its tag; {@code length} bytes
     * follow) into a new array after {@code room} free bytes.
     *
     * @param want bytes wanted; with {@code exact}, the stream must yield exactly that many and end there
     */
    private static byte[] inflate(BinarySource src, long offset, int length, int room, long want, boolean exact,
                                  Area area) {
        Inflater inf = new Inflater();
        int produced = room;
        try {
            long limit = room + want;
            byte[] out = new byte[(int) Math.min(limit, room + CHUNK)];
            long fed = 0;
            while (produced < limit && !inf.finished()) {
                if (inf.needsInput()) {
                    if (fed == length) {
                        break;
                    }
                    int chunk = (int) Math.min(CHUNK, length - fed);
                    inf.setInput(src.read(offset + 8 + fed, chunk, "MAT compressed data"));
                    fed += chunk;
                }
                if (produced == out.length) {
                    out = Arrays.copyOf(out, (int) Math.min(limit, 2L * out.length));
                }
                int k = inf.inflate(out, produced, out.length - produced);
                produced += k;
                stalled(inf, k, area, produced);
            }
            if (exact) {
                if (produced < limit) {
                    throw area.error("compressed data", produced, "inflates to " + (produced - room)
                            + " bytes, but its miMATRIX tag declares " + want + " (truncated?)");
                }
                byte[] one = new byte[1];
                while (!inf.finished()) {
                    if (inf.needsInput()) {
                        if (fed == length) {
                            throw area.error("compressed data", produced, "zlib stream ends without its checksum");
                        }
                        int chunk = (int) Math.min(CHUNK, length - fed);
                        inf.setInput(src.read(offset + 8 + fed, chunk, "MAT compressed data"));
                        fed += chunk;
                    }
                    int k = inf.inflate(one);
                    if (k > 0) {
                        throw area.error("compressed data", produced, "inflates to more than the " + want
                                + " bytes its miMATRIX tag declares");
                    }
                    stalled(inf, k, area, produced);
                }
            }
            return produced == out.length ? out : Arrays.copyOf(out, produced);
        } catch (DataFormatException e) {
            throw area.error("compressed data", produced, "corrupt zlib stream: " + e.getMessage());
        } finally {
            inf.end();
        }
    }
}
