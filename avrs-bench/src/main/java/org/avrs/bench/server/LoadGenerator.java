package org.avrs.bench.server;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Drives HTTP requests on loopback. Open loop: requests are issued on a fixed schedule whatever the
 * server's pace, and each latency is measured from the request's scheduled start (so a stalled server is
 * charged for the requests that queued behind it — no coordinated omission). Closed loop: {@code n}
 * clients each send the next request when the previous one answers (for the largest throughput).
 */
final class LoadGenerator {

    /** Sending threads of an open-loop phase. */
    static final int SENDERS = 64;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /**
     * Sends {@code rate} requests a second for {@code seconds}; request i is {@code request.apply(i)}. The
     * requests are handed, at their scheduled times, to {@value #SENDERS} sending threads (one keep-alive
     * connection each); when the server is slower than the schedule they wait in a queue, and that wait
     * counts in their latency. A response other than {@code okStatus} counts as an error.
     */
    Latencies openLoop(double rate, double seconds, int okStatus, IntFunction<HttpRequest> request) {
        Latencies lat = new Latencies();
        long interval = (long) (1e9 / rate);
        int total = (int) Math.round(rate * seconds);
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest r = request.apply(i);
            senders.execute(() -> send(lat, r, scheduled, okStatus));
        }
        senders.shutdown();
        try {
            senders.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return lat;
    }

    /** {@code clients} concurrent clients, each sending back to back for {@code seconds}. */
    Latencies closedLoop(int clients, double seconds, int okStatus, IntFunction<HttpRequest> request) {
        Latencies lat = new Latencies();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        Thread[] threads = new Thread[clients];
        for (int t = 0; t < clients; t++) {
            int client = t;
            threads[t] = new Thread(() -> {
                for (int i = client; System.nanoTime() < end; i += clients) {
                    send(lat, request.apply(i), System.nanoTime(), okStatus);
                }
            }, "load-client-" + t);
            threads[t].start();
        }
        for (Thread t : threads) {
            try {
                t.join(TimeUnit.SECONDS.toMillis((long) seconds + 60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return lat;
    }

    /** Sends one request and records its latency from {@code since}, or an error. */
    private void send(Latencies lat, HttpRequest r, long since, int okStatus) {
        try {
            HttpResponse<byte[]> response = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == okStatus) {
                lat.add(System.nanoTime() - since);
            } else {
                lat.error();
            }
        } catch (Exception e) {
            lat.error();
        }
    }
}
