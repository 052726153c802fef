package org.avrs.server.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.avrs.core.InvalidInputException;
import org.avrs.server.ServiceException;
import org.avrs.server.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a problem body (RFC 9457): the client's mistakes to 4xx with a detail that says
 * what to fix, the database being unavailable to 503, anything else to 500 (logged; a bug).
 */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.title(), e.getMessage()));
        app.exception(InvalidInputException.class, (e, ctx) -> send(ctx, 400, "Invalid input", e.getMessage()));
        app.exception(ServiceException.class, (e, ctx) -> {
            switch (e.kind()) {
                case NOT_FOUND -> send(ctx, 404, "Not found", e.getMessage());
                case CONFLICT -> send(ctx, 409, "Conflict", e.getMessage());
                case UNPROCESSABLE -> send(ctx, 422, "Unprocessable content", e.getMessage());
                case NOT_IMPLEMENTED -> send(ctx, 501, "Not implemented", e.getMessage());
            }
        });
        app.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), title(e.getStatus()), e.getMessage()));
        app.exception(StorageException.class, (e, ctx) -> {
            LOG.error("storage failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 503, "Service unavailable", "the database is unavailable; try again shortly");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "Internal server error", "an unexpected error occurred; it has been logged");
        });
        for (int status : new int[] {404, 405}) {
            app.error(status, ctx -> {
                String body = ctx.result();
                if (body == null || body.isEmpty()) {
                    send(ctx, status, title(status), status == 404 ? "no resource at " + ctx.path()
                            : ctx.method() + " is not allowed on " + ctx.path());
                }
            });
        }
    }

    static void send(Context ctx, int status, String title, String detail) {
        ctx.status(status);
        ctx.json(Problem.of(status, title, detail, ctx.path()));
        ctx.contentType(Problem.MEDIA_TYPE);
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            default -> status >= 500 ? "Server error" : "Request refused";
        };
    }
}
