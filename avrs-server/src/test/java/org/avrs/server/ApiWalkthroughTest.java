package org.avrs.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API end to end on both databases: a viewer registers, browses the catalog, watches with voice
 * clips and a mood report, ends with a rating, gets recommendations from affect and then from history,
 * and erases everything.
 */
class ApiWalkthroughTest {

    static java.util.List<TestDatabases.Kind> kinds() {
        return TestDatabases.kinds();
    }

    private static TestServer server(TestDatabases.Kind kind) {
        return SharedServers.of(kind);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void healthNamesTheDatabaseAndTheCatalog(TestDatabases.Kind kind) {
        ApiClient.Response r = server(kind).anonymous().get("/api/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.get("database").get("dialect").asText()).isEqualTo(kind.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(r.get("database").get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(r.get("videos").asInt()).isEqualTo(9742);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aViewerWatchesFeelsRatesAndErases(TestDatabases.Kind kind) throws Exception {
        ApiClient a = server(kind).viewer();

        ApiClient.Response page = a.get("/api/videos?query=toy%20story&genre=Animation");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.get("total").asInt()).isEqualTo(3);
        JsonNode toyStory = page.get("items").get(0);
        assertThat(toyStory.get("title").asText()).isEqualTo("Toy Story");
        assertThat(toyStory.get("profile").get("valence").asDouble()).isBetween(-1.0, 1.0);

        ApiClient.Response cold = a.get("/api/recommendations?k=5");
        assertThat(cold.status()).isEqualTo(200);
        assertThat(cold.string("basis")).isEqualTo("popular");
        assertThat(cold.get("affect").isNull()).isTrue();
        assertThat(cold.get("items")).hasSize(5);

        ApiClient.Response session = a.post("/api/sessions", "{\"videoId\": 1}");
        assertThat(session.status()).isEqualTo(201);
        String id = session.string("id");
        assertThat(session.string("state")).isEqualTo("open");

        byte[] clip = Files.readAllBytes(TestResources.viewerClip("viewer-fast-loud.wav"));
        ApiClient.Response heard = a.postBytes("/api/sessions/" + id + "/signals/audio", "audio/wav", clip);
        assertThat(heard.status()).as(heard.text()).isEqualTo(201);
        assertThat(heard.string("modality")).isEqualTo("speech");
        assertThat(heard.string("source")).isEqualTo("speech/speech-emodb-svm.avrs");
        JsonNode dist = heard.get("affect").get("distribution");
        assertThat(dist.size()).isEqualTo(7);
        double sum = 0;
        for (JsonNode p : dist) {
            sum += p.asDouble();
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(heard.get("rawSignalKept").asBoolean()).isFalse();
        assertThat(server(kind).count("SELECT COUNT(*) FROM signals WHERE session_id = ?", id))
                .as("no raw audio kept without consent").isZero();

        ApiClient.Response mood = a.post("/api/sessions/" + id + "/affect",
                "{\"modality\": \"self_report\", \"distribution\": {\"sadness\": 1}}");
        assertThat(mood.status()).as(mood.text()).isEqualTo(201);
        assertThat(mood.get("affect").get("dominant").asText()).isEqualTo("sadness");

        ApiClient.Response timeline = a.get("/api/sessions/" + id + "/timeline");
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.get("entries")).hasSize(2);
        assertThat(timeline.get("current").get("confidence").asDouble()).isGreaterThan(0);

        ApiClient.Response regulate = a.get("/api/recommendations?k=10&strategy=regulate");
        assertThat(regulate.status()).isEqualTo(200);
        assertThat(regulate.string("strategy")).isEqualTo("regulate");
        assertThat(regulate.get("affect").get("valence").asDouble()).isLessThan(0);
        assertThat(regulate.get("items").get(0).get("explanation").asText()).startsWith("you seem");
        for (JsonNode item : regulate.get("items")) {
            assertThat(item.get("videoId").asLong()).as("the video being watched is not recommended").isNotEqualTo(1);
        }

        ApiClient.Response ended = a.post("/api/sessions/" + id + "/end",
                "{\"watchedSeconds\": 5400, \"skipped\": false, \"rating\": 5}");
        assertThat(ended.status()).as(ended.text()).isEqualTo(200);
        assertThat(ended.string("state")).isEqualTo("ended");
        assertThat(a.post("/api/sessions/" + id + "/end", "{\"watchedSeconds\": 1}").status()).isEqualTo(409);

        server(kind).server().recommender().refreshNow();
        ApiClient.Response warm = a.get("/api/recommendations?k=10");
        assertThat(warm.string("basis")).isEqualTo("history");
        assertThat(warm.get("items").toString()).contains("you rated 5");

        ApiClient.Response history = a.get("/api/sessions");
        assertThat(history.json()).hasSize(1);

        ApiClient.Response erased = a.delete("/api/viewers/me");
        assertThat(erased.status()).isEqualTo(200);
        JsonNode counts = erased.get("erased");
        assertThat(counts.get("affects").asInt()).isEqualTo(2);
        assertThat(counts.get("sessions").asInt()).isEqualTo(1);
        assertThat(counts.get("interactions").asInt()).isEqualTo(1);
        assertThat(counts.get("viewers").asInt()).isEqualTo(1);
        assertThat(a.get("/api/viewers/me").status()).isEqualTo(401);
        for (String sql : new String[] {"SELECT COUNT(*) FROM signals WHERE session_id = ?",
            "SELECT COUNT(*) FROM affects WHERE session_id = ?", "SELECT COUNT(*) FROM interactions WHERE session_id = ?",
            "SELECT COUNT(*) FROM sessions WHERE id = ?"}) {
            assertThat(server(kind).count(sql, id)).as("after erasure: " + sql).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theEventStreamFollowsTheTimeline(TestDatabases.Kind kind) throws Exception {
        ApiClient a = server(kind).viewer();
        String id = Fixtures.session(a, 1);
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        var stream = a.http().sendAsync(a.request("/api/sessions/" + id + "/events?k=3&strategy=regulate")
                .header("Accept", "text/event-stream").GET().build(), java.net.http.HttpResponse.BodyHandlers.ofLines());
        var response = stream.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Thread reader = new Thread(() -> response.body().forEach(lines::add), "sse-reader");
        reader.setDaemon(true);
        reader.start();
        assertThat(nextEvent(lines)).isEqualTo("timeline");
        assertThat(nextEvent(lines)).isEqualTo("recommendations");

        assertThat(a.post("/api/sessions/" + id + "/affect", Fixtures.SAD).status()).isEqualTo(201);
        assertThat(nextEvent(lines)).isEqualTo("affect");
        JsonNode affect = lastData;
        assertThat(affect.get("entry").get("affect").get("dominant").asText()).isEqualTo("sadness");
        assertThat(affect.get("current").get("summary").asText()).startsWith("you seem sad");
        assertThat(nextEvent(lines)).isEqualTo("recommendations");
        assertThat(lastData.get("strategy").asText()).isEqualTo("regulate");
        assertThat(lastData.get("items")).hasSize(3);
        assertThat(lastData.get("items").get(0).get("explanation").asText()).contains("to lift your mood");

        assertThat(a.post("/api/sessions/" + id + "/end", Fixtures.END_RATED).status()).isEqualTo(200);
        assertThat(nextEvent(lines)).isEqualTo("ended");
        assertThat(lastData.get("state").asText()).isEqualTo("ended");
        stream.cancel(true);
    }

    private JsonNode lastData;

    /** The name of the next event on the stream (comments skipped); its data goes to {@link #lastData}. */
    private String nextEvent(java.util.concurrent.BlockingQueue<String> lines) throws Exception {
        String name = null;
        for (;;) {
            String line = lines.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(line).as("an event within 30 s").isNotNull();
            if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:") && name != null) {
                lastData = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line.substring(5));
                return name;
            }
        }
    }
}
