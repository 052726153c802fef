package org.avrs.server.service;

import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import org.avrs.server.auth.Tokens;
import org.avrs.server.recommend.RecommendationService;
import org.avrs.server.sense.SpeechRecognition;
import org.avrs.server.store.Database;
import org.avrs.server.store.Ids;
import org.avrs.server.store.Viewer;
import org.avrs.server.store.ViewerStore;

/** Viewers: registration with a token, authentication by token, consent, erasure. */
public final class ViewerService {

    /** A new viewer and their token (shown once: only its hash is kept). */
    public record Registration(Viewer viewer, String token) {
    }

    private final Database db;
    private final SpeechRecognition speech;
    private final java.util.Optional<org.avrs.server.sense.EegRecognition> eeg;
    private final RecommendationService recommender;
    private final InstantSource clock;
    private final ViewerStore viewers = new ViewerStore();

    public ViewerService(Database db, SpeechRecognition speech, java.util.Optional<org.avrs.server.sense.EegRecognition> eeg,
            RecommendationService recommender, InstantSource clock) {
        this.eeg = eeg;
        this.db = db;
        this.speech = speech;
        this.recommender = recommender;
        this.clock = clock;
    }

    public Registration register(boolean keepRawSignals) {
        Viewer v = new Viewer(Ids.next("vw"), clock.millis(), keepRawSignals);
        String token = Tokens.generate();
        db.write(c -> {
            viewers.insert(c, v, Tokens.hash(token));
            return null;
        });
        return new Registration(v, token);
    }

    /** The viewer a bearer token belongs to; empty for a malformed or unknown token. */
    public Optional<Viewer> authenticate(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = Tokens.hash(token);
        return db.read(c -> viewers.findByTokenHash(c, hash));
    }

    public Viewer setKeepRawSignals(Viewer viewer, boolean keep) {
        db.write(c -> {
            viewers.setKeepRawSignals(c, viewer.id(), keep);
            return null;
        });
        return new Viewer(viewer.id(), viewer.createdAt(), keep);
    }

    /**
     * Erases a viewer with their sessions, signals, affect history and interactions; forgets their
     * speaker history and live EEG streams; asks the recommender to refit without their ratings.
     *
     * @return rows erased per kind
     */
    public Map<String, Integer> erase(Viewer viewer) {
        Map<String, Integer> erased = db.write(c -> viewers.erase(c, viewer.id()));
        speech.forget(viewer.id());
        eeg.ifPresent(r -> r.forget(viewer.id()));
        recommender.requestRefresh();
        return erased;
    }
}
