package org.avrs.recommend;

import java.util.SplittableRandom;
import org.avrs.recommend.data.InteractionLog;

/**
 * Seeded synthetic logs with a planted structure: viewers and videos belong to one of {@code groups}
 * taste groups; a viewer rates videos of their own group high (4–5) and others low (1–2), and sees
 * videos of their own group more often. Ids are offset (viewer 1000+u, video 5000+i) so that dense
 * indices never coincide with ids.
 */
public final class SyntheticLogs {

    private SyntheticLogs() {
    }

    public static InteractionLog planted(int viewers, int videos, int perViewer, int groups, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        InteractionLog.Builder b = InteractionLog.builder();
        for (int u = 0; u < viewers; u++) {
            int g = u % groups;
            boolean[] seen = new boolean[videos];
            int added = 0;
            while (added < perViewer) {
                int i = rnd.nextInt(videos);
                boolean own = i % groups == g;
                if (seen[i] || (!own && rnd.nextDouble() < 0.9)) {
                    continue;
                }
                seen[i] = true;
                double rating = own ? 4 + rnd.nextInt(3) * 0.5 : 1 + rnd.nextInt(3) * 0.5;
                b.add(1000 + u, 5000 + i, rating, 1_000_000L + added);
                added++;
            }
        }
        return b.build();
    }

    /** Group of a synthetic video id. */
    public static int groupOfVideo(long videoId, int groups) {
        return (int) ((videoId - 5000) % groups);
    }

    /** Group of a synthetic viewer id. */
    public static int groupOfViewer(long viewerId, int groups) {
        return (int) ((viewerId - 1000) % groups);
    }
}
