package org.avrs.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.avrs.core.AvrsVersion;
import org.avrs.server.live.LiveEvents;
import org.avrs.server.recommend.RecommendationService;
import org.avrs.server.service.CatalogService;
import org.avrs.server.store.Database;
import org.avrs.server.store.Migrations;

/** Health and the OpenAPI description. */
final class HealthController {

    private final Database db;
    private final CatalogService catalog;
    private final RecommendationService recommender;
    private final LiveEvents live;
    private final String speechModel;
    private final String openApi;

    HealthController(Database db, CatalogService catalog, RecommendationService recommender, LiveEvents live,
            String speechModel) {
        this.db = db;
        this.catalog = catalog;
        this.recommender = recommender;
        this.live = live;
        this.speechModel = speechModel;
        this.openApi = openApiText();
    }

    void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("version", AvrsVersion.get());
        body.put("database", Map.of("dialect", db.dialect().name().toLowerCase(java.util.Locale.ROOT),
                "schemaVersion", Migrations.currentVersion(db)));
        body.put("videos", catalog.size());
        body.put("speechModel", speechModel);
        RecommendationService.Status s = recommender.status();
        body.put("recommender", Map.of("version", s.version(), "fittedAt", s.fittedAt().toString(),
                "baseRatings", s.baseRatings(), "serviceRatings", s.serviceRatings(), "refitPending", s.refitPending()));
        body.put("liveStreams", live.subscribers());
        ctx.json(body);
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    /** The OpenAPI file shipped in the jar. */
    static String openApiText() {
        try (InputStream in = HealthController.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read openapi.json", e);
        }
    }
}
