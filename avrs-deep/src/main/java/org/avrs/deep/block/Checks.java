package org.avrs.deep.block;

import java.util.List;

/** Parameter checks shared by the configuration records; each message names the field and value. */
final class Checks {

    private Checks() {
    }

    static int positive(String owner, String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(owner + ": " + field + " " + value + " must be > 0");
        }
        return value;
    }

    /** A dropout rate: finite and in [0, 1); NaN fails. */
    static double rate(String owner, String field, double value) {
        if (!(value >= 0 && value < 1)) {
            throw new IllegalArgumentException(owner + ": " + field + " " + value + " must be in [0, 1)");
        }
        return value;
    }

    /** A number strictly inside (0, 1), e.g. a batch-norm momentum; NaN fails. */
    static double fraction(String owner, String field, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(owner + ": " + field + " " + value + " must be in (0, 1)");
        }
        return value;
    }

    static double positive(String owner, String field, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(owner + ": " + field + " " + value + " must be finite and > 0");
        }
        return value;
    }

    /** An immutable copy of a list of positive sizes; {@code allowEmpty} for optional layers. */
    static List<Integer> positiveSizes(String owner, String field, List<Integer> sizes, boolean allowEmpty) {
        if (sizes == null) {
            throw new IllegalArgumentException(owner + ": " + field + " must not be null");
        }
        List<Integer> copy = List.copyOf(sizes);
        if (copy.isEmpty() && !allowEmpty) {
            throw new IllegalArgumentException(owner + ": " + field + " must have at least one entry");
        }
        for (int s : copy) {
            positive(owner, field + " entry", s);
        }
        return copy;
    }

    static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
