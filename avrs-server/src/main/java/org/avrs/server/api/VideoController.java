package org.avrs.server.api;

import io.javalin.http.Context;
import java.util.Map;
import org.avrs.server.service.CatalogService;
import org.avrs.server.store.VideoStore;

/** The catalog with affective profiles. */
final class VideoController {

    private static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_QUERY = 200;

    private final CatalogService catalog;

    VideoController(CatalogService catalog) {
        this.catalog = catalog;
    }

    void search(Context ctx) {
        String query = Params.text(ctx, "query", MAX_QUERY);
        String genre = Params.text(ctx, "genre", MAX_QUERY);
        int page = Params.integer(ctx, "page", 1, 1, 1_000_000);
        int pageSize = Params.integer(ctx, "pageSize", 24, 1, MAX_PAGE_SIZE);
        VideoStore.Page p = catalog.search(query, genre, page, pageSize);
        ctx.json(new Views.VideoPage(page, pageSize, p.total(), p.items().stream().map(Views.VideoView::of).toList()));
    }

    void get(Context ctx) {
        ctx.json(Views.VideoView.of(catalog.get(videoId(ctx))));
    }

    void genres(Context ctx) {
        ctx.json(Map.of("genres", catalog.genres()));
    }

    private static long videoId(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new ApiException(404, "Not found", "video " + raw + " not found (video ids are integers)");
        }
    }
}
