package org.avrs.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * One running server per database kind for the whole test JVM, shared by the API test classes (each
 * test registers its own viewers, so they do not see each other's data). Stopped when the JVM exits.
 */
public final class SharedServers {

    private static final Map<TestDatabases.Kind, TestServer> SERVERS = new EnumMap<>(TestDatabases.Kind.class);
    private static Path temp;

    private SharedServers() {
    }

    /** The shared server on a database of this kind (PostgreSQL: skipped when not configured). */
    public static synchronized TestServer of(TestDatabases.Kind kind) {
        TestServer s = SERVERS.get(kind);
        if (s == null) {
            s = TestServer.start(kind, temp());
            SERVERS.put(kind, s);
        }
        return s;
    }

    private static Path temp() {
        if (temp == null) {
            try {
                temp = Files.createTempDirectory("avrs-server-tests");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(SharedServers::stopAll, "avrs-test-servers-stop"));
        }
        return temp;
    }

    private static synchronized void stopAll() {
        SERVERS.values().forEach(TestServer::close);
        SERVERS.clear();
    }
}
