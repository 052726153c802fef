package org.avrs.server.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.avrs.recommend.Context;
import org.avrs.recommend.algo.ItemKnn;
import org.avrs.recommend.engine.Recommendation;
import org.avrs.server.TestResources;
import org.avrs.server.store.ViewerInteraction;
import org.junit.jupiter.api.Test;

/** The adapter between service viewers and the recommender, on the demo MovieLens data. */
class RecommendationServiceTest {

    private static RecommendationService service(List<ViewerInteraction> ratings) {
        CatalogData data = TestResources.demo().catalog();
        ItemKnn knn = new ItemKnn(ItemKnn.Config.defaults());
        return new RecommendationService(data.catalog(), data.profiles(), data.ratings(), knn, () -> data.baseModel(knn),
                () -> List.copyOf(ratings), 0);
    }

    @Test
    void aViewerWithoutRatingsGetsPopularVideosAndOneWithRatingsGetsTheirOwn() {
        List<ViewerInteraction> ratings = new CopyOnWriteArrayList<>();
        try (RecommendationService s = service(ratings)) {
            RecommendationService.Result cold = s.recommend("vw_new", Context.none(), 5, Set.of());
            assertThat(cold.basis()).isEqualTo("popular");
            assertThat(cold.items()).hasSize(5);
            assertThat(s.status().serviceRatings()).isZero();

            // Star Wars IV, V, VI rated 5: the viewer's history should lead to science fiction
            for (long video : new long[] {260, 1196, 1210}) {
                ratings.add(new ViewerInteraction("vw_fan", "se_x", video, 5.0, 7000, false, 1_700_000_000_000L));
            }
            s.refreshNow();
            assertThat(s.status().serviceRatings()).isEqualTo(3);
            assertThat(s.status().version()).isEqualTo(2);
            RecommendationService.Result warm = s.recommend("vw_fan", Context.none(), 10, Set.of());
            assertThat(warm.basis()).isEqualTo("history");
            assertThat(warm.items()).extracting(Recommendation::videoId).doesNotContain(260L, 1196L, 1210L);
            assertThat(warm.items()).extracting(Recommendation::explanation).anyMatch(e -> e.contains("you rated 5"));
            assertThat(s.recommend("vw_new", Context.none(), 5, Set.of()).basis()).as("others stay cold").isEqualTo("popular");
        }
    }

    @Test
    void excludedVideosAreLeftOutAndTheListIsStillFull() {
        try (RecommendationService s = service(List.of())) {
            List<Recommendation> all = s.recommend("vw_a", Context.none(), 10, Set.of()).items();
            Set<Long> exclude = Set.of(all.get(0).videoId(), all.get(3).videoId());
            List<Recommendation> rest = s.recommend("vw_a", Context.none(), 10, exclude).items();
            assertThat(rest).hasSize(10);
            assertThat(rest).extracting(Recommendation::videoId).doesNotContainAnyElementsOf(exclude);
        }
    }

    @Test
    void aRequestedRefreshHappensInTheBackground() throws Exception {
        List<ViewerInteraction> ratings = new CopyOnWriteArrayList<>();
        try (RecommendationService s = service(ratings)) {
            ratings.add(new ViewerInteraction("vw_b", "se_y", 1, 4.0, 100, false, 1_700_000_000_000L));
            s.requestRefresh();
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (s.status().serviceRatings() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(s.status().serviceRatings()).isEqualTo(1);
            assertThat(s.status().refitPending()).isFalse();
        }
    }

    @Test
    void serviceViewerIdsStayClearOfTheBaseData() {
        long[] ids = TestResources.demo().catalog().ratings().viewers().ids();
        assertThat(java.util.Arrays.stream(ids).max().orElseThrow()).isLessThan(RecommendationService.FIRST_SERVICE_VIEWER);
    }
}
