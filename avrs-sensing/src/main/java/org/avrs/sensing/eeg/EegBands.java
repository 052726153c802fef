package org.avrs.sensing.eeg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.avrs.signal.eeg.Band;

/**
 * The sub-bands of Ji &amp; Dong (2022, doi:10.3389/fnins.2022.985709): delta 1–4, theta 4–8, alpha 8–14,
 * beta 14–30, gamma 30–50 Hz ({@link Band#defaults()}), and "all" 1–50 Hz, their broad-band baseline.
 */
public final class EegBands {

    /** 1–50 Hz, all five sub-bands together. */
    public static final Band ALL = new Band("all", 1, 50);

    private EegBands() {
    }

    /** The five sub-bands then "all". */
    public static List<Band> withAll() {
        List<Band> out = new ArrayList<>(Band.defaults());
        out.add(ALL);
        return List.copyOf(out);
    }

    /**
     * A band by name: delta, theta, alpha, beta, gamma or all.
     *
     * @throws IllegalArgumentException naming the known bands
     */
    public static Band named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return withAll().stream().filter(b -> b.name().equals(n)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("band '" + name + "' must be one of "
                        + withAll().stream().map(Band::name).toList()));
    }
}
