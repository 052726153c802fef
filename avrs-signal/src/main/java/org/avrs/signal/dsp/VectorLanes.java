package org.avrs.signal.dsp;

/**
 * Whether the SIMD paths ({@link LaneFft} and the lane kernels built on it) may run. They need the
 * incubating Vector API, which the JVM only resolves when started with
 * {@code --add-modules jdk.incubator.vector} (./avrs, the tests and the benchmarks do so). Without it,
 * or with {@code -Davrs.vector=false}, or on a CPU with fewer than 2 double lanes, extractors use their
 * scalar JTransforms path, which gives the same numbers to rounding.
 *
 * <p>This class touches no Vector API type itself, so it is safe to call on any JVM.
 */
public final class VectorLanes {

    /** The system property that turns the SIMD paths off ({@code false}). */
    public static final String PROPERTY = "avrs.vector";

    private static final boolean AVAILABLE = detect();

    private VectorLanes() {
    }

    /** True when the SIMD paths run in this JVM. */
    public static boolean available() {
        return AVAILABLE;
    }

    private static boolean detect() {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"))) {
            return false;
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        return LaneFft.lanes() >= 2; // loads the Vector API only now that it is known to be present
    }
}
