package org.avrs.bench.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.avrs.core.Affect;
import org.avrs.core.EmotionSet;
import org.avrs.core.Modality;
import org.avrs.core.TimeSpan;
import org.avrs.server.auth.Tokens;
import org.avrs.server.store.AffectEntry;
import org.avrs.server.store.AffectStore;
import org.avrs.server.store.CatalogVideo;
import org.avrs.server.store.Database;
import org.avrs.server.store.Ids;
import org.avrs.server.store.InteractionStore;
import org.avrs.server.store.SessionStore;
import org.avrs.server.store.VideoStore;
import org.avrs.server.store.Viewer;
import org.avrs.server.store.ViewerInteraction;
import org.avrs.server.store.ViewerStore;
import org.avrs.server.store.ViewingSession;

/**
 * Fills a server's database with viewers as the service would have them, written straight through the
 * stores in one transaction (the benchmark measures serving, not filling): each viewer has an ended
 * session (rated for a share of them), an open session, and a few recent affect entries in it.
 */
final class LoadPopulation {

    /** One viewer the load client acts as. */
    record LoadViewer(String token, String openSession) {
    }

    private LoadPopulation() {
    }

    /**
     * @param ratedShare the share of viewers whose ended session has a rating (they get history-based lists)
     */
    static List<LoadViewer> fill(Database db, int viewers, double ratedShare, long seed) {
        Random random = new Random(seed);
        long now = System.currentTimeMillis();
        List<LoadViewer> out = new ArrayList<>(viewers);
        db.write(c -> {
            List<CatalogVideo> popular = new ArrayList<>(new VideoStore().all(c));
            popular.sort(Comparator.comparingInt(CatalogVideo::popularity).reversed());
            popular = popular.subList(0, Math.min(500, popular.size()));
            ViewerStore viewerStore = new ViewerStore();
            SessionStore sessions = new SessionStore();
            AffectStore affects = new AffectStore();
            InteractionStore interactions = new InteractionStore();
            for (int v = 0; v < viewers; v++) {
                String token = Tokens.generate();
                Viewer viewer = new Viewer(Ids.next("vw"), now - 3_600_000, false);
                viewerStore.insert(c, viewer, Tokens.hash(token));
                long watched = popular.get(random.nextInt(popular.size())).id();
                ViewingSession ended = new ViewingSession(Ids.next("se"), viewer.id(), watched, now - 3_000_000, null, null,
                        null, null);
                sessions.insert(c, ended);
                Double rating = random.nextDouble() < ratedShare ? 0.5 * (1 + random.nextInt(10)) : null;
                sessions.end(c, ended.id(), now - 1_000_000, 2000, false, rating);
                interactions.insert(c, Ids.next("ix"), new ViewerInteraction(viewer.id(), ended.id(), watched, rating, 2000,
                        false, now - 1_000_000));
                ViewingSession open = new ViewingSession(Ids.next("se"), viewer.id(),
                        popular.get(random.nextInt(popular.size())).id(), now - 600_000, null, null, null, null);
                sessions.insert(c, open);
                for (int e = 0; e < 3; e++) {
                    String label = EmotionSet.EMODB.label(random.nextInt(EmotionSet.EMODB.size()));
                    long at = now - 500_000 + e * 120_000L;
                    double end = (at - open.startedAt()) / 1000.0;
                    affects.insert(c, new AffectEntry(Ids.next("af"), open.id(), viewer.id(), at, new TimeSpan(end - 2, end),
                            Modality.SELF_REPORT, "bench/mood", Affect.ofLabel(EmotionSet.EMODB, label), null));
                }
                out.add(new LoadViewer(token, open.id()));
            }
            return null;
        });
        return out;
    }
}
