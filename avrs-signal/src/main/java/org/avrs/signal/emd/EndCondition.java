package org.avrs.signal.emd;

/**
 * The end condition of a {@link CubicSpline}, with the meaning of {@code scipy.interpolate.CubicSpline}'s
 * {@code bc_type}.
 */
public enum EndCondition {
    /** Zero second derivative at the end knot (scipy {@code "natural"}). */
    NATURAL,
    /**
     * Continuous third derivative at the second (and second-to-last) knot, so that the first two (last
     * two) pieces are one cubic (scipy {@code "not-a-knot"}, MATLAB's {@code spline}; de Boor 1978,
     * <i>A Practical Guide to Splines</i>, ch. IV).
     */
    NOT_A_KNOT
}
