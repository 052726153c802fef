package org.avrs.server.api;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/** Every route, in one place: method, path, who may call it, and the handler (the API, then the web UI). */
final class Routes {

    /** One route. */
    record Route(HandlerType method, String path, Access access, Handler handler) {
    }

    private Routes() {
    }

    static List<Route> table(HealthController health, ViewerController viewers, VideoController videos,
            SessionController sessions, LiveFeed live, RecommendationController recommendations, WebAssets web) {
        return List.of(
                new Route(HandlerType.GET, "/api/health", Access.ANYONE, health::health),
                new Route(HandlerType.GET, "/api/openapi.json", Access.ANYONE, health::openApi),
                new Route(HandlerType.POST, "/api/viewers", Access.ANYONE, viewers::register),
                new Route(HandlerType.GET, "/api/viewers/me", Access.VIEWER, viewers::me),
                new Route(HandlerType.PUT, "/api/viewers/me/consent", Access.VIEWER, viewers::consent),
                new Route(HandlerType.DELETE, "/api/viewers/me", Access.VIEWER, viewers::erase),
                new Route(HandlerType.GET, "/api/videos", Access.VIEWER, videos::search),
                new Route(HandlerType.GET, "/api/videos/{id}", Access.VIEWER, videos::get),
                new Route(HandlerType.GET, "/api/genres", Access.VIEWER, videos::genres),
                new Route(HandlerType.POST, "/api/sessions", Access.VIEWER, sessions::start),
                new Route(HandlerType.GET, "/api/sessions", Access.VIEWER, sessions::list),
                new Route(HandlerType.GET, "/api/sessions/{id}", Access.VIEWER, sessions::get),
                new Route(HandlerType.POST, "/api/sessions/{id}/signals/{kind}", Access.VIEWER, sessions::signal),
                new Route(HandlerType.POST, "/api/sessions/{id}/affect", Access.VIEWER, sessions::affect),
                new Route(HandlerType.POST, "/api/sessions/{id}/end", Access.VIEWER, sessions::end),
                new Route(HandlerType.GET, "/api/sessions/{id}/timeline", Access.VIEWER, sessions::timeline),
                new Route(HandlerType.GET, "/api/sessions/{id}/events", Access.VIEWER, live::stream),
                new Route(HandlerType.GET, "/api/recommendations", Access.VIEWER, recommendations::get),
                new Route(HandlerType.GET, "/", Access.ANYONE, web::index),
                new Route(HandlerType.GET, "/{file}", Access.ANYONE, web::file));
    }

    static void register(Javalin app, List<Route> routes, Auth auth) {
        app.beforeMatched(ctx -> {
            if (ctx.routeRoles().contains(Access.VIEWER)) {
                auth.authenticate(ctx);
            }
        });
        for (Route r : routes) {
            app.addHttpHandler(r.method(), r.path(), r.handler(), r.access());
        }
    }
}
