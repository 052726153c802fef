package org.avrs.server.api;

/** A request the API refuses, with the status and the problem's title and detail (RFC 9457). */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    public ApiException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad request", detail);
    }

    static ApiException invalidField(String field, String problem) {
        return new ApiException(400, "Invalid field", field + ": " + problem);
    }
}
