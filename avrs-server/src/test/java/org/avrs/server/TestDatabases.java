package org.avrs.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the storage and API tests run against: SQLite always; PostgreSQL when
 * {@code AVRS_TEST_POSTGRES_URL} names one (.ci/run starts a server and sets it). When the variable is
 * set, an unreachable server fails the tests instead of skipping them. Each PostgreSQL database is a
 * fresh schema, dropped by {@link Fresh#close()}.
 */
public final class TestDatabases {

    /** The environment variable with a PostgreSQL JDBC URL (user and password in its query). */
    public static final String POSTGRES_ENV = "AVRS_TEST_POSTGRES_URL";

    /** The kinds of database. */
    public enum Kind { SQLITE, POSTGRESQL }

    /** A fresh empty database. */
    public record Fresh(Kind kind, String url, Runnable cleanup) implements AutoCloseable {
        @Override
        public void close() {
            cleanup.run();
        }
    }

    private TestDatabases() {
    }

    /** Both kinds, for parameterised tests. */
    public static List<Kind> kinds() {
        return List.of(Kind.SQLITE, Kind.POSTGRESQL);
    }

    /** A fresh database of a kind; PostgreSQL tests are skipped (with the reason printed) when it is not configured. */
    public static Fresh fresh(Kind kind, Path tempDir) {
        return kind == Kind.SQLITE ? sqlite(tempDir) : postgres();
    }

    public static Fresh sqlite(Path tempDir) {
        try {
            Path dir = Files.createTempDirectory(tempDir, "sqlite");
            return new Fresh(Kind.SQLITE, "jdbc:sqlite:" + dir.resolve("avrs.db"), () -> { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Fresh postgres() {
        String base = System.getenv(POSTGRES_ENV);
        if (base == null || base.isBlank()) {
            String reason = "PostgreSQL tests skipped: set " + POSTGRES_ENV
                    + " (e.g. jdbc:postgresql://127.0.0.1:55432/avrs_test?user=avrs&password=avrs; .ci/run does)";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(POSTGRES_ENV + " is set but PostgreSQL is unusable: " + e.getMessage(), e);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new Fresh(Kind.POSTGRESQL, url, () -> {
            try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                System.out.println("could not drop test schema " + schema + ": " + e.getMessage());
            }
        });
    }

    /** Every open fresh database of a test class, closed together. */
    public static final class Pool implements AutoCloseable {
        private final List<Fresh> open = new ArrayList<>();

        public synchronized Fresh add(Fresh f) {
            open.add(f);
            return f;
        }

        @Override
        public synchronized void close() {
            open.forEach(Fresh::close);
            open.clear();
        }
    }
}
