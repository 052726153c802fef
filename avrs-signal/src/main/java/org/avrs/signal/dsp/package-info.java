/**
 * DSP building blocks with SciPy / librosa semantics, on JTransforms: {@link org.avrs.signal.dsp.Window},
 * {@link org.avrs.signal.dsp.Frames}, {@link org.avrs.signal.dsp.PreEmphasis},
 * {@link org.avrs.signal.dsp.Stft}, {@link org.avrs.signal.dsp.Welch}, {@link org.avrs.signal.dsp.Butterworth}
 * → {@link org.avrs.signal.dsp.Sos} → {@link org.avrs.signal.dsp.SosFilter},
 * {@link org.avrs.signal.dsp.PolyphaseResampler}, {@link org.avrs.signal.dsp.Hilbert}. Arrays are never
 * modified in place; inputs must be finite.
 */
package org.avrs.signal.dsp;
