package org.avrs.server.store;

import java.util.Locale;

/**
 * The SQL databases AVRS stores its data in. One schema serves both: the migrations name column types
 * through placeholders ({@code ${blob}}, {@code ${double}}) that each dialect spells its own way, and
 * every other statement is plain SQL both accept.
 */
public enum Dialect {
    /** Embedded SQLite (the default), in WAL mode with full synchronous commits. */
    SQLITE("BLOB", "REAL"),
    /** PostgreSQL 12 or newer. */
    POSTGRESQL("BYTEA", "DOUBLE PRECISION");

    private final String blobType;
    private final String doubleType;

    Dialect(String blobType, String doubleType) {
        this.blobType = blobType;
        this.doubleType = doubleType;
    }

    /**
     * The dialect of a JDBC URL.
     *
     * @throws IllegalArgumentException for a URL of another database
     */
    public static Dialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("database URL '" + jdbcUrl
                + "' is neither jdbc:sqlite:FILE nor jdbc:postgresql://HOST/DB");
    }

    /** A migration's text with this dialect's column types in place of the placeholders. */
    String expand(String sql) {
        return sql.replace("${blob}", blobType).replace("${double}", doubleType);
    }
}
