package org.avrs.server;

import java.util.Objects;
import org.avrs.server.api.ApiLimits;
import org.avrs.server.service.AffectNow;
import org.avrs.server.store.Dialect;

/**
 * How the service runs.
 *
 * @param host the address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface)
 * @param port the TCP port, 0 for any free one
 * @param databaseUrl {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DB?user=…&password=…}
 * @param databasePool database connections kept open, ≥ 1
 * @param limits request limits
 * @param affectNow how the current affect is fused from the timeline
 * @param refitDelayMillis how long a recommender refit waits for more ratings, ≥ 0
 * @param maxSpeakers viewers whose speaker normalisation stays in memory, ≥ 1
 * @param heartbeatSeconds seconds between keep-alive comments on live streams, ≥ 1
 */
public record ServerConfig(String host, int port, String databaseUrl, int databasePool, ApiLimits limits,
        AffectNow affectNow, long refitDelayMillis, int maxSpeakers, int heartbeatSeconds) {

    /** The default database: an SQLite file in the data folder. */
    public static final String DEFAULT_DATABASE = "jdbc:sqlite:avrs-data/avrs.db";

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " must be in [0, 65535]");
        }
        Dialect.of(databaseUrl);
        if (databasePool < 1) {
            throw new IllegalArgumentException("databasePool " + databasePool + " must be >= 1");
        }
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(affectNow, "affectNow");
        if (refitDelayMillis < 0) {
            throw new IllegalArgumentException("refitDelayMillis " + refitDelayMillis + " must be >= 0");
        }
        if (maxSpeakers < 1) {
            throw new IllegalArgumentException("maxSpeakers " + maxSpeakers + " must be >= 1");
        }
        if (heartbeatSeconds < 1) {
            throw new IllegalArgumentException("heartbeatSeconds " + heartbeatSeconds + " must be >= 1");
        }
    }

    /**
     * 127.0.0.1:8080, {@value #DEFAULT_DATABASE} with 8 connections, {@link ApiLimits#defaults()},
     * {@link AffectNow#defaults()}, refits 2 s after a rating, 10 000 speakers in memory, heartbeat 15 s.
     */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8080, DEFAULT_DATABASE, 8, ApiLimits.defaults(), AffectNow.defaults(),
                2000, 10_000, 15);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, databaseUrl, databasePool, limits, affectNow, refitDelayMillis, maxSpeakers,
                heartbeatSeconds);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, databaseUrl, databasePool, limits, affectNow, refitDelayMillis, maxSpeakers,
                heartbeatSeconds);
    }

    public ServerConfig withDatabase(String url) {
        return new ServerConfig(host, port, url, databasePool, limits, affectNow, refitDelayMillis, maxSpeakers,
                heartbeatSeconds);
    }

    public ServerConfig withRefitDelayMillis(long delay) {
        return new ServerConfig(host, port, databaseUrl, databasePool, limits, affectNow, delay, maxSpeakers,
                heartbeatSeconds);
    }

    public ServerConfig withLimits(ApiLimits newLimits) {
        return new ServerConfig(host, port, databaseUrl, databasePool, newLimits, affectNow, refitDelayMillis, maxSpeakers,
                heartbeatSeconds);
    }
}
