package org.avrs.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.avrs.recommend.data.InteractionLog;
import org.junit.jupiter.api.Test;

/**
 * The contract every recommender inherits (STYLE.md): default config, config round trip, unknown
 * viewer, unknown video, empty candidates, save/load gives equal scores, and an empty log is refused.
 * A subclass supplies the component with its default config; the log is a small planted one.
 */
public abstract class RecommenderContract {

    protected static final int GROUPS = 3;
    protected static final InteractionLog LOG = SyntheticLogs.planted(60, 90, 20, GROUPS, 7);

    /** The shared planted log (for fixtures that must match it). */
    public static InteractionLog logForTests() {
        return LOG;
    }

    /** The component under test with its default config. */
    protected abstract Recommender create();

    /** Whether the model scores an unknown viewer (viewer-independent scores) or gives none. */
    protected boolean scoresUnknownViewers() {
        return false;
    }

    @Test
    void defaultConfigFitsAndRecommendsUnseenVideos() {
        Model model = create().fit(LOG);
        long viewer = LOG.viewers().id(0);
        List<ScoredVideo> recs = model.recommend(viewer, Context.none(), 10);
        assertThat(recs).hasSize(10);
        int u = LOG.viewers().indexOf(viewer);
        for (ScoredVideo r : recs) {
            assertThat(Double.isFinite(r.score())).isTrue();
            assertThat(LOG.byViewer().contains(u, LOG.videos().indexOf(r.videoId()))).as("seen video").isFalse();
        }
        for (int i = 1; i < recs.size(); i++) {
            assertThat(recs.get(i).score()).isLessThanOrEqualTo(recs.get(i - 1).score());
        }
    }

    @Test
    void configRoundTripsThroughJson() {
        Recommender r = create();
        String json = ConfigJson.write(r.config());
        assertThat(ConfigJson.read(json, r.config().getClass())).isEqualTo(r.config());
        assertThat(json).startsWith("{").endsWith("}");
    }

    @Test
    void unknownViewerGetsDocumentedBehaviour() {
        Model model = create().fit(LOG);
        List<ScoredVideo> recs = model.recommend(-42, Context.none(), 5);
        if (scoresUnknownViewers()) {
            assertThat(recs).hasSize(5);
        } else {
            assertThat(recs).isEmpty();
            assertThat(model.predict(-42, LOG.videos().id(0), Context.none())).isNaN();
        }
    }

    @Test
    void unknownVideoPredictsNaN() {
        Model model = create().fit(LOG);
        assertThat(model.predict(LOG.viewers().id(0), -7, Context.none())).isNaN();
        assertThat(model.recommend(LOG.viewers().id(0), Context.none(), 5, new long[] {-7, -8})).isEmpty();
    }

    @Test
    void emptyCandidatesGiveEmptyList() {
        Model model = create().fit(LOG);
        assertThat(model.recommend(LOG.viewers().id(1), Context.none(), 5, new long[0])).isEmpty();
        assertThat(model.recommend(LOG.viewers().id(1), Context.none(), 0)).isEmpty();
    }

    @Test
    void saveAndLoadGiveEqualScores() throws IOException {
        Recommender r = create();
        Model model = r.fit(LOG);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.save(bytes);
        Model loaded = r.load(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(loaded.config()).isEqualTo(model.config());
        for (int u = 0; u < 5; u++) {
            double[] a = new double[LOG.videos().size()];
            double[] b = new double[LOG.videos().size()];
            model.scoreAll(u, Context.none(), a);
            loaded.scoreAll(u, Context.none(), b);
            assertThat(b).containsExactly(a);
        }
        byte[] truncated = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
        assertThatThrownBy(() -> r.load(new ByteArrayInputStream(truncated))).isInstanceOf(IOException.class);
    }

    @Test
    void emptyLogIsRefused() {
        InteractionLog empty = InteractionLog.builder().build();
        assertThatThrownBy(() -> create().fit(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void learnsThePlantedTasteGroups() {
        Model model = create().fit(LOG);
        int hits = 0;
        int total = 0;
        for (int u = 0; u < 30; u++) {
            long viewer = LOG.viewers().id(u);
            for (ScoredVideo r : model.recommend(viewer, Context.none(), 5)) {
                total++;
                if (SyntheticLogs.groupOfVideo(r.videoId(), GROUPS) == SyntheticLogs.groupOfViewer(viewer, GROUPS)) {
                    hits++;
                }
            }
        }
        assertThat(total).isPositive();
        assertThat((double) hits / total).as("share of own-group recommendations").isGreaterThan(minimumGroupShare());
    }

    /** The share of own-group recommendations the model must beat (chance is 1/3). */
    protected double minimumGroupShare() {
        return 0.6;
    }
}
