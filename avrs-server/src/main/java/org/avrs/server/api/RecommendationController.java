package org.avrs.server.api;

import io.javalin.http.Context;
import org.avrs.recommend.MoodStrategy;
import org.avrs.server.recommend.PersonalRecommendations;

/** Recommendations for the token's viewer from their current affect and history. */
final class RecommendationController {

    private final PersonalRecommendations recommendations;

    RecommendationController(PersonalRecommendations recommendations) {
        this.recommendations = recommendations;
    }

    void get(Context ctx) {
        int k = Params.integer(ctx, "k", 10, 1, 50);
        MoodStrategy strategy = Params.strategy(ctx, MoodStrategy.CONGRUENT);
        ctx.json(Views.RecommendationsView.of(recommendations.recommend(Auth.viewer(ctx).id(), strategy, k)));
    }
}
