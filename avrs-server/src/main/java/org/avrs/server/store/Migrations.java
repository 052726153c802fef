package org.avrs.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations, applied in order at start, each in its own transaction and recorded in
 * {@code schema_migrations}. A migration is an SQL resource {@code migrations/V<n>__<name>.sql} beside
 * this class; statements are separated by semicolons at line ends and use {@link Dialect} placeholders
 * for the column types that differ. Applied migrations are never edited: a change is a new one.
 */
public final class Migrations {

    /** Every migration, oldest first; the position + 1 is the version. */
    static final List<String> ALL = List.of("V1__initial_schema.sql");

    private Migrations() {
    }

    /** The schema version this build writes. */
    public static int latestVersion() {
        return ALL.size();
    }

    /**
     * Applies the migrations the database lacks.
     *
     * @throws StorageException if one fails, or the database is newer than this build
     */
    static void apply(Database db) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                        + "name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
            }
            return null;
        });
        int current = currentVersion(db);
        if (current > ALL.size()) {
            throw new StorageException("database " + db.describe() + " has schema version " + current
                    + ", newer than this AVRS build (" + ALL.size() + "); use a newer AVRS", null);
        }
        for (int v = current + 1; v <= ALL.size(); v++) {
            String name = ALL.get(v - 1);
            String sql = db.dialect().expand(resource(name));
            int version = v;
            db.write(c -> {
                run(c, name, sql);
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, version);
                    p.setString(2, name);
                    p.setLong(3, System.currentTimeMillis());
                    p.executeUpdate();
                }
                return null;
            });
        }
    }

    /** The highest applied version, 0 for a new database. */
    public static int currentVersion(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    private static void run(Connection c, String name, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : sql.split(";\\s*(\\R|$)")) {
                String trimmed = stripComments(statement).strip();
                if (!trimmed.isEmpty()) {
                    try {
                        s.execute(trimmed);
                    } catch (SQLException e) {
                        throw new SQLException("migration " + name + ": " + e.getMessage() + " in: " + trimmed,
                                e.getSQLState(), e);
                    }
                }
            }
        }
    }

    private static String stripComments(String statement) {
        StringBuilder out = new StringBuilder();
        for (String line : statement.split("\\R")) {
            if (!line.strip().startsWith("--")) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) {
                throw new IllegalStateException("migration resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
