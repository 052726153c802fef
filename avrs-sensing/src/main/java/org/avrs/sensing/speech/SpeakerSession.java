package org.avrs.sensing.speech;

import java.util.ArrayList;
import java.util.List;
import org.avrs.core.AffectEstimate;
import org.avrs.core.AffectRecognizer;
import org.avrs.core.Signal;
import org.avrs.core.TimeSpan;

/**
 * One speaker (a viewer) talking to a {@link SpeechEmotionModel}: each recording's feature vector joins
 * the speaker's history, and the speaker normalisation is recomputed from that history (shrunk toward
 * the population while it is short). Recordings are placed one after another on the session clock.
 *
 * <p>Not thread-safe: one session per viewer, used by one request at a time.
 */
public final class SpeakerSession implements AffectRecognizer<Signal> {

    private final SpeechEmotionModel model;
    private final String source;
    private final List<double[]> history = new ArrayList<>();
    private double clock;

    SpeakerSession(SpeechEmotionModel model, String source) {
        this.model = model;
        this.source = source;
    }

    /** Adds a recording of this speaker without recognising it (e.g. an enrolment utterance). */
    public void enrol(Signal recording, String name) {
        history.add(model.features().extract(recording, name));
    }

    @Override
    public AffectEstimate recognize(Signal recording) {
        return recognize(recording, "recording");
    }

    /**
     * Recognises one recording.
     *
     * @param name the recording's name for error messages
     * @throws org.avrs.core.InvalidInputException if the recording is unusable (rate, length)
     */
    public AffectEstimate recognize(Signal recording, String name) {
        double[] vector = model.features().extract(recording, name);
        history.add(vector);
        TimeSpan span = new TimeSpan(clock, clock + recording.durationSeconds());
        clock = span.end();
        return model.estimate(vector, model.normalizerFor(history), span, source);
    }

    /** How many recordings the speaker normalisation rests on. */
    public int historySize() {
        return history.size();
    }
}
