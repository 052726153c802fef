package org.avrs.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for the API in tests: JSON in, status + headers + JSON out. */
public final class ApiClient {

    /** A response: status, content type and the body parsed as JSON (null when empty or not JSON). */
    public record Response(int status, String contentType, String text, JsonNode json) {
        public JsonNode get(String field) {
            return json == null ? null : json.get(field);
        }

        public String string(String field) {
            JsonNode n = get(field);
            return n == null || n.isNull() ? null : n.asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    public ApiClient(String base, String token) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = token;
    }

    /** A client for the same server with another token (null: none). */
    public ApiClient as(String otherToken) {
        return new ApiClient(base, otherToken);
    }

    /** Registers a viewer and returns a client with their token. */
    public ApiClient newViewer(boolean keepRawSignals) {
        Response r = as(null).post("/api/viewers", "{\"keepRawSignals\": " + keepRawSignals + "}");
        if (r.status() != 201) {
            throw new IllegalStateException("registration failed: " + r);
        }
        return as(r.string("token"));
    }

    public String token() {
        return token;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response postBytes(String path, String contentType, byte[] body) {
        HttpRequest.Builder b = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    /** Sends a custom request built on this client's base URL and token. */
    public Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode json = null;
            if (type.contains("json") && !r.body().isEmpty()) {
                json = JSON.readTree(r.body());
            }
            return new Response(r.statusCode(), type, r.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    public HttpClient http() {
        return http;
    }

    public String base() {
        return base;
    }
}
