package org.avrs.server.api;

import io.javalin.http.Context;
import org.avrs.recommend.MoodStrategy;

/** Typed query parameters: a malformed or out-of-range value is a 400 naming the parameter. */
final class Params {

    private Params() {
    }

    /** An integer parameter in [min, max], or the default when absent. */
    static int integer(Context ctx, String name, int defaultValue, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("query parameter " + name, "'" + raw + "' is not an integer");
        }
        if (value < min || value > max) {
            throw ApiException.invalidField("query parameter " + name, value + " is not in [" + min + ", " + max + "]");
        }
        return value;
    }

    /** A text parameter of at most maxLength characters, or "" when absent. */
    static String text(Context ctx, String name, int maxLength) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return "";
        }
        if (raw.length() > maxLength) {
            throw ApiException.invalidField("query parameter " + name, "longer than " + maxLength + " characters");
        }
        return raw.strip();
    }

    /** The mood strategy parameter (congruent, regulate or none), or the default when absent. */
    static MoodStrategy strategy(Context ctx, MoodStrategy defaultValue) {
        String raw = ctx.queryParam("strategy");
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return MoodStrategy.parse(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("query parameter strategy", e.getMessage());
        }
    }
}
