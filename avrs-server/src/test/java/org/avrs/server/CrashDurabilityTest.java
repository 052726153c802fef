package org.avrs.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability on SQLite: the server runs in its own JVM; four clients write timeline entries as fast as
 * they can; the server is killed with SIGKILL in the middle of the burst; after a restart on the same
 * file every write that was acknowledged (201) is there, and {@code PRAGMA integrity_check} says ok.
 * Prints the numbers and writes them to {@code target/durability.txt}.
 */
class CrashDurabilityTest {

    private static final int WRITERS = 4;
    private static final int KILL_AFTER_ACKS = 300;

    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        Path catalog = MiniMovieLens.write(temp.resolve("movielens"));
        Path file = temp.resolve("db").resolve("avrs.db");
        String url = "jdbc:sqlite:" + file;

        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger failed = new AtomicInteger();
        String token;
        String session;
        long burstStart;
        long killedAt;
        Process first = startServer(url, catalog);
        try {
            ApiClient viewer = new ApiClient(listeningUrl(first), null).newViewer(false);
            token = viewer.token();
            session = Fixtures.session(viewer, 1);
            CountDownLatch enough = new CountDownLatch(1);
            Thread[] writers = new Thread[WRITERS];
            burstStart = System.nanoTime();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers[w] = new Thread(() -> {
                    for (int i = 0; ; i++) {
                        try {
                            ApiClient.Response r = viewer.post("/api/sessions/" + session + "/affect", String.format(Locale.ROOT,
                                    "{\"modality\": \"face\", \"source\": \"burst-%d-%d\", \"confidence\": 0.5, "
                                            + "\"vad\": {\"valence\": %.3f, \"arousal\": 0.1}}", writer, i, (i % 200) / 100.0 - 1));
                            if (r.status() == 201) {
                                acknowledged.add(r.string("id"));
                                if (acknowledged.size() >= KILL_AFTER_ACKS) {
                                    enough.countDown();
                                }
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            return; // the server is gone: this request was not acknowledged
                        }
                    }
                }, "burst-writer-" + w);
                writers[w].start();
            }
            assertThat(enough.await(120, TimeUnit.SECONDS)).as("the burst reached " + KILL_AFTER_ACKS + " writes").isTrue();
            first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush, no close
            killedAt = System.nanoTime();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            for (Thread t : writers) {
                t.join(60_000);
            }
        } finally {
            first.destroyForcibly();
        }
        int acked = acknowledged.size();
        assertThat(failed.get()).as("requests answered with an error before the kill").isZero();

        String integrity = integrityCheck(url);
        Process second = startServer(url, catalog);
        try {
            ApiClient viewer = new ApiClient(listeningUrl(second), token);
            JsonNode entries = viewer.get("/api/sessions/" + session + "/timeline").get("entries");
            Set<String> present = new HashSet<>();
            entries.forEach(e -> present.add(e.get("id").asText()));
            double seconds = (killedAt - burstStart) / 1e9;
            String report = String.format(Locale.ROOT, "SQLite WAL durability: %d writers, SIGKILL after %.2f s of burst; "
                    + "%d writes acknowledged (%.0f/s), %d entries present after restart, %d acknowledged missing; "
                    + "PRAGMA integrity_check: %s%n", WRITERS, seconds, acked, acked / seconds, present.size(),
                    acknowledged.stream().filter(id -> !present.contains(id)).count(), integrity);
            System.out.print(report);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "durability.txt"), report);
            assertThat(present).as("every acknowledged write is present").containsAll(acknowledged);
            assertThat(present.size()).as("at most the requests in flight at the kill were written unacknowledged")
                    .isLessThanOrEqualTo(acked + WRITERS);
            assertThat(integrity).isEqualTo("ok");
            assertThat(viewer.get("/api/health").status()).isEqualTo(200);
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String integrityCheck(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            r.next();
            return r.getString(1);
        }
    }

    private static Process startServer(String url, Path catalog) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ServerProcess.class.getName(), url,
                catalog.toString(), TestResources.speechModel().toString())
                .redirectErrorStream(true).start();
    }

    /** Waits for the server's LISTENING line, then keeps draining its output so it never blocks. */
    private static String listeningUrl(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            if (line.startsWith("LISTENING ")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // discard
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                }, "server-output");
                drain.setDaemon(true);
                drain.start();
                return line.substring("LISTENING ".length()).strip();
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("the server process did not start; its output:\n" + seen);
    }
}
