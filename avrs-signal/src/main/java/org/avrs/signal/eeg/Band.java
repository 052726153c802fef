package org.avrs.signal.eeg;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A frequency band [low, high) in Hz with a name used in column names ({@code Fp1_alpha_de}).
 *
 * <p>Band power counts the Welch bins with low ≤ f &lt; high (half-open, so adjacent bands that share an
 * edge do not count a bin twice); band-pass filters put their −3 dB points at low and high.
 *
 * @param name letters, digits or '_', e.g. "alpha"
 * @param low lower edge in Hz, ≥ 0
 * @param high upper edge in Hz, &gt; low
 */
public record Band(String name, double low, double high) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    public Band {
        Objects.requireNonNull(name, "band name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("band name '" + name + "' must be letters, digits or '_'");
        }
        if (!(low >= 0 && low < high) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("band " + name + " [" + low + ", " + high
                    + ") Hz must have 0 <= low < high, both finite");
        }
    }

    /**
     * The bands of Ji &amp; Dong (2022), doi:10.3389/fnins.2022.985709, used by default: delta 1–4, theta
     * 4–8, alpha 8–14, beta 14–30, gamma 30–50 Hz.
     */
    public static List<Band> defaults() {
        return List.of(new Band("delta", 1, 4), new Band("theta", 4, 8), new Band("alpha", 8, 14),
                new Band("beta", 14, 30), new Band("gamma", 30, 50));
    }

    /**
     * The bands of the SEED data set's features (Zheng &amp; Lu 2015, doi:10.1109/TAMD.2015.2431497): delta
     * 1–3, theta 4–7, alpha 8–13, beta 14–30, gamma 31–50 Hz (gaps between bands as published).
     */
    public static List<Band> seed() {
        return List.of(new Band("delta", 1, 3), new Band("theta", 4, 7), new Band("alpha", 8, 13),
                new Band("beta", 14, 30), new Band("gamma", 31, 50));
    }

    /**
     * Checks a band list: at least one band, names unique.
     *
     * @return an immutable copy
     */
    static List<Band> checked(List<Band> bands) {
        List<Band> copy = List.copyOf(bands);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("at least one band is needed");
        }
        if (copy.stream().map(Band::name).distinct().count() != copy.size()) {
            throw new IllegalArgumentException("band names repeat: " + copy);
        }
        return copy;
    }
}
