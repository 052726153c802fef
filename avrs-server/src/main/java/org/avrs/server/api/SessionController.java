package org.avrs.server.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.avrs.server.service.SessionService;
import org.avrs.server.store.AffectEntry;
import org.avrs.server.store.Viewer;
import org.avrs.server.store.ViewingSession;

/** Viewing sessions: start, uploads and reports that grow the timeline, end, timeline. */
final class SessionController {

    /** @param videoId the catalog video watched; required */
    record NewSession(Long videoId) {
        NewSession {
            if (videoId == null) {
                throw new IllegalArgumentException("videoId is required");
            }
        }
    }

    /**
     * @param watchedSeconds how long the viewer watched, in [0, 86400]; required
     * @param skipped whether they skipped the video; default false
     * @param rating stars in [0.5, 5], or null for none
     */
    record SessionEnd(Double watchedSeconds, Boolean skipped, Double rating) {
        SessionEnd {
            if (watchedSeconds == null || !(watchedSeconds >= 0 && watchedSeconds <= 86_400)) {
                throw new IllegalArgumentException("watchedSeconds " + watchedSeconds + " must be given, in [0, 86400]");
            }
            if (rating != null && !(rating >= 0.5 && rating <= 5)) {
                throw new IllegalArgumentException("rating " + rating + " must be in [0.5, 5] or null");
            }
        }
    }

    private static final Set<String> EDF_TYPES = Set.of("application/edf", "application/x-edf", "application/bdf",
            "application/x-bdf", "application/octet-stream");
    private static final Set<String> WAV_TYPES = Set.of("audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave",
            "application/octet-stream");

    private final SessionService sessions;
    private final LiveFeed feed;
    private final Bodies bodies;
    private final ApiLimits limits;

    SessionController(SessionService sessions, LiveFeed feed, Bodies bodies, ApiLimits limits) {
        this.sessions = sessions;
        this.feed = feed;
        this.bodies = bodies;
        this.limits = limits;
    }

    void start(Context ctx) {
        NewSession req = bodies.json(ctx, NewSession.class, limits.maxJsonBytes(), false);
        ctx.status(201).json(Views.SessionView.of(sessions.start(Auth.viewer(ctx), req.videoId())));
    }

    void list(Context ctx) {
        int limit = Params.integer(ctx, "limit", 50, 1, 500);
        ctx.json(sessions.list(Auth.viewer(ctx), limit).stream().map(Views.SessionView::of).toList());
    }

    void get(Context ctx) {
        ctx.json(Views.SessionView.of(sessions.get(Auth.viewer(ctx), ctx.pathParam("id"))));
    }

    /**
     * An uploaded signal: ownership first (404), then the kind (404 unknown, 501 no recognizer), type, size,
     * content. Audio answers 201 with the entry; EEG answers with the list of entries its windows gave: 201
     * when there are some, 200 with an empty list while the first window fills.
     */
    void signal(Context ctx) {
        Viewer viewer = Auth.viewer(ctx);
        String id = ctx.pathParam("id");
        ViewingSession session = sessions.get(viewer, id);
        String kind = ctx.pathParam("kind").toLowerCase(Locale.ROOT);
        if (!SessionService.SIGNAL_KINDS.contains(kind)) {
            throw new ApiException(404, "Not found", "no signal kind '" + kind + "'; expected one of audio, eeg, ecg, eda, ppg");
        }
        if (!sessions.recognizes(kind)) {
            throw sessions.notImplemented(kind);
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (kind.equals("audio")) {
            requireType(type, WAV_TYPES, "audio uploads are WAV files (Content-Type audio/wav)");
            AffectEntry entry = sessions.addAudio(viewer, session.id(), bodies.bytes(ctx, limits.audio().maxBytes()), type);
            feed.affectAdded(viewer.id(), session.id(), entry);
            ctx.status(201).json(Views.EntryView.of(entry));
        } else {
            requireType(type, EDF_TYPES, "eeg uploads are EDF or BDF files (Content-Type application/edf or "
                    + "application/octet-stream)");
            List<AffectEntry> entries = sessions.addEeg(viewer, session.id(), bodies.bytes(ctx, limits.eeg().maxBytes()),
                    type);
            entries.forEach(e -> feed.affectAdded(viewer.id(), session.id(), e));
            ctx.status(entries.isEmpty() ? 200 : 201).json(entries.stream().map(Views.EntryView::of).toList());
        }
    }

    private static void requireType(String type, Set<String> accepted, String expected) {
        if (!accepted.contains(type)) {
            throw new ApiException(415, "Unsupported media type", expected + ", got '" + type + "'");
        }
    }

    void affect(Context ctx) {
        Viewer viewer = Auth.viewer(ctx);
        String id = ctx.pathParam("id");
        sessions.get(viewer, id);
        AffectReport report = bodies.json(ctx, AffectReport.class, limits.maxJsonBytes(), false);
        AffectEntry entry = sessions.addReported(viewer, id, report.toEstimate());
        feed.affectAdded(viewer.id(), id, entry);
        ctx.status(201).json(Views.EntryView.of(entry));
    }

    void end(Context ctx) {
        Viewer viewer = Auth.viewer(ctx);
        String id = ctx.pathParam("id");
        sessions.get(viewer, id);
        SessionEnd req = bodies.json(ctx, SessionEnd.class, limits.maxJsonBytes(), false);
        ViewingSession ended = sessions.end(viewer, id, req.watchedSeconds(), Boolean.TRUE.equals(req.skipped()),
                req.rating());
        feed.sessionEnded(id, ended);
        ctx.json(Views.SessionView.of(ended));
    }

    void timeline(Context ctx) {
        ctx.json(Views.TimelineView.of(sessions.timeline(Auth.viewer(ctx), ctx.pathParam("id"))));
    }
}
