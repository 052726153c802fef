package org.avrs.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A viewer reaches only their own data: viewer B gets 404 (a problem body, not 403, so that the ids of
 * others' resources are not even confirmed) on every one of viewer A's session resources, changes
 * nothing of A's, and sees none of it in their own listings; without a token every call is 401.
 */
class OwnershipTest {

    static List<TestDatabases.Kind> kinds() {
        return TestDatabases.kinds();
    }

    /** Every call on one session, by name. */
    private static Map<String, BiFunction<ApiClient, String, ApiClient.Response>> sessionCalls() {
        Map<String, BiFunction<ApiClient, String, ApiClient.Response>> calls = new LinkedHashMap<>();
        calls.put("GET session", (c, id) -> c.get("/api/sessions/" + id));
        calls.put("GET timeline", (c, id) -> c.get("/api/sessions/" + id + "/timeline"));
        calls.put("GET events", (c, id) -> c.send(c.request("/api/sessions/" + id + "/events")
                .header("Accept", "text/event-stream").GET()));
        calls.put("POST audio", (c, id) -> c.postBytes("/api/sessions/" + id + "/signals/audio", "audio/wav", Fixtures.clip()));
        calls.put("POST eeg", (c, id) -> c.postBytes("/api/sessions/" + id + "/signals/eeg", "application/octet-stream",
                new byte[256]));
        calls.put("POST affect", (c, id) -> c.post("/api/sessions/" + id + "/affect", Fixtures.SAD));
        calls.put("POST end", (c, id) -> c.post("/api/sessions/" + id + "/end", Fixtures.END_RATED));
        return calls;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void viewerBGets404OnEveryOneOfViewerAsResources(TestDatabases.Kind kind) {
        TestServer server = SharedServers.of(kind);
        ApiClient a = server.viewer();
        ApiClient b = server.viewer();
        String sessionOfA = Fixtures.session(a, 1);
        assertThat(a.postBytes("/api/sessions/" + sessionOfA + "/signals/audio", "audio/wav", Fixtures.clip()).status())
                .isEqualTo(201);

        for (var call : sessionCalls().entrySet()) {
            ApiClient.Response r = call.getValue().apply(b, sessionOfA);
            assertThat(r.status()).as(call.getKey() + " by viewer B: " + r.text()).isEqualTo(404);
            assertThat(r.contentType()).as(call.getKey()).startsWith("application/problem+json");
            assertThat(r.string("detail")).as(call.getKey()).contains("not found");
        }

        ApiClient.Response timeline = a.get("/api/sessions/" + sessionOfA + "/timeline");
        assertThat(timeline.get("entries")).as("B added nothing to A's timeline").hasSize(1);
        assertThat(timeline.get("session").get("state").asText()).as("B did not end A's session").isEqualTo("open");
        assertThat(b.get("/api/sessions").json()).as("B's history is empty").isEmpty();
        ApiClient.Response recsOfB = b.get("/api/recommendations");
        assertThat(recsOfB.get("affect").isNull()).as("B's recommendations ignore A's affect").isTrue();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyViewerCallWithoutAValidTokenIs401(TestDatabases.Kind kind) {
        TestServer server = SharedServers.of(kind);
        String session = Fixtures.session(server.viewer(), 1);
        for (String token : new String[] {null, "avrs_not-a-real-token", "avrs_" + "A".repeat(43)}) {
            ApiClient anonymous = server.anonymous().as(token);
            for (var call : sessionCalls().entrySet()) {
                ApiClient.Response r = call.getValue().apply(anonymous, session);
                assertThat(r.status()).as(call.getKey() + " with token " + token).isEqualTo(401);
            }
            for (String path : List.of("/api/viewers/me", "/api/videos", "/api/recommendations", "/api/sessions")) {
                assertThat(anonymous.get(path).status()).as(path + " with token " + token).isEqualTo(401);
            }
        }
        ApiClient.Response basic = server.anonymous().send(server.anonymous().request("/api/viewers/me")
                .header("Authorization", "Basic dXNlcjpwYXNz").GET());
        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.contentType()).startsWith("application/problem+json");
        HttpRequest.Builder noAuth = server.anonymous().request("/api/health").GET();
        assertThat(server.anonymous().send(noAuth).status()).as("health is public").isEqualTo(200);
    }
}
