package org.avrs.server.service;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.avrs.core.Affect;
import org.avrs.core.AffectEstimate;
import org.avrs.core.TimeSpan;
import org.avrs.server.ServiceException;
import org.avrs.server.recommend.RecommendationService;
import org.avrs.server.sense.EegRecognition;
import org.avrs.server.sense.SpeechRecognition;
import org.avrs.server.sense.TimedEstimate;
import org.avrs.server.store.AffectEntry;
import org.avrs.server.store.AffectStore;
import org.avrs.server.store.Database;
import org.avrs.server.store.Ids;
import org.avrs.server.store.InteractionStore;
import org.avrs.server.store.RawSignal;
import org.avrs.server.store.SessionStore;
import org.avrs.server.store.SignalStore;
import org.avrs.server.store.VideoStore;
import org.avrs.server.store.Viewer;
import org.avrs.server.store.ViewerInteraction;
import org.avrs.server.store.ViewingSession;

/**
 * Viewing sessions and their affect timelines. Every operation names the viewer and finds only that
 * viewer's sessions, so another viewer's session id is simply not found.
 *
 * <p>An upload is recognised before anything is written; the entry (and the raw upload, when the viewer
 * opted in) are then written in one transaction, so a rejected or failed upload leaves nothing stored.
 * Raw uploads of viewers who did not opt in are dropped once recognised.
 */
public final class SessionService {

    /** Signal kinds the API accepts; only those with a recognizer in this build are recognised. */
    public static final Set<String> SIGNAL_KINDS = Set.of("audio", "eeg", "ecg", "eda", "ppg");

    /** A session's timeline and the affect fused from it now. */
    public record Timeline(ViewingSession session, List<AffectEntry> entries, Optional<Affect> current) {
        public Timeline {
            entries = List.copyOf(entries);
        }
    }

    private final Database db;
    private final SpeechRecognition speech;
    private final Optional<EegRecognition> eeg;
    private final RecommendationService recommender;
    private final AffectNow affectNow;
    private final InstantSource clock;
    private final SessionStore sessions = new SessionStore();
    private final AffectStore affects = new AffectStore();
    private final SignalStore signals = new SignalStore();
    private final InteractionStore interactions = new InteractionStore();
    private final VideoStore videos = new VideoStore();

    /** @param eeg the live EEG recognizer, empty when the server was started without an EEG model */
    public SessionService(Database db, SpeechRecognition speech, Optional<EegRecognition> eeg,
            RecommendationService recommender, AffectNow affectNow, InstantSource clock) {
        this.db = db;
        this.speech = speech;
        this.eeg = eeg;
        this.recommender = recommender;
        this.affectNow = affectNow;
        this.clock = clock;
    }

    /**
     * Starts a session on a video.
     *
     * @throws ServiceException UNPROCESSABLE for a video not in the catalog
     */
    public ViewingSession start(Viewer viewer, long videoId) {
        ViewingSession s = new ViewingSession(Ids.next("se"), viewer.id(), videoId, clock.millis(), null, null, null, null);
        return db.write(c -> {
            if (videos.find(c, videoId).isEmpty()) {
                throw new ServiceException(ServiceException.Kind.UNPROCESSABLE, "video " + videoId + " is not in the catalog");
            }
            sessions.insert(c, s);
            return s;
        });
    }

    /** A viewer's session. */
    public ViewingSession get(Viewer viewer, String sessionId) {
        return db.read(c -> find(c, viewer, sessionId));
    }

    /** A viewer's sessions, newest first. */
    public List<ViewingSession> list(Viewer viewer, int limit) {
        return db.read(c -> sessions.listByViewer(c, viewer.id(), limit));
    }

    /**
     * Recognises an uploaded voice clip and appends the result to the session's timeline.
     *
     * @throws ServiceException NOT_FOUND for another viewer's or an unknown session, CONFLICT for an ended one
     * @throws org.avrs.core.InvalidInputException for an upload that cannot be used
     */
    public AffectEntry addAudio(Viewer viewer, String sessionId, byte[] body, String contentType) {
        requireOpen(db.read(c -> find(c, viewer, sessionId)));
        AffectEstimate estimate = speech.recognize(viewer.id(), body, "audio upload");
        return append(viewer, sessionId, List.of(TimedEstimate.atEnd(estimate)), raw(viewer, sessionId, "audio",
                contentType, body)).get(0);
    }

    /**
     * Pushes an EEG chunk (EDF/BDF) into the session's live recognizer and appends every estimate it
     * emits, each timed so that the upload's last sample is now.
     *
     * @return the entries appended, in order; empty while the first window fills
     * @throws ServiceException NOT_FOUND for another viewer's or an unknown session, CONFLICT for an ended
     *     one, NOT_IMPLEMENTED when the server has no EEG model
     * @throws org.avrs.core.InvalidInputException for an upload that cannot be used
     */
    public List<AffectEntry> addEeg(Viewer viewer, String sessionId, byte[] body, String contentType) {
        requireOpen(db.read(c -> find(c, viewer, sessionId)));
        EegRecognition recognizer = eeg.orElseThrow(() -> notImplemented("eeg"));
        List<TimedEstimate> estimates = recognizer.recognize(viewer.id(), sessionId, body, "EEG upload");
        return append(viewer, sessionId, estimates, raw(viewer, sessionId, "eeg", contentType, body));
    }

    /**
     * The refusal of a signal kind this server cannot recognise.
     *
     * @param kind one of {@link #SIGNAL_KINDS}
     */
    public ServiceException notImplemented(String kind) {
        String upper = kind.toUpperCase(Locale.ROOT);
        if (kind.equals("eeg")) {
            return new ServiceException(ServiceException.Kind.NOT_IMPLEMENTED, "this server has no EEG model; start it "
                    + "with avrs serve --eeg-model FILE (a model written by avrs eeg train) to accept eeg uploads");
        }
        return new ServiceException(ServiceException.Kind.NOT_IMPLEMENTED, "this build has no " + upper
                + " recognizer yet; " + kind + " uploads are not accepted");
    }

    /** Whether uploads of a kind are recognised by this server. */
    public boolean recognizes(String kind) {
        return kind.equals("audio") || kind.equals("eeg") && eeg.isPresent();
    }

    private RawSignal raw(Viewer viewer, String sessionId, String kind, String contentType, byte[] body) {
        return viewer.keepRawSignals()
                ? new RawSignal(Ids.next("sg"), sessionId, viewer.id(), kind, contentType, body.clone(), clock.millis())
                : null;
    }

    /**
     * Appends an affect measured or reported on the client (a face-expression distribution, a mood).
     *
     * @param reported the affect, its modality and source; its span's duration is how long it covers
     */
    public AffectEntry addReported(Viewer viewer, String sessionId, AffectEstimate reported) {
        requireOpen(db.read(c -> find(c, viewer, sessionId)));
        return append(viewer, sessionId, List.of(TimedEstimate.atEnd(reported)), null).get(0);
    }

    /**
     * Writes the estimates (and the raw upload, if kept) in one transaction. An estimate ending
     * {@code secondsBeforeEnd} before the upload's end ends that long before now on the session's clock.
     */
    private List<AffectEntry> append(Viewer viewer, String sessionId, List<TimedEstimate> estimates,
            RawSignal raw) {
        return db.write(c -> {
            ViewingSession s = requireOpen(find(c, viewer, sessionId));
            long now = clock.millis();
            if (raw != null) {
                signals.insert(c, raw);
            }
            List<AffectEntry> out = new ArrayList<>(estimates.size());
            for (TimedEstimate t : estimates) {
                AffectEstimate estimate = t.estimate();
                double end = Math.max(0, (now - s.startedAt()) / 1000.0 - t.secondsBeforeEnd());
                TimeSpan span = new TimeSpan(Math.max(0, end - estimate.span().duration()), end);
                AffectEntry e = new AffectEntry(Ids.next("af"), sessionId, viewer.id(), now, span, estimate.modality(),
                        estimate.source(), estimate.affect(), raw == null ? null : raw.id());
                affects.insert(c, e);
                out.add(e);
            }
            return out;
        });
    }

    /**
     * Ends a session with what the viewer did; a rating is learned from at the next refit.
     *
     * @throws ServiceException CONFLICT when it was already ended
     */
    public ViewingSession end(Viewer viewer, String sessionId, double watchedSeconds, boolean skipped, Double rating) {
        ViewingSession ended = db.write(c -> {
            ViewingSession s = requireOpen(find(c, viewer, sessionId));
            long now = clock.millis();
            if (!sessions.end(c, sessionId, now, watchedSeconds, skipped, rating)) {
                throw new ServiceException(ServiceException.Kind.CONFLICT, "session " + sessionId + " has already ended");
            }
            interactions.insert(c, Ids.next("ix"), new ViewerInteraction(viewer.id(), sessionId, s.videoId(), rating,
                    watchedSeconds, skipped, now));
            return new ViewingSession(s.id(), s.viewerId(), s.videoId(), s.startedAt(), now, watchedSeconds, skipped, rating);
        });
        eeg.ifPresent(r -> r.end(sessionId));
        if (rating != null) {
            recommender.requestRefresh();
        }
        return ended;
    }

    /** A session's timeline with the affect fused from the viewer's recent entries. */
    public Timeline timeline(Viewer viewer, String sessionId) {
        return db.read(c -> {
            ViewingSession s = find(c, viewer, sessionId);
            List<AffectEntry> entries = affects.bySession(c, sessionId);
            return new Timeline(s, entries, affectNow.fuse(entries, clock.millis()));
        });
    }

    private ViewingSession find(java.sql.Connection c, Viewer viewer, String sessionId) throws java.sql.SQLException {
        if (!Ids.looksLike("se", sessionId)) {
            throw ServiceException.notFound("session " + sessionId);
        }
        return sessions.find(c, sessionId, viewer.id()).orElseThrow(() -> ServiceException.notFound("session " + sessionId));
    }

    private static ViewingSession requireOpen(ViewingSession s) {
        if (!s.isOpen()) {
            throw new ServiceException(ServiceException.Kind.CONFLICT, "session " + s.id() + " has ended; start a new one");
        }
        return s;
    }
}
