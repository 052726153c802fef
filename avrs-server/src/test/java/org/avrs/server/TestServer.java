package org.avrs.server;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** A server started on a fresh database and a free loopback port, for one test class. */
public record TestServer(AvrsServer server, TestDatabases.Fresh database, ApiClient anonymous) implements AutoCloseable {

    /** Starts on a fresh database of a kind, with the demo resources and default config. */
    public static TestServer start(TestDatabases.Kind kind, Path tempDir) {
        return start(kind, tempDir, UnaryOperator.identity());
    }

    /** Starts with a config derived from the defaults (port and database are set here). */
    public static TestServer start(TestDatabases.Kind kind, Path tempDir, UnaryOperator<ServerConfig> tune) {
        return start(kind, tempDir, tune, TestResources.demo());
    }

    /** Starts with other resources (e.g. the demo ones with an EEG model). */
    public static TestServer start(TestDatabases.Kind kind, Path tempDir, UnaryOperator<ServerConfig> tune,
            ServerResources resources) {
        TestDatabases.Fresh db = TestDatabases.fresh(kind, tempDir);
        try {
            ServerConfig config = tune.apply(ServerConfig.defaults().withRefitDelayMillis(0)).withPort(0)
                    .withDatabase(db.url());
            AvrsServer server = AvrsServer.start(config, resources);
            return new TestServer(server, db, new ApiClient(server.url(), null));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Runs read-only work directly on the server's database (a connection of its own). */
    public <T> T query(org.avrs.server.store.Database.Work<T> work) {
        try (org.avrs.server.store.Database db = org.avrs.server.store.Database.open(
                new org.avrs.server.store.Database.Config(database.url(), 1, 10_000))) {
            return db.read(work);
        }
    }

    /** A count from the server's database, e.g. {@code SELECT COUNT(*) FROM signals WHERE session_id = ?}. */
    public long count(String sql, Object... params) {
        return query(c -> {
            try (java.sql.PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    p.setObject(i + 1, params[i]);
                }
                try (java.sql.ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    /** A client for a newly registered viewer. */
    public ApiClient viewer() {
        return anonymous.newViewer(false);
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
