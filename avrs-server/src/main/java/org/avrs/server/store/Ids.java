package org.avrs.server.store;

import java.security.SecureRandom;

/**
 * Random identifiers: a short prefix naming the kind ({@code vw} viewer, {@code se} session, …) and 120
 * random bits in lower-case base 32. Unguessable, so that an id alone reveals nothing and cannot be
 * enumerated; ownership is still checked on every access.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int CHARS = 24;

    private Ids() {
    }

    /** A new id, e.g. {@code se_k3v…}. */
    public static String next(String prefix) {
        byte[] bytes = new byte[CHARS * 5 / 8];
        RANDOM.nextBytes(bytes);
        StringBuilder s = new StringBuilder(prefix.length() + 1 + CHARS).append(prefix).append('_');
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                s.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return s.toString();
    }

    /** Whether a string has the shape of an id with this prefix (a cheap check before a lookup). */
    public static boolean looksLike(String prefix, String id) {
        if (id == null || id.length() != prefix.length() + 1 + CHARS || !id.startsWith(prefix + "_")) {
            return false;
        }
        for (int i = prefix.length() + 1; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (!(ch >= 'a' && ch <= 'z' || ch >= '2' && ch <= '7')) {
                return false;
            }
        }
        return true;
    }
}
