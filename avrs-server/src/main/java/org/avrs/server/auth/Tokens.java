package org.avrs.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Bearer tokens: {@code avrs_} followed by 256 random bits in base64url. Only the SHA-256 of a token is
 * stored, so a leaked database does not yield usable tokens; a token with that much entropy needs no
 * salt or slow hash (nothing to guess from the hash).
 */
public final class Tokens {

    private static final String PREFIX = "avrs_";
    private static final int RANDOM_BYTES = 32;
    /** base64url without padding of 32 bytes. */
    private static final int ENCODED_LENGTH = 43;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** A new random token. */
    public static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string has the shape of a token (checked before hashing and looking it up). */
    public static boolean wellFormed(String token) {
        if (token == null || token.length() != PREFIX.length() + ENCODED_LENGTH || !token.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < token.length(); i++) {
            char ch = token.charAt(i);
            if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The stored form of a token: lower-case hex SHA-256 of its UTF-8 bytes. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
