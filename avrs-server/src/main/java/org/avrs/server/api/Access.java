package org.avrs.server.api;

import io.javalin.security.RouteRole;

/** Who may call a route. */
public enum Access implements RouteRole {
    /** Anyone (health, the OpenAPI file, registration). */
    ANYONE,
    /** A viewer with a valid bearer token; handlers then see only that viewer's data. */
    VIEWER
}
