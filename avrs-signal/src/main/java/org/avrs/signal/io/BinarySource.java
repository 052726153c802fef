package org.avrs.signal.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;
import org.avrs.core.InvalidInputException;

/**
 * The bytes a reader parses: a file (read on demand with positional reads, never loaded whole, unless
 * it is small: up to 1 MiB is read at once) or an in-memory upload. Every read states what it is for, so that a file too short for it raises an
 * {@link InvalidInputException} naming the source, the field and the byte offset — readers check a
 * header's claims against {@link #size()} before allocating anything the header asks for.
 *
 * <p>Buffers returned are little-endian; callers that need big-endian set the order themselves. Not
 * thread-safe; close it when done (closing an in-memory source does nothing).
 */
public final class BinarySource implements Closeable {

    /** Default upload limit of {@link #fromStream(String, InputStream)}: 512 MiB. */
    public static final long DEFAULT_STREAM_LIMIT = 512L << 20;

    private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** Files up to this size are read whole when opened. */
    private static final long SMALL_FILE = 1 << 20;

    private final String name;
    private final FileChannel channel;
    private final ByteBuffer memory;
    private final long size;

    private BinarySource(String name, FileChannel channel, ByteBuffer memory, long size) {
        this.name = name;
        this.channel = channel;
        this.memory = memory;
        this.size = size;
    }

    /**
     * Opens a file for reading.
     *
     * @throws InvalidInputException if it does not exist, is a directory, or cannot be read
     */
    public static BinarySource open(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new InvalidInputException(name, null, "is a directory, not a file");
        }
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
            try {
                long size = ch.size();
                if (size > SMALL_FILE) {
                    return new BinarySource(name, ch, null, size);
                }
                // a small file costs one read instead of one per header field
                ByteBuffer all = ByteBuffer.allocate((int) size);
                while (all.hasRemaining() && ch.read(all) >= 0) {
                    // keep reading until full or end of file
                }
                ch.close();
                return new BinarySource(name, null, all.flip(), all.limit());
            } catch (IOException e) {
                ch.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(name, null, "permission denied");
        } catch (IOException e) {
            throw new InvalidInputException(name, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** In-memory bytes (not copied: the caller must not change them while the source is in use). */
    public static BinarySource of(String name, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new BinarySource(Objects.requireNonNull(name, "name"), null, ByteBuffer.wrap(bytes), bytes.length);
    }

    /** The stream's bytes up to {@link #DEFAULT_STREAM_LIMIT}; see {@link #fromStream(String, InputStream, long)}. */
    public static BinarySource fromStream(String name, InputStream in) {
        return fromStream(name, in, DEFAULT_STREAM_LIMIT);
    }

    /**
     * Reads a stream (an upload) to its end into memory; the stream is not closed.
     *
     * @param maxBytes the largest accepted size, 0 &lt; maxBytes &lt;= {@code Integer.MAX_VALUE - 8}
     * @throws InvalidInputException naming {@code name} if the stream holds more than {@code maxBytes}
     *     bytes; reading stops there, so no more than that is ever buffered
     */
    public static BinarySource fromStream(String name, InputStream in, long maxBytes) {
        Objects.requireNonNull(name, "name");
        if (maxBytes <= 0 || maxBytes > MAX_ARRAY) {
            throw new IllegalArgumentException("maxBytes " + maxBytes + " must be in [1, " + MAX_ARRAY + "]");
        }
        byte[] buf = new byte[(int) Math.min(maxBytes + 1, 64 * 1024)];
        int n = 0;
        try {
            while (true) {
                if (n == buf.length) {
                    if (n > maxBytes) {
                        throw new InvalidInputException(name, "byte " + maxBytes,
                                "input is larger than the limit of " + maxBytes + " bytes");
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min(maxBytes + 1, 2L * buf.length));
                }
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name + " failed after " + n + " bytes", e);
        }
        if (n > maxBytes) {
            throw new InvalidInputException(name, "byte " + maxBytes,
                    "input is larger than the limit of " + maxBytes + " bytes");
        }
        return new BinarySource(name, null, ByteBuffer.wrap(buf, 0, n).slice(), n);
    }

    /** The file name or upload name, used in every error message. */
    public String name() {
        return name;
    }

    /** Length in bytes. */
    public long size() {
        return size;
    }

    /**
     * Exactly {@code length} bytes from {@code offset}, little-endian, position 0.
     *
     * @param what the field or structure being read, for the error message
     * @throws InvalidInputException if the source ends before {@code offset + length}
     */
    public ByteBuffer read(long offset, int length, String what) {
        requireRange(offset, length, what);
        if (memory != null) {
            return memory.slice((int) offset, length).order(ByteOrder.LITTLE_ENDIAN);
        }
        ByteBuffer dst = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        readInto(offset, dst, what);
        return dst.flip();
    }

    /**
     * Fills {@code dst} from its position to its limit with the bytes at {@code offset}.
     *
     * @throws InvalidInputException if the source ends first
     */
    public void readInto(long offset, ByteBuffer dst, String what) {
        int length = dst.remaining();
        requireRange(offset, length, what);
        if (memory != null) {
            dst.put(memory.slice((int) offset, length));
            return;
        }
        try {
            long pos = offset;
            while (dst.hasRemaining()) {
                int r = channel.read(dst, pos);
                if (r < 0) {
                    throw truncated(offset, length, what); // the file shrank under us
                }
                pos += r;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + what + " of " + name + " at byte " + offset + " failed", e);
        }
    }

    /** The bytes at {@code offset} as a fresh array. */
    public byte[] bytes(long offset, int length, String what) {
        byte[] out = new byte[length];
        readInto(offset, ByteBuffer.wrap(out), what);
        return out;
    }

    /**
     * @throws InvalidInputException if {@code [offset, offset + length)} is not inside the source
     */
    public void requireRange(long offset, long length, String what) {
        if (offset < 0 || length < 0 || offset > size || length > size - offset) {
            throw truncated(offset, length, what);
        }
    }

    /** An error at a byte offset of this source. */
    public InvalidInputException error(String what, long offset, String problem) {
        return new InvalidInputException(name, what + " (byte " + offset + ")", problem);
    }

    private InvalidInputException truncated(long offset, long length, String what) {
        return error(what, offset, "needs " + length + " bytes from byte " + offset
                + " but the input has only " + size + " bytes (truncated?)");
    }

    @Override
    public void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing " + name, e);
            }
        }
    }

    @Override
    public String toString() {
        return "BinarySource[" + name + ", " + size + " bytes]";
    }
}
