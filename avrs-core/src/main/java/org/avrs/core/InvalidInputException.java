package org.avrs.core;

import java.util.Objects;

/**
 * Bad input from outside the program: a file, an upload, a request body or a command-line value that
 * cannot be used. The message names the source (file name, upload, …), where in it the problem sits
 * (a header field, a byte offset, a line) and what was expected, so that a user can fix it without a
 * stack trace. The CLI maps it to exit code 3, the server to a 4xx problem response.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String location;

    /**
     * @param source what was read, e.g. a file name; never null
     * @param location where in it, e.g. {@code "header field 'numberOfSignals' (offset 252)"}, or null
     * @param problem what is wrong and what was expected
     */
    public InvalidInputException(String source, String location, String problem) {
        this(source, location, problem, null);
    }

    public InvalidInputException(String source, String location, String problem, Throwable cause) {
        super(format(source, location, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.location = location;
    }

    private static String format(String source, String location, String problem) {
        return location == null || location.isEmpty()
                ? source + ": " + problem
                : source + ": " + location + ": " + problem;
    }

    /** The file or stream the bad input came from. */
    public String source() {
        return source;
    }

    /** Where in the source the problem was found, or null when it concerns the whole source. */
    public String location() {
        return location;
    }
}
