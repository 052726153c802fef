package org.avrs.deep.io;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Converts configuration records to and from the value tree of {@link Json}: each component becomes
 * a member named like it. Supported component types: {@code int}, {@code long}, {@code float},
 * {@code double}, {@code boolean}, their boxes, {@code String}, enums (by name), nested records and
 * {@code List}s of those. Reading is strict: every component must be present, unknown members are
 * refused, and numbers must fit their type exactly (2.5 is not an int). The record's canonical
 * constructor runs, so its checks apply to what is read.
 */
public final class RecordJson {

    private RecordJson() {
    }

    /** The record as a JSON object (components in declaration order). */
    public static Map<String, Object> toJson(Record record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                out.put(c.getName(), toJsonValue(c.getAccessor().invoke(record)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + record, e);
            }
        }
        return out;
    }

    private static Object toJsonValue(Object v) {
        if (v instanceof Record r) {
            return toJson(r);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(toJsonValue(o));
            }
            return out;
        }
        return v;
    }

    /**
     * Builds a record of the given type from a JSON object.
     *
     * @throws IllegalArgumentException naming the member path when a member is missing, unknown, of
     *     the wrong type, or refused by the record's constructor
     */
    public static <R> R fromJson(Class<R> type, Object json) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        return fromJson(type, json, type.getSimpleName());
    }

    private static <R> R fromJson(Class<R> type, Object json, String path) {
        if (!(json instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(path + ": expected a JSON object, found " + describe(json));
        }
        RecordComponent[] components = type.getRecordComponents();
        Set<String> unknown = new TreeSet<>();
        for (Object key : map.keySet()) {
            unknown.add(String.valueOf(key));
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String member = path + "." + c.getName();
            if (!map.containsKey(c.getName())) {
                throw new IllegalArgumentException(member + ": missing");
            }
            unknown.remove(c.getName());
            args[i] = convert(c.getGenericType(), map.get(c.getName()), member);
            types[i] = c.getType();
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(path + ": unknown member(s) " + unknown);
        }
        try {
            Constructor<R> ctor = type.getDeclaredConstructor(types);
            return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(path + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(Type type, Object v, String path) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (!(v instanceof List<?> list)) {
                throw new IllegalArgumentException(path + ": expected a JSON array, found " + describe(v));
            }
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(convert(p.getActualTypeArguments()[0], list.get(i), path + "[" + i + "]"));
            }
            return List.copyOf(out);
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalStateException(path + ": unsupported component type " + type);
        }
        if (c.isRecord()) {
            return fromJson(c, v, path);
        }
        if (c == String.class) {
            return expect(String.class, v, path, "a string");
        }
        if (c == boolean.class || c == Boolean.class) {
            return expect(Boolean.class, v, path, "true or false");
        }
        if (c.isEnum()) {
            String name = expect(String.class, v, path, "a string");
            try {
                return Enum.valueOf((Class<? extends Enum>) c, name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + ": unknown value \"" + name + "\", expected one of "
                        + List.of(c.getEnumConstants()));
            }
        }
        BigDecimal n = expect(BigDecimal.class, v, path, "a number");
        try {
            if (c == int.class || c == Integer.class) {
                return n.intValueExact();
            }
            if (c == long.class || c == Long.class) {
                return n.longValueExact();
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(path + ": expected an integer in range, found " + n);
        }
        if (c == double.class || c == Double.class) {
            return n.doubleValue();
        }
        if (c == float.class || c == Float.class) {
            return n.floatValue();
        }
        throw new IllegalStateException(path + ": unsupported component type " + c.getName());
    }

    private static <T> T expect(Class<T> type, Object v, String path, String what) {
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException(path + ": expected " + what + ", found " + describe(v));
        }
        return type.cast(v);
    }

    private static String describe(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "an array";
        }
        return v instanceof String s ? "\"" + s + "\"" : v.toString();
    }
}
