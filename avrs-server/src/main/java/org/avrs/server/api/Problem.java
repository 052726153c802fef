package org.avrs.server.api;

/**
 * An error response body as RFC 9457 ("Problem Details for HTTP APIs") defines it, sent as
 * {@code application/problem+json}. The type is {@code about:blank}: the status and the title say what
 * kind of problem it is, the detail says what exactly was wrong with this request.
 *
 * @param instance the request path
 */
public record Problem(String type, String title, int status, String detail, String instance) {

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem("about:blank", title, status, detail, instance);
    }
}
