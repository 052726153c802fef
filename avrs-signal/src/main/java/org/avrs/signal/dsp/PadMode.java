package org.avrs.signal.dsp;

/**
 * How a signal is extended beyond its ends (numpy.pad modes; scipy's filtfilt extensions).
 * For x = [1 2 3] padded by 2 on each side:
 * <ul>
 *   <li>{@link #ZEROS} (numpy "constant", librosa's default STFT padding): 0 0 | 1 2 3 | 0 0</li>
 *   <li>{@link #EDGE} (numpy "edge", scipy filtfilt "constant"): 1 1 | 1 2 3 | 3 3</li>
 *   <li>{@link #REFLECT} (numpy "reflect", scipy filtfilt "even"): 3 2 | 1 2 3 | 2 1; beyond one
 *       length it keeps reflecting (period 2(n−1)), as numpy does</li>
 *   <li>{@link #ODD} (numpy "reflect" with reflect_type "odd", scipy filtfilt "odd", its default):
 *       2x₀ − reflection: −1 0 | 1 2 3 | 4 5; the pad must be shorter than the signal</li>
 * </ul>
 */
public enum PadMode {
    ZEROS,
    EDGE,
    REFLECT,
    ODD
}
