package org.avrs.signal.io;

import org.avrs.core.InvalidInputException;

/**
 * Checks made before a reader allocates sample arrays, after the header's claims have been checked
 * against the file length: a Java array holds at most {@link #MAX_ARRAY} elements, and the decoded
 * doubles must fit in the heap.
 */
final class Limits {

    /** The largest array length every JVM accepts. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private Limits() {
    }

    /**
     * @param samplesPerChannel samples of each channel to allocate
     * @param channels number of channels
     * @throws InvalidInputException if one channel exceeds a Java array or all of them the heap
     */
    static void checkSamples(String source, String location, long samplesPerChannel, long channels) {
        if (samplesPerChannel > MAX_ARRAY) {
            throw new InvalidInputException(source, location, samplesPerChannel
                    + " samples per channel exceed the " + MAX_ARRAY + " a signal can hold");
        }
        double bytes = (double) samplesPerChannel * channels * Double.BYTES;
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap) {
            throw new InvalidInputException(source, location, channels + " channels × " + samplesPerChannel
                    + " samples need " + Math.round(bytes / (1 << 20)) + " MiB as doubles; the heap allows "
                    + heap / (1 << 20) + " MiB");
        }
    }
}
