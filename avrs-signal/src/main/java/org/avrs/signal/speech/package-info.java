/**
 * Speech feature extractors: {@link org.avrs.signal.speech.Mfcc} and {@link org.avrs.signal.speech.LogMel}
 * (librosa 0.10 definitions), {@link org.avrs.signal.speech.Plp} (Hermansky 1990),
 * {@link org.avrs.signal.speech.Deltas} (librosa.feature.delta), {@link org.avrs.signal.speech.Yin}
 * (de Cheveigné &amp; Kawahara 2002), {@link org.avrs.signal.speech.ZeroCrossingRate},
 * {@link org.avrs.signal.speech.Energy} and {@link org.avrs.signal.speech.SpectralShape}. With their
 * defaults (16 kHz, 25 ms frames every 10 ms, centred) all give the same rows at the same times, so their
 * matrices join with {@link org.avrs.signal.FeatureMatrix#withColumns}. Multi-channel signals are averaged
 * to mono; a signal at another rate than the config's is refused.
 */
package org.avrs.signal.speech;
