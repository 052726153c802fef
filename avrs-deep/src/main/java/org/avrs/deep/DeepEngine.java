package org.avrs.deep;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;

/**
 * Access to the deep-learning engine: DJL 0.36 with PyTorch 2.7.1 on the CPU.
 *
 * <p><b>Offline set-up.</b> The PyTorch native libraries come from the {@code pytorch-native-cpu}
 * jar (classifier {@code linux-x86_64}) and the JNI glue from {@code pytorch-jni}, both on the
 * runtime classpath. On first use DJL extracts them (≈ 430 MB) into
 * {@code <cache>/pytorch/2.7.1-20250812-cpu-linux-x86_64/} and loads them from there; nothing is
 * downloaded, even on a machine whose cache is empty. The cache directory is, in order: the
 * system property or environment variable {@code ENGINE_CACHE_DIR}, else {@code DJL_CACHE_DIR},
 * else {@code ~/.djl.ai} (or {@code java.io.tmpdir/.djl.ai} when the home directory is not
 * writable). Run with {@code -Dai.djl.offline=true} (or {@code DJL_OFFLINE=true}) so that a
 * missing native jar fails fast instead of trying the network. Threads:
 * {@code -Dai.djl.pytorch.num_threads=N} and {@code -Dai.djl.pytorch.num_interop_threads=N}
 * (default: the core count).
 */
public final class DeepEngine {

    /** The engine every model in this module runs on. */
    public static final String ENGINE = "PyTorch";

    private DeepEngine() {
    }

    /**
     * The PyTorch engine, loading its native libraries on first call.
     *
     * @throws IllegalStateException with the set-up advice when the engine cannot be loaded
     */
    public static Engine get() {
        try {
            return Engine.getEngine(ENGINE);
        } catch (EngineException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot load the DJL PyTorch engine: the jars ai.djl.pytorch:pytorch-engine, "
                    + "pytorch-jni and pytorch-native-cpu (classifier linux-x86_64) must be on the classpath, and the "
                    + "cache directory (ENGINE_CACHE_DIR, DJL_CACHE_DIR or ~/.djl.ai) writable: " + e.getMessage(), e);
        }
    }

    /** "DJL 0.36.0, PyTorch 2.7.1" for provenance records. */
    public static String describe() {
        return "DJL " + Engine.getDjlVersion() + ", " + ENGINE + " " + get().getVersion();
    }

    /**
     * Seeds the engine's random generator (weight initialisation, dropout masks). PyTorch has one
     * global generator per process, so runs are reproducible only when one model trains at a time.
     */
    public static void seed(long seed) {
        get().setRandomSeed(Long.hashCode(seed));
    }
}
