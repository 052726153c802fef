/**
 * Signal processing and feature extraction for every modality of AVRS.
 *
 * <p>The shared API: a {@link org.avrs.signal.FeatureExtractor} turns a {@link org.avrs.core.Signal} into a
 * {@link org.avrs.signal.FeatureMatrix} (rows = frames or windows with their times in seconds, named
 * columns). Extractors are immutable, built from a {@code Config} record with documented defaults
 * ({@code Config.defaults()}, checked in the compact constructor, round-tripping through JSON), design
 * their windows, filters and FFT plans once, and are safe to share between threads.
 *
 * <ul>
 *   <li>{@link org.avrs.signal.dsp}: windows, framing, pre-emphasis, STFT (librosa semantics), Welch PSD,
 *       Butterworth design to second-order sections, sosfilt / zero-phase sosfiltfilt, polyphase
 *       resampling, Hilbert transform (SciPy semantics);</li>
 *   <li>{@link org.avrs.signal.speech}: mel filterbank, log-mel (FBANK), MFCC, PLP, deltas, YIN F0,
 *       zero-crossing rate, energy/RMS, spectral centroid/roll-off/flux.</li>
 * </ul>
 * Stages compose and can be called alone (STFT → mel → dB → DCT), so a precomputed spectrum can enter
 * midway. Numbers are checked against SciPy and NumPy transcriptions of librosa by golden fixtures made
 * with {@code tools/golden/signal_dsp.py}.
 */
package org.avrs.signal;
