package org.avrs.server.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.util.List;
import org.avrs.server.live.LiveEvents;
import org.avrs.server.recommend.PersonalRecommendations;
import org.avrs.server.recommend.RecommendationService;
import org.avrs.server.service.CatalogService;
import org.avrs.server.service.SessionService;
import org.avrs.server.service.ViewerService;
import org.avrs.server.store.Database;

/** The HTTP side: JSON mapping, limits, routes, errors, security headers and the web UI's files. */
public final class Api {

    /** Everything the handlers call. */
    public record Services(Database db, ViewerService viewers, CatalogService catalog, SessionService sessions,
            PersonalRecommendations recommendations, RecommendationService recommender, LiveEvents live,
            String speechModel) {
    }

    /** No script, style, image or connection from elsewhere; microphone blobs stay local. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "media-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private static final int MAX_THREADS = Math.max(32, 16 * Runtime.getRuntime().availableProcessors());
    private static final int MIN_THREADS = 8;

    private Api() {
    }

    /** Configures Javalin for the API and the web UI (call inside {@code Javalin.create}). */
    public static void configure(JavalinConfig config, ApiLimits limits) {
        config.showJavalinBanner = false;
        config.jsonMapper(new JavalinJackson(Json.mapper(), false));
        config.http.maxRequestSize = limits.maxBodyBytes();
        // A few dozen threads keep a small machine busy; hundreds would only take turns on its cores
        // (event streams do not hold a thread: they are asynchronous).
        config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, 60_000);
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
        config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JettyProblems()));
    }

    /**
     * Refuses paths with '.' or '..' segments (also percent-encoded) before any route or file lookup: the
     * static file handler would otherwise fail on them with a 500.
     */
    private static void refuseDotSegments(io.javalin.http.Context ctx) {
        String raw = ctx.req().getRequestURI().toLowerCase(java.util.Locale.ROOT).replace("%2e", ".");
        for (String segment : raw.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                throw ApiException.badRequest("the path " + ctx.req().getRequestURI() + " has '.' or '..' segments");
            }
        }
    }

    /** Declares the routes, authentication, error mapping and response headers. */
    public static void install(Javalin app, Services s, ApiLimits limits) {
        Bodies bodies = new Bodies(Json.mapper());
        LiveFeed feed = new LiveFeed(s.live(), s.sessions(), s.recommendations());
        List<Routes.Route> routes = Routes.table(
                new HealthController(s.db(), s.catalog(), s.recommender(), s.live(), s.speechModel()),
                new ViewerController(s.viewers(), s.live(), bodies, limits.maxJsonBytes()),
                new VideoController(s.catalog()),
                new SessionController(s.sessions(), feed, bodies, limits),
                feed,
                new RecommendationController(s.recommendations()),
                new WebAssets());
        app.before(Api::refuseDotSegments);
        Routes.register(app, routes, new Auth(s.viewers()));
        ApiErrors.install(app);
        app.after(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        });
    }
}
