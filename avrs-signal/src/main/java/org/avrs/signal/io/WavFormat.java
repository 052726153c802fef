package org.avrs.signal.io;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample format of a RIFF/WAVE file, from its {@code fmt } chunk.
 *
 * <p>Sample scaling to doubles (the reader's convention, also the writer's inverse): an n-bit signed
 * integer sample v gives v / 2<sup>n−1</sup>, in [−1, 1) — e.g. int16 / 32768, int24 / 8388608, int32 /
 * 2147483648; 8-bit samples are unsigned with offset 128: (v − 128) / 128. IEEE float samples are taken
 * as stored (they may exceed ±1). A 32-bit container with fewer valid bits (WAVE_FORMAT_EXTENSIBLE) is
 * left-justified, so the same 2<sup>31</sup> divisor applies.
 *
 * @param encoding how a sample is stored
 * @param channels channels per frame, &gt;= 1
 * @param sampleRate frames per second, &gt;= 1
 * @param validBits significant bits per sample (= container bits unless WAVE_FORMAT_EXTENSIBLE says fewer)
 * @param channelMask WAVE_FORMAT_EXTENSIBLE speaker mask, 0 when absent
 */
public record WavFormat(Encoding encoding, int channels, int sampleRate, int validBits, int channelMask) {

    /** Sample encodings: PCM integers and IEEE floats. */
    public enum Encoding {
        PCM_U8(1, false), PCM_S16(2, false), PCM_S24(3, false), PCM_S32(4, false), FLOAT32(4, true), FLOAT64(8, true);

        private final int bytes;
        private final boolean floating;

        Encoding(int bytes, boolean floating) {
            this.bytes = bytes;
            this.floating = floating;
        }

        /** Bytes per sample. */
        public int bytes() {
            return bytes;
        }

        public boolean isFloat() {
            return floating;
        }
    }

    static final int FORMAT_PCM = 1;
    static final int FORMAT_FLOAT = 3;
    static final int FORMAT_EXTENSIBLE = 0xFFFE;
    /** Bytes 2..15 of the KSDATAFORMAT_SUBTYPE_PCM / _IEEE_FLOAT GUIDs; bytes 0..1 hold the format code. */
    private static final byte[] GUID_TAIL = {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38,
        (byte) 0x9B, 0x71};
    /** Speaker names of the WAVE_FORMAT_EXTENSIBLE channel-mask bits, lowest bit first. */
    private static final String[] SPEAKERS = {"FL", "FR", "FC", "LFE", "BL", "BR", "FLC", "FRC", "BC", "SL", "SR",
        "TC", "TFL", "TFC", "TFR", "TBL", "TBC", "TBR"};

    public WavFormat {
        if (channels < 1 || sampleRate < 1 || validBits < 1 || validBits > 8 * encoding.bytes()) {
            throw new IllegalArgumentException("invalid WAV format " + encoding + ", " + channels + " channels, "
                    + sampleRate + " Hz, " + validBits + " valid bits");
        }
    }

    /** Bytes per frame (one sample of every channel). */
    public int blockAlign() {
        return channels * encoding.bytes();
    }

    /**
     * Channel names: the speaker positions of the channel mask when it names exactly one per channel
     * (FL, FR, FC, LFE, BL, BR, …), otherwise "mono" for one channel, "left"/"right" for two, and
     * "ch0", "ch1", … for more.
     */
    public List<String> channelNames() {
        List<String> names = new ArrayList<>();
        if (Integer.bitCount(channelMask) == channels && Integer.numberOfLeadingZeros(channelMask) >= 32 - SPEAKERS.length) {
            for (int bit = 0; bit < SPEAKERS.length; bit++) {
                if ((channelMask & (1 << bit)) != 0) {
                    names.add(SPEAKERS[bit]);
                }
            }
            return names;
        }
        if (channels == 1) {
            return List.of("mono");
        }
        if (channels == 2) {
            return List.of("left", "right");
        }
        for (int c = 0; c < channels; c++) {
            names.add("ch" + c);
        }
        return names;
    }

    /**
     * Parses a {@code fmt } chunk body.
     *
     * @param body the chunk's bytes, little-endian
     * @param offset the body's byte offset in the file, for messages
     */
    static WavFormat parse(BinarySource src, ByteBuffer body, long offset) {
        if (body.remaining() < 16) {
            throw src.error("'fmt ' chunk", offset, "has " + body.remaining() + " bytes, needs at least 16");
        }
        int tag = Short.toUnsignedInt(body.getShort(0));
        int channels = Short.toUnsignedInt(body.getShort(2));
        long rate = Integer.toUnsignedLong(body.getInt(4));
        int blockAlign = Short.toUnsignedInt(body.getShort(12));
        int bits = Short.toUnsignedInt(body.getShort(14));
        int validBits = bits;
        int mask = 0;
        int code = tag;
        if (tag == FORMAT_EXTENSIBLE) {
            if (body.remaining() < 40 || Short.toUnsignedInt(body.getShort(16)) < 22) {
                throw src.error("'fmt ' chunk", offset, "WAVE_FORMAT_EXTENSIBLE needs a 40-byte chunk with cbSize >= 22");
            }
            validBits = Short.toUnsignedInt(body.getShort(18));
            mask = body.getInt(20);
            code = Short.toUnsignedInt(body.getShort(24));
            for (int i = 0; i < GUID_TAIL.length; i++) {
                if (body.get(26 + i) != GUID_TAIL[i]) {
                    throw src.error("'fmt ' sub-format GUID", offset + 24,
                            "is not a PCM or IEEE-float WAVE sub-format GUID");
                }
            }
            if (validBits == 0) {
                validBits = bits;
            }
        }
        if (channels == 0) {
            throw src.error("'fmt ' field 'channels'", offset + 2, "is 0; a WAV needs at least one channel");
        }
        if (rate == 0 || rate > Integer.MAX_VALUE) {
            throw src.error("'fmt ' field 'sampleRate'", offset + 4, rate + " Hz must be in [1, " + Integer.MAX_VALUE + "]");
        }
        Encoding enc = encoding(src, code, bits, offset);
        if (blockAlign != channels * enc.bytes()) {
            throw src.error("'fmt ' field 'blockAlign'", offset + 12, blockAlign + " must equal channels × bytes per sample = "
                    + channels * enc.bytes());
        }
        if (validBits > bits) {
            throw src.error("'fmt ' field 'validBitsPerSample'", offset + 18, validBits + " exceeds the " + bits
                    + "-bit container");
        }
        return new WavFormat(enc, channels, (int) rate, validBits, mask);
    }

    private static Encoding encoding(BinarySource src, int code, int bits, long offset) {
        String field = "'fmt ' field 'bitsPerSample'";
        if (code == FORMAT_PCM) {
            return switch (bits) {
                case 8 -> Encoding.PCM_U8;
                case 16 -> Encoding.PCM_S16;
                case 24 -> Encoding.PCM_S24;
                case 32 -> Encoding.PCM_S32;
                default -> throw src.error(field, offset + 14, bits + "-bit PCM is not supported; expected 8, 16, 24 or 32");
            };
        }
        if (code == FORMAT_FLOAT) {
            return switch (bits) {
                case 32 -> Encoding.FLOAT32;
                case 64 -> Encoding.FLOAT64;
                default -> throw src.error(field, offset + 14, bits + "-bit IEEE float is not supported; expected 32 or 64");
            };
        }
        throw src.error("'fmt ' field 'formatTag'", offset, "format " + code + " (" + formatName(code)
                + ") is not supported; expected 1 (PCM), 3 (IEEE float) or 0xFFFE (extensible)");
    }

    private static String formatName(int code) {
        return switch (code) {
            case 2 -> "MS ADPCM";
            case 6 -> "A-law";
            case 7 -> "mu-law";
            case 0x11 -> "IMA ADPCM";
            case 0x55 -> "MP3";
            default -> "unknown";
        };
    }
}
