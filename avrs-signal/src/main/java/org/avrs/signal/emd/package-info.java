/**
 * Empirical mode decomposition and the IMEMD speech features of Sun, Li &amp; Ma (2023, P7).
 *
 * <ul>
 *   <li>{@link org.avrs.signal.emd.CubicSpline} — interpolating cubic splines (natural, not-a-knot),
 *       SciPy's values, O(m) tridiagonal solve;</li>
 *   <li>{@link org.avrs.signal.emd.Emd} — EMD (Huang et al. 1998) with mirrored end extrema (Rilling et al.
 *       2003) and fixed, S-number or Cauchy sifting ({@link org.avrs.signal.emd.SiftingRule});</li>
 *   <li>{@link org.avrs.signal.emd.MaskingEmd} — the masked first IMF of Deering &amp; Kaiser (2005);</li>
 *   <li>{@link org.avrs.signal.emd.Imemd} — P7's improved masking EMD (uniform-phase masks with adaptive
 *       amplitude and frequency, 30 dB stop);</li>
 *   <li>{@link org.avrs.signal.emd.Imemd43} — P7's 43 frame features as a
 *       {@link org.avrs.signal.FeatureExtractor}.</li>
 * </ul>
 * All decompositions work in samples and return a {@link org.avrs.signal.emd.Decomposition} whose IMFs
 * and residue sum back to the input up to rounding.
 */
package org.avrs.signal.emd;
