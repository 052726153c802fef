package org.avrs.recommend;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a flat configuration record as a JSON object and reads it back, so that every component's
 * {@code Config} prints, saves with a model and round-trips (STYLE.md). Components may be numbers
 * (int, long, double, float), booleans, strings and enums; nothing nested. Reading goes through the
 * record's canonical constructor, so its checks apply; a missing field is an error, an unknown one
 * too. Doubles are written with {@link Double#toString} so they read back bit for bit.
 */
public final class ConfigJson {

    private ConfigJson() {
    }

    /** The record as a one-line JSON object, components in declaration order. */
    public static String write(Record config) {
        StringBuilder s = new StringBuilder("{");
        RecordComponent[] components = config.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Object value;
            try {
                java.lang.reflect.Method accessor = c.getAccessor();
                accessor.setAccessible(true); // records nested in non-public classes
                value = accessor.invoke(config);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read config component " + c.getName(), e);
            }
            if (i > 0) {
                s.append(", ");
            }
            s.append('"').append(c.getName()).append("\": ");
            if (value instanceof Number || value instanceof Boolean) {
                s.append(value instanceof Double d && !Double.isFinite(d) ? "\"" + d + "\"" : value.toString());
            } else if (value instanceof Enum<?> e) {
                s.append('"').append(e.name().toLowerCase(Locale.ROOT)).append('"');
            } else if (value instanceof String str) {
                s.append('"').append(str.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            } else {
                throw new IllegalArgumentException("config component " + c.getName() + " of type "
                        + c.getType().getSimpleName() + " is not a number, boolean, string or enum");
            }
        }
        return s.append('}').toString();
    }

    /**
     * Reads a record of the given type from what {@link #write} wrote.
     *
     * @throws IllegalArgumentException for malformed JSON, a missing or unknown field, a value of the
     *     wrong type, or a value the record's constructor refuses (its message is kept)
     */
    public static <R extends Record> R read(String json, Class<R> type) {
        Map<String, String> fields = parseFlat(json);
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String raw = fields.remove(c.getName());
            if (raw == null) {
                throw new IllegalArgumentException("config " + type.getSimpleName() + ": field '" + c.getName() + "' is missing");
            }
            args[i] = convert(raw, c.getType(), c.getName());
        }
        if (!fields.isEmpty()) {
            throw new IllegalArgumentException("config " + type.getSimpleName() + ": unknown field(s) " + fields.keySet());
        }
        try {
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("config " + type.getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static Object convert(String raw, Class<?> type, String name) {
        boolean quoted = raw.startsWith("\"");
        String text = quoted ? raw.substring(1, raw.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\") : raw;
        try {
            if (type == int.class || type == Integer.class) {
                return Integer.parseInt(text);
            }
            if (type == long.class || type == Long.class) {
                return Long.parseLong(text);
            }
            if (type == double.class || type == Double.class) {
                return Double.parseDouble(text);
            }
            if (type == float.class || type == Float.class) {
                return Float.parseFloat(text);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("config field '" + name + "': '" + text + "' is not a " + type.getSimpleName());
        }
        if (type == boolean.class || type == Boolean.class) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("config field '" + name + "': '" + text + "' is not true or false");
            }
            return Boolean.parseBoolean(text);
        }
        if (type == String.class) {
            return text;
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("config field '" + name + "': '" + text + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
        throw new IllegalArgumentException("config field '" + name + "' has unsupported type " + type.getSimpleName());
    }

    /** Parses {"a": 1, "b": "x"} into raw value texts (strings keep their quotes). */
    private static Map<String, String> parseFlat(String json) {
        String s = json.strip();
        if (!s.startsWith("{") || !s.endsWith("}")) {
            throw new IllegalArgumentException("config JSON must be an object {...}: " + json);
        }
        Map<String, String> out = new LinkedHashMap<>();
        int i = 1;
        int end = s.length() - 1;
        while (true) {
            i = skipBlank(s, i);
            if (i >= end) {
                return out;
            }
            if (s.charAt(i) != '"') {
                throw new IllegalArgumentException("config JSON: expected a field name at offset " + i + ": " + json);
            }
            int close = closingQuote(s, i);
            String key = s.substring(i + 1, close);
            i = skipBlank(s, close + 1);
            if (i >= end || s.charAt(i) != ':') {
                throw new IllegalArgumentException("config JSON: expected ':' after \"" + key + "\" at offset " + i);
            }
            i = skipBlank(s, i + 1);
            int valueEnd;
            if (i < end && s.charAt(i) == '"') {
                valueEnd = closingQuote(s, i) + 1;
            } else {
                valueEnd = i;
                while (valueEnd < end && s.charAt(valueEnd) != ',' && !Character.isWhitespace(s.charAt(valueEnd))) {
                    valueEnd++;
                }
            }
            if (valueEnd == i) {
                throw new IllegalArgumentException("config JSON: field \"" + key + "\" has no value");
            }
            if (out.put(key, s.substring(i, valueEnd)) != null) {
                throw new IllegalArgumentException("config JSON: field \"" + key + "\" repeats");
            }
            i = skipBlank(s, valueEnd);
            if (i < end) {
                if (s.charAt(i) != ',') {
                    throw new IllegalArgumentException("config JSON: expected ',' at offset " + i + ": " + json);
                }
                i++;
            }
        }
    }

    private static int skipBlank(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int closingQuote(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        throw new IllegalArgumentException("config JSON: string at offset " + open + " is not closed");
    }
}
