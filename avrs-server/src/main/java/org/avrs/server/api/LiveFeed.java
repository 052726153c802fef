package org.avrs.server.api;

import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import java.util.List;
import java.util.Locale;
import org.avrs.recommend.MoodStrategy;
import org.avrs.server.live.LiveEvents;
import org.avrs.server.recommend.PersonalRecommendations;
import org.avrs.server.service.SessionService;
import org.avrs.server.store.AffectEntry;
import org.avrs.server.store.Viewer;
import org.avrs.server.store.ViewingSession;

/**
 * The live stream of a session ({@code GET /api/sessions/{id}/events}, server-sent events): on
 * connecting, the timeline so far and recommendations; then, for every new timeline entry, an
 * {@code affect} event (the entry and the viewer's current affect) and a {@code recommendations} event
 * refreshed for that affect; an {@code ended} event when the session ends.
 */
final class LiveFeed {

    private final LiveEvents events;
    private final SessionService sessions;
    private final PersonalRecommendations recommendations;

    LiveFeed(LiveEvents events, SessionService sessions, PersonalRecommendations recommendations) {
        this.events = events;
        this.sessions = sessions;
        this.recommendations = recommendations;
    }

    /** Opens the stream after checking the session is the viewer's (404 otherwise). */
    void stream(Context ctx) {
        Viewer viewer = Auth.viewer(ctx);
        String id = ctx.pathParam("id");
        SessionService.Timeline timeline = sessions.timeline(viewer, id);
        String accept = ctx.header("Accept");
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("text/event-stream")) {
            throw new ApiException(406, "Not acceptable", "this is a server-sent event stream: send 'Accept: text/event-stream'");
        }
        int k = Params.integer(ctx, "k", 10, 1, 50);
        MoodStrategy strategy = Params.strategy(ctx, MoodStrategy.CONGRUENT);
        List<LiveEvents.Event> first = List.of(new LiveEvents.Event("timeline", Views.TimelineView.of(timeline)),
                recommendationsEvent(viewer.id(), k, strategy));
        new SseHandler(client -> events.subscribe(new LiveEvents.Subscription(id, viewer.id(), k, strategy, client), first))
                .handle(ctx);
    }

    void affectAdded(String viewerId, String sessionId, AffectEntry entry) {
        events.publish(sessionId, s -> {
            PersonalRecommendations.Personal p = recommendations.recommend(viewerId, s.strategy(), s.k());
            return List.of(new LiveEvents.Event("affect", new Views.AffectEvent(Views.EntryView.of(entry),
                    p.affect().map(Views.AffectView::of).orElse(null))),
                    new LiveEvents.Event("recommendations", Views.RecommendationsView.of(p)));
        });
    }

    void sessionEnded(String sessionId, ViewingSession session) {
        events.publish(sessionId, s -> List.of(new LiveEvents.Event("ended", Views.SessionView.of(session))));
    }

    private LiveEvents.Event recommendationsEvent(String viewerId, int k, MoodStrategy strategy) {
        return new LiveEvents.Event("recommendations",
                Views.RecommendationsView.of(recommendations.recommend(viewerId, strategy, k)));
    }
}
