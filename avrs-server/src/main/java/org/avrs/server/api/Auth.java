package org.avrs.server.api;

import io.javalin.http.Context;
import java.util.Locale;
import org.avrs.server.service.ViewerService;
import org.avrs.server.store.Viewer;

/**
 * Bearer-token authentication of {@link Access#VIEWER} routes: the viewer the token belongs to becomes
 * the request's viewer, and handlers act on that viewer's data only.
 */
final class Auth {

    private static final String VIEWER = "avrs.viewer";
    private static final String SCHEME = "bearer ";

    private final ViewerService viewers;

    Auth(ViewerService viewers) {
        this.viewers = viewers;
    }

    /** @throws ApiException 401 for a missing, malformed or unknown token */
    void authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"avrs\"");
            throw new ApiException(401, "Unauthorized", "this call needs 'Authorization: Bearer <token>'; "
                    + "POST /api/viewers gives a token");
        }
        String token = header.length() > SCHEME.length() && header.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT)
                .equals(SCHEME) ? header.substring(SCHEME.length()).strip() : null;
        Viewer viewer = token == null ? null : viewers.authenticate(token).orElse(null);
        if (viewer == null) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"avrs\", error=\"invalid_token\"");
            throw new ApiException(401, "Unauthorized", "the bearer token is malformed, unknown or erased");
        }
        ctx.attribute(VIEWER, viewer);
    }

    /** The authenticated viewer of a {@link Access#VIEWER} route. */
    static Viewer viewer(Context ctx) {
        Viewer v = ctx.attribute(VIEWER);
        if (v == null) {
            throw new IllegalStateException("route " + ctx.path() + " reads the viewer but is not declared VIEWER");
        }
        return v;
    }
}
