package org.avrs.server.store;

/**
 * The database failed (unreachable, full, a constraint the code did not expect). Not the client's
 * fault: the API answers 503 and logs it.
 */
public final class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
