package org.avrs.signal.dsp;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the SIMD paths ({@link LaneFft} and the lane kernels built on it) may run. They need the
 * incubating Vector API, which the JVM only resolves when started with
 * {@code --add-modules jdk.incubator.vector} (./avrs, the tests and the benchmarks do so). Without it,
 * or with {@code -Davrs.vector=false}, or on a CPU with fewer than 2 double lanes, extractors use their
 * scalar JTransforms path, which gives the same numbers to rounding.
 *
 * <p>Vector API code is very slow until the JIT has compiled it: in a fresh JVM the first 3 s clip takes
 * about 0.6 s on the SIMD path against 0.09 s on the scalar one, and the first ten about 1.2 s against
 * 0.2 s (more when the machine is loaded). At about 2 µs saved per frame the SIMD path repays that only
 * after some 500,000 to 1,000,000 frames. So callers ask {@link #worthUsing(int)} per call: a JVM that
 * computes less (a CLI command, a corpus evaluation) stays on the scalar path, and a long-running one
 * switches once it has computed {@code avrs.vector.after} frames on the scalar path (default 1,000,000,
 * about 2.8 hours of speech at a 10 ms hop), or at once for a single input that long. Benchmarks of the
 * steady state set it to 0.
 *
 * <p>This class touches no Vector API type itself, so it is safe to call on any JVM.
 */
public final class VectorLanes {

    /** The system property that turns the SIMD paths off ({@code false}). */
    public static final String PROPERTY = "avrs.vector";
    /** The system property with the number of scalar frames after which the SIMD paths take over. */
    public static final String AFTER_PROPERTY = "avrs.vector.after";

    private static final boolean AVAILABLE = detect();
    private static final Warmup WARMUP = new Warmup(Long.getLong(AFTER_PROPERTY, 1_000_000L));

    private VectorLanes() {
    }

    /** True when the SIMD paths can run in this JVM. */
    public static boolean available() {
        return AVAILABLE;
    }

    /**
     * Whether a call about to compute {@code frames} frames should take the SIMD path: the paths are
     * available and this JVM has computed enough frames for their JIT warm-up to pay off (see the
     * class comment). Thread-safe.
     */
    public static boolean worthUsing(int frames) {
        return AVAILABLE && WARMUP.worthUsing(frames);
    }

    /** Counts the frames computed on the scalar path until a threshold; then says the SIMD path pays. */
    static final class Warmup {
        private final long threshold;
        private final AtomicLong scalarFrames = new AtomicLong();

        Warmup(long threshold) {
            this.threshold = threshold;
        }

        boolean worthUsing(int frames) {
            if (scalarFrames.get() + frames >= threshold) {
                return true;
            }
            scalarFrames.addAndGet(frames);
            return false;
        }
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
