package org.avrs.server.live;

import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.avrs.recommend.MoodStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent event streams of live sessions. A viewer's page subscribes to a session; when the
 * session's timeline grows, each subscriber gets the new entry, the current affect and recommendations
 * refreshed for it (computed per subscriber, since each asks for its own k and strategy).
 *
 * <p>Events are computed and sent on one background thread, in publication order, so that a request
 * that adds to a timeline does not wait for its subscribers. A comment line every
 * {@code heartbeatSeconds} keeps proxies from closing idle streams and detects closed ones.
 */
public final class LiveEvents implements AutoCloseable {

    /** One subscriber: which session, whose, and what recommendations it wants. */
    public record Subscription(String sessionId, String viewerId, int k, MoodStrategy strategy, SseClient client) {
    }

    /** One event to send: its name and a JSON-serialisable body. */
    public record Event(String name, Object data) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(LiveEvents.class);

    private final Map<String, Set<Subscription>> bySession = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sender;

    public LiveEvents(int heartbeatSeconds) {
        if (heartbeatSeconds < 1) {
            throw new IllegalArgumentException("heartbeatSeconds " + heartbeatSeconds + " must be >= 1");
        }
        sender = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "avrs-live-events");
            t.setDaemon(true);
            return t;
        });
        sender.scheduleAtFixedRate(this::heartbeat, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
    }

    /** Registers a subscriber and sends it {@code first} (the state so far); the stream stays open. */
    public void subscribe(Subscription s, List<Event> first) {
        bySession.computeIfAbsent(s.sessionId(), id -> ConcurrentHashMap.newKeySet()).add(s);
        s.client().onClose(() -> remove(s));
        s.client().keepAlive();
        sender.execute(() -> send(s, first));
    }

    /** Sends each subscriber of a session the events computed for it. */
    public void publish(String sessionId, Function<Subscription, List<Event>> eventsFor) {
        Set<Subscription> subs = bySession.get(sessionId);
        if (subs == null || subs.isEmpty()) {
            return;
        }
        sender.execute(() -> {
            for (Subscription s : subs) {
                try {
                    send(s, eventsFor.apply(s));
                } catch (RuntimeException e) {
                    LOG.warn("live event for session {} failed: {}", sessionId, e.toString());
                }
            }
        });
    }

    /** Closes every stream of a viewer (after they erased their data). */
    public void closeViewer(String viewerId) {
        sender.execute(() -> bySession.values().forEach(subs -> subs.removeIf(s -> {
            if (s.viewerId().equals(viewerId)) {
                s.client().close();
                return true;
            }
            return false;
        })));
    }

    /** How many streams are open. */
    public int subscribers() {
        return bySession.values().stream().mapToInt(Set::size).sum();
    }

    private void send(Subscription s, List<Event> events) {
        if (s.client().terminated()) {
            remove(s);
            return;
        }
        for (Event e : events) {
            s.client().sendEvent(e.name(), e.data());
        }
    }

    private void heartbeat() {
        for (Set<Subscription> subs : bySession.values()) {
            for (Subscription s : subs) {
                if (s.client().terminated()) {
                    remove(s);
                } else {
                    s.client().sendComment("heartbeat");
                }
            }
        }
    }

    private void remove(Subscription s) {
        Set<Subscription> subs = bySession.get(s.sessionId());
        if (subs != null) {
            subs.remove(s);
            if (subs.isEmpty()) {
                bySession.remove(s.sessionId(), subs);
            }
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
        bySession.values().forEach(subs -> subs.forEach(s -> s.client().close()));
        bySession.clear();
    }
}
