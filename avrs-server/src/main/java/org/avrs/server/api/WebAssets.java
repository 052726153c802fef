package org.avrs.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web UI's files, read from the jar once at start and served by name: a fixed list, so that no
 * request path is ever resolved against a folder (nothing to traverse, no CDN, no network).
 */
final class WebAssets {

    /** The classpath folder of the web UI. */
    static final String ROOT = "/org/avrs/server/web/";

    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "api.js", "text/javascript; charset=utf-8",
            "chart.js", "text/javascript; charset=utf-8",
            "wav.js", "text/javascript; charset=utf-8");

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    WebAssets() {
        for (String name : TYPES.keySet()) {
            try (InputStream in = WebAssets.class.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    throw new IllegalStateException("web asset " + name + " is missing from the build");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read web asset " + name, e);
            }
        }
    }

    void index(Context ctx) {
        send(ctx, "index.html");
    }

    void file(Context ctx) {
        String name = ctx.pathParam("file");
        if (!files.containsKey(name)) {
            throw new ApiException(404, "Not found", "no resource at " + ctx.path());
        }
        send(ctx, name);
    }

    private void send(Context ctx, String name) {
        ctx.header("Cache-Control", "no-cache").contentType(TYPES.get(name)).result(files.get(name));
    }
}
