package org.avrs.server;

/**
 * A request the service understood but cannot carry out; the API answers with the kind's status and a
 * problem body whose detail is this message.
 */
public final class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a request cannot be carried out. */
    public enum Kind {
        /** 404: no such resource for this viewer (another viewer's resources are not found either). */
        NOT_FOUND,
        /** 409: the resource is in a state that forbids it (e.g. a signal for an ended session). */
        CONFLICT,
        /** 422: well-formed but refers to something that does not exist (e.g. an unknown video). */
        UNPROCESSABLE,
        /** 501: this build has no recognizer for the signal. */
        NOT_IMPLEMENTED
    }

    private final Kind kind;

    public ServiceException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static ServiceException notFound(String what) {
        return new ServiceException(Kind.NOT_FOUND, what + " not found");
    }
}
