package org.avrs.recommend.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.avrs.recommend.RecommenderContract;
import org.avrs.recommend.data.InteractionLog;
import org.avrs.recommend.data.TrainTest;
import org.junit.jupiter.api.Test;

class SplitsTest {

    private static final InteractionLog LOG = RecommenderContract.logForTests();

    @Test
    void holdoutKeepsEveryViewerOnBothSidesWithTheRequestedShare() {
        TrainTest t = Splits.holdout(LOG, 0.2, 1);
        assertThat(t.train().size() + t.test().size()).isEqualTo(LOG.size());
        for (int u = 0; u < LOG.viewers().size(); u++) {
            assertThat(t.test().byViewer().count(u)).isEqualTo(Math.round(0.2 * LOG.byViewer().count(u)));
            assertThat(t.train().byViewer().count(u)).isPositive();
        }
        assertThat(Splits.holdout(LOG, 0.2, 1).test().viewer(3)).isEqualTo(t.test().viewer(3));
    }

    @Test
    void leaveLastOutTakesEachViewersLatestInteraction() {
        TrainTest t = Splits.leaveLastOut(LOG);
        assertThat(t.test().size()).isEqualTo(LOG.viewers().size());
        for (int r = 0; r < t.test().size(); r++) {
            int u = t.test().viewer(r);
            for (int p = t.train().byViewer().start(u); p < t.train().byViewer().end(u); p++) {
                assertThat(t.train().time(t.train().byViewer().logRow(p))).isLessThanOrEqualTo(t.test().time(r));
            }
        }
    }

    @Test
    void kFoldTestPartsPartitionTheLog() {
        List<TrainTest> folds = Splits.kFold(LOG, 5, 2);
        assertThat(folds).hasSize(5);
        assertThat(folds.stream().mapToInt(f -> f.test().size()).sum()).isEqualTo(LOG.size());
    }

    @Test
    void coldStartSplitsPutWholeViewersOrVideosInTest() {
        TrainTest users = Splits.coldStartViewers(LOG, 0.25, 3);
        Set<Integer> testViewers = new HashSet<>();
        for (int r = 0; r < users.test().size(); r++) {
            testViewers.add(users.test().viewer(r));
        }
        assertThat(testViewers).hasSize(15);
        for (int u : testViewers) {
            assertThat(users.train().byViewer().count(u)).isZero();
        }
        TrainTest items = Splits.coldStartVideos(LOG, 0.2, 3);
        for (int r = 0; r < items.test().size(); r++) {
            assertThat(items.train().byVideo().count(items.test().video(r))).isZero();
        }
    }

    @Test
    void protocolsByNameAndErrors() {
        assertThat(Splits.byName("kfold:3", LOG, 1)).hasSize(3);
        assertThat(Splits.byName("loo", LOG, 1)).hasSize(1);
        assertThatThrownBy(() -> Splits.byName("holdout:x", LOG, 1)).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Splits.byName("bogus", LOG, 1)).hasMessageContaining("unknown protocol")
                .hasMessageContaining("kfold:K");
        assertThatThrownBy(() -> Splits.holdout(LOG, 1.5, 1)).hasMessageContaining("(0, 1)");
    }
}
