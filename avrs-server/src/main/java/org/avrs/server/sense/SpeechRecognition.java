package org.avrs.server.sense;

import java.util.LinkedHashMap;
import java.util.Map;
import org.avrs.core.AffectEstimate;
import org.avrs.core.InvalidInputException;
import org.avrs.core.Signal;
import org.avrs.sensing.speech.SpeakerSession;
import org.avrs.sensing.speech.SpeechEmotionModel;
import org.avrs.signal.io.BinarySource;
import org.avrs.signal.io.WavFormat;
import org.avrs.signal.io.WavReader;

/**
 * Recognises the emotion in viewers' voice clips with one {@link SpeechEmotionModel}. Each viewer has a
 * {@link SpeakerSession} that keeps the features of their earlier clips for speaker normalisation; the
 * most recently used {@code maxSpeakers} sessions are kept in memory (a restarted server starts every
 * viewer again from the population statistics).
 *
 * <p>Thread-safe: clips of one viewer are recognised one at a time, clips of different viewers in
 * parallel.
 */
public final class SpeechRecognition {

    private final SpeechEmotionModel model;
    private final String source;
    private final AudioLimits limits;
    private final Map<String, SpeakerSession> speakers;

    /**
     * @param source the model's name in estimates, e.g. {@code speech/speech-emodb-svm.avrs}
     * @param maxSpeakers how many viewers' speaker sessions stay in memory, ≥ 1
     */
    public SpeechRecognition(SpeechEmotionModel model, String source, AudioLimits limits, int maxSpeakers) {
        if (maxSpeakers < 1) {
            throw new IllegalArgumentException("maxSpeakers " + maxSpeakers + " must be >= 1");
        }
        this.model = model;
        this.source = source;
        this.limits = limits;
        this.speakers = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SpeakerSession> eldest) {
                return size() > maxSpeakers;
            }
        };
    }

    public AudioLimits limits() {
        return limits;
    }

    public String source() {
        return source;
    }

    /**
     * Decodes a WAV upload, checks it against the limits and recognises it for a viewer.
     *
     * @param name the upload's name for error messages
     * @return the estimate; its span covers the clip from 0 to its duration
     * @throws InvalidInputException if the bytes are not a WAV file the limits admit, or the clip is too
     *     short to recognise
     */
    public AffectEstimate recognize(String viewerId, byte[] wav, String name) {
        Signal clip = decode(wav, name);
        SpeakerSession speaker = speaker(viewerId);
        synchronized (speaker) {
            AffectEstimate e = speaker.recognize(clip, name);
            return new AffectEstimate(e.affect(), e.modality(), new org.avrs.core.TimeSpan(0, clip.durationSeconds()),
                    e.source());
        }
    }

    /** Drops a viewer's speaker history (when they erase their data). */
    public void forget(String viewerId) {
        synchronized (speakers) {
            speakers.remove(viewerId);
        }
    }

    private SpeakerSession speaker(String viewerId) {
        synchronized (speakers) {
            return speakers.computeIfAbsent(viewerId, id -> model.newSpeaker(source));
        }
    }

    /** The upload as a mono signal within the limits. */
    Signal decode(byte[] wav, String name) {
        try (BinarySource src = BinarySource.of(name, wav)) {
            WavFormat format = WavReader.readFormat(src);
            if (format.sampleRate() < limits.minSampleRate() || format.sampleRate() > limits.maxSampleRate()) {
                throw new InvalidInputException(name, "'fmt ' chunk, sample rate", "is " + format.sampleRate()
                        + " Hz; expected " + limits.minSampleRate() + " to " + limits.maxSampleRate() + " Hz");
            }
            if (format.channels() > limits.maxChannels()) {
                throw new InvalidInputException(name, "'fmt ' chunk, channels", "has " + format.channels()
                        + " channels; expected at most " + limits.maxChannels());
            }
            Signal signal = WavReader.read(src);
            if (signal.durationSeconds() > limits.maxSeconds()) {
                throw new InvalidInputException(name, "'data' chunk", String.format(java.util.Locale.ROOT,
                        "lasts %.1f s; expected at most %.0f s", signal.durationSeconds(), limits.maxSeconds()));
            }
            return signal.channelCount() == 1 ? signal : signal.toMono();
        }
    }
}
