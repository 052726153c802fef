package org.avrs.server;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a server in its own JVM for tests that kill it: {@code ServerProcess DB_URL MOVIELENS_DIR MODEL},
 * on a free loopback port; prints {@code LISTENING <url>} once it serves, then runs until killed.
 */
public final class ServerProcess {

    private ServerProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        ServerConfig config = ServerConfig.defaults().withPort(0).withDatabase(args[0]);
        AvrsServer server = AvrsServer.start(config, ServerResources.load(Path.of(args[1]), Path.of(args[2])));
        System.out.println("LISTENING " + server.url());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
