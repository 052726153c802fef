/**
 * Readers (and a WAV writer) that turn recording files into {@link org.avrs.core.Signal}s.
 *
 * <ul>
 *   <li>{@link org.avrs.signal.io.WavReader} / {@link org.avrs.signal.io.WavWriter}: RIFF/WAVE PCM 8–32 bit,
 *       IEEE float 32/64, WAVE_FORMAT_EXTENSIBLE; samples scaled to [−1, 1) as
 *       {@link org.avrs.signal.io.WavFormat} states (int16 / 32768 …).</li>
 *   <li>{@link org.avrs.signal.io.EdfReader}: EDF, EDF+, BDF, BDF+ → a {@link org.avrs.signal.io.Recording}
 *       (one Signal per sample rate, annotations, header), physical units per channel.</li>
 *   <li>{@link org.avrs.signal.io.MatReader} (MAT v5/v7 through MFL) with the layouts
 *       {@link org.avrs.signal.io.DeapReader} (DEAP preprocessed {@code sXX.mat}) and
 *       {@link org.avrs.signal.io.SeedReader} (SEED {@code <subject>_eeg<k>} trials).</li>
 *   <li>{@link org.avrs.signal.io.CsvSignalReader}: header row + one row per sample at a stated rate
 *       (NeuroKit2's example data).</li>
 *   <li>{@link org.avrs.signal.io.SignalReaders}: picks the reader by magic bytes or extension.</li>
 * </ul>
 *
 * <p>Inputs come as a {@link org.avrs.signal.io.BinarySource}: a file path (read with positional bulk reads)
 * or in-memory bytes of an upload, read from a stream with a size limit.
 *
 * <p><b>Hostile input.</b> Every reader checks what a header claims (sizes, counts, rates) against the
 * input's real length before allocating, and reports anything invalid — empty or truncated input, wrong
 * magic, absurd sizes, zero channels, non-positive rates, NaN or infinite samples — as an
 * {@link org.avrs.core.InvalidInputException} naming the source, the field or byte offset, and what was
 * expected. Property-based fuzz tests hold each reader to this: only a valid result or that exception,
 * with allocation bounded by a small multiple of the input size.
 */
package org.avrs.signal.io;
