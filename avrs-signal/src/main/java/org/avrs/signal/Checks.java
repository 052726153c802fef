package org.avrs.signal;

import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;

/**
 * Parameter and input checks shared by the signal packages. Every check is written so that NaN fails,
 * and every message names the parameter, its value and the allowed range.
 */
public final class Checks {

    private Checks() {
    }

    /** @throws IllegalArgumentException unless {@code value > 0} */
    public static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " " + value + " must be > 0");
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code value >= 0} */
    public static int nonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " " + value + " must be >= 0");
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code value} is finite and {@code > 0} */
    public static double positive(String name, double value) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " " + value + " must be > 0 and finite");
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code value} is finite and {@code >= 0} */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " " + value + " must be >= 0 and finite");
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code value} is finite */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " " + value + " must be finite");
        }
        return value;
    }

    /** @throws IllegalArgumentException unless {@code lo <= value <= hi} */
    public static double inRange(String name, double value, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(name + " " + value + " must be in [" + lo + ", " + hi + "]");
        }
        return value;
    }

    /** @throws IllegalArgumentException if {@code x} is null or holds a NaN or infinity */
    public static double[] finite(String name, double[] x) {
        if (x == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + x[i] + "; samples must be finite");
            }
        }
        return x;
    }

    /**
     * @throws InvalidInputException if the signal's rate differs from the rate an extractor was
     *     configured for (relative difference above 1e-9)
     */
    public static void sampleRate(Signal signal, double expected, String who) {
        double rate = signal.sampleRate();
        if (Math.abs(rate - expected) > 1e-9 * expected) {
            throw new InvalidInputException("signal", "sample rate",
                    who + " is configured for " + expected + " Hz but the signal has " + rate
                            + " Hz; resample it or configure sampleRate " + rate);
        }
    }

    /** @throws InvalidInputException if the signal has fewer than {@code min} samples */
    public static void minLength(Signal signal, int min, String who) {
        if (signal.length() < min) {
            throw new InvalidInputException("signal", "length",
                    who + " needs at least " + min + " samples; the signal has " + signal.length());
        }
    }
}
