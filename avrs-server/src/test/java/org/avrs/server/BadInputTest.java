package org.avrs.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.avrs.core.Signal;
import org.avrs.signal.io.WavFormat;
import org.avrs.signal.io.WavWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and out-of-limit input gets a 4xx problem body (RFC 9457) naming what is wrong — never a
 * 500 — and leaves nothing stored: no timeline entry, no raw signal (the viewer opted in, so a kept
 * upload would show), no session, no interaction.
 */
class BadInputTest {

    static List<TestDatabases.Kind> kinds() {
        return TestDatabases.kinds();
    }

    private static byte[] wav(int rate, int channels, double seconds, WavFormat.Encoding encoding) {
        int n = (int) Math.round(rate * seconds);
        double[][] data = new double[channels][n];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < n; i++) {
                data[c][i] = 0.3 * Math.sin(2 * Math.PI * 220 * i / rate) * Math.sin(Math.PI * i / n);
            }
        }
        return WavWriter.toBytes(Signal.of(rate, data), encoding);
    }

    /** Each bad audio upload with the status and a word the detail must contain. */
    private static Map<String, Object[]> badAudio(long maxBytes) {
        byte[] good = Fixtures.clip();
        byte[] hugeClaim = good.clone();
        int data = indexOf(hugeClaim, "data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        ByteBuffer.wrap(hugeClaim, data + 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(0x7ffffff0);
        byte[] nanFloat = wav(16_000, 1, 1.0, WavFormat.Encoding.FLOAT32);
        ByteBuffer.wrap(nanFloat, nanFloat.length - 400, 4).order(ByteOrder.LITTLE_ENDIAN).putFloat(Float.NaN);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("empty body", new Object[] {new byte[0], 400, "empty"});
        cases.put("random bytes", new Object[] {noise, 400, "RIFF"});
        cases.put("truncated WAV", new Object[] {Arrays.copyOf(good, 2000), 400, "truncated"});
        cases.put("data chunk claims 2 GiB", new Object[] {hugeClaim, 400, "data"});
        cases.put("8 kHz", new Object[] {wav(8_000, 1, 2, WavFormat.Encoding.PCM_S16), 400, "8000 Hz"});
        cases.put("192 kHz", new Object[] {wav(192_000, 1, 0.5, WavFormat.Encoding.PCM_S16), 400, "192000 Hz"});
        cases.put("3 channels", new Object[] {wav(16_000, 3, 1, WavFormat.Encoding.PCM_S16), 400, "3 channels"});
        cases.put("40 s long", new Object[] {wav(16_000, 1, 40, WavFormat.Encoding.PCM_S16), 400, "40.0 s"});
        cases.put("5 ms short", new Object[] {wav(16_000, 1, 0.005, WavFormat.Encoding.PCM_S16), 400, "audio upload"});
        cases.put("NaN float sample", new Object[] {nanFloat, 400, "finite"});
        cases.put("larger than the limit", new Object[] {new byte[(int) maxBytes + 1], 413, "at most"});
        return cases;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 12; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("no data chunk");
    }

    /** Each bad JSON body for POST /affect. */
    private static Map<String, Object[]> badAffect() {
        Map<String, Object[]> cases = new LinkedHashMap<>();
        cases.put("malformed JSON", new Object[] {"{\"modality\": \"face\", ", 400, "malformed JSON"});
        cases.put("not an object", new Object[] {"[1, 2, 3]", 400, "affect report"});
        cases.put("unknown field", new Object[] {"{\"modality\": \"face\", \"confidence\": 1, \"vad\": {\"valence\": 0, "
                + "\"arousal\": 0}, \"mood\": 3}", 400, "mood"});
        cases.put("no modality", new Object[] {"{\"distribution\": {\"sadness\": 1}}", 400, "modality"});
        cases.put("fused modality", new Object[] {"{\"modality\": \"fused\", \"distribution\": {\"sadness\": 1}}", 400, "fused"});
        cases.put("neither distribution nor vad", new Object[] {"{\"modality\": \"self_report\"}", 400, "distribution"});
        cases.put("sum 0.5", new Object[] {"{\"modality\": \"self_report\", \"distribution\": {\"sadness\": 0.5}}", 400, "sum"});
        cases.put("unknown label", new Object[] {"{\"modality\": \"self_report\", \"distribution\": {\"joy\": 1}}", 400, "joy"});
        cases.put("probability > 1", new Object[] {"{\"modality\": \"self_report\", \"distribution\": {\"sadness\": 1.5, "
                + "\"anger\": -0.5}}", 400, "not in [0, 1]"});
        cases.put("valence 2", new Object[] {"{\"modality\": \"face\", \"confidence\": 0.5, \"vad\": {\"valence\": 2, "
                + "\"arousal\": 0}}", 400, "vad.valence"});
        cases.put("NaN token", new Object[] {"{\"modality\": \"face\", \"confidence\": NaN, \"vad\": {\"valence\": 0, "
                + "\"arousal\": 0}}", 400, "NaN"});
        cases.put("face without confidence", new Object[] {"{\"modality\": \"face\", \"vad\": {\"valence\": 0, "
                + "\"arousal\": 0}}", 400, "confidence"});
        cases.put("unknown emotion set", new Object[] {"{\"modality\": \"face\", \"confidence\": 1, \"emotions\": \"plutchik\", "
                + "\"distribution\": {\"joy\": 1}}", 400, "plutchik"});
        cases.put("negative duration", new Object[] {"{\"modality\": \"self_report\", \"distribution\": {\"sadness\": 1}, "
                + "\"durationSeconds\": -1}", 400, "durationSeconds"});
        cases.put("too large", new Object[] {"{\"source\": \"" + "x".repeat(70_000) + "\"}", 413, "at most"});
        return cases;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badAudioIs4xxAndStoresNothing(TestDatabases.Kind kind) {
        TestServer server = SharedServers.of(kind);
        ApiClient viewer = server.anonymous().newViewer(true);
        String session = Fixtures.session(viewer, 1);
        long maxBytes = ServerConfig.defaults().limits().audio().maxBytes();
        for (var bad : badAudio(maxBytes).entrySet()) {
            Object[] c = bad.getValue();
            ApiClient.Response r = viewer.postBytes("/api/sessions/" + session + "/signals/audio", "audio/wav", (byte[]) c[0]);
            assertProblem(bad.getKey(), r, (int) c[1], (String) c[2]);
        }
        assertProblem("text/plain upload", viewer.postBytes("/api/sessions/" + session + "/signals/audio", "text/plain",
                Fixtures.clip()), 415, "audio/wav");
        assertProblem("unknown signal kind", viewer.postBytes("/api/sessions/" + session + "/signals/mri",
                "application/octet-stream", new byte[10]), 404, "mri");
        assertProblem("no EEG model", viewer.postBytes("/api/sessions/" + session + "/signals/eeg",
                "application/octet-stream", new byte[10]), 501, "--eeg-model");
        for (String signal : List.of("ecg", "eda", "ppg")) {
            assertProblem(signal + " has no recognizer", viewer.postBytes("/api/sessions/" + session + "/signals/" + signal,
                    "application/octet-stream", new byte[10]), 501, signal.toUpperCase(java.util.Locale.ROOT) + " recognizer");
        }
        assertNothingStored(server, viewer, session);

        ApiClient.Response ok = viewer.postBytes("/api/sessions/" + session + "/signals/audio", "audio/wav", Fixtures.clip());
        assertThat(ok.status()).as("a good upload after the bad ones").isEqualTo(201);
        assertThat(ok.get("rawSignalKept").asBoolean()).as("the viewer opted in").isTrue();
        assertThat(server.count("SELECT COUNT(*) FROM signals WHERE session_id = ?", session)).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badJsonIs4xxAndStoresNothing(TestDatabases.Kind kind) {
        TestServer server = SharedServers.of(kind);
        ApiClient viewer = server.viewer();
        String session = Fixtures.session(viewer, 1);
        for (var bad : badAffect().entrySet()) {
            Object[] c = bad.getValue();
            assertProblem(bad.getKey(), viewer.post("/api/sessions/" + session + "/affect", (String) c[0]), (int) c[1],
                    (String) c[2]);
        }
        assertProblem("JSON sent as text/plain", viewer.postBytes("/api/sessions/" + session + "/affect", "text/plain",
                Fixtures.SAD.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 415, "application/json");
        String end = "/api/sessions/" + session + "/end";
        assertProblem("rating 7", viewer.post(end, "{\"watchedSeconds\": 10, \"rating\": 7}"), 400, "rating");
        assertProblem("negative watch time", viewer.post(end, "{\"watchedSeconds\": -3}"), 400, "watchedSeconds");
        assertProblem("watch time as text", viewer.post(end, "{\"watchedSeconds\": \"long\"}"), 400, "watchedSeconds");
        assertProblem("empty end body", viewer.post(end, ""), 400, "empty");
        assertNothingStored(server, viewer, session);
        assertThat(viewer.get("/api/sessions/" + session).string("state")).isEqualTo("open");

        assertProblem("video id as text", viewer.post("/api/sessions", "{\"videoId\": \"toy story\"}"), 400, "videoId");
        assertProblem("unknown video", viewer.post("/api/sessions", "{\"videoId\": 99999999}"), 422, "99999999");
        assertProblem("no video", viewer.post("/api/sessions", "{}"), 400, "videoId");
        assertThat(viewer.get("/api/sessions").json()).as("no session was created by the bad starts").hasSize(1);
        assertProblem("consent without a value", viewer.put("/api/viewers/me/consent", "{}"), 400, "keepRawSignals");
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void badQueriesAndRoutesAre4xx(TestDatabases.Kind kind) {
        ApiClient viewer = SharedServers.of(kind).viewer();
        assertProblem("k = 0", viewer.get("/api/recommendations?k=0"), 400, "k");
        assertProblem("k = ten", viewer.get("/api/recommendations?k=ten"), 400, "not an integer");
        assertProblem("unknown strategy", viewer.get("/api/recommendations?strategy=cheer"), 400, "cheer");
        assertProblem("page 0", viewer.get("/api/videos?page=0"), 400, "page");
        assertProblem("page size 1000", viewer.get("/api/videos?pageSize=1000"), 400, "pageSize");
        assertProblem("video id as text", viewer.get("/api/videos/abc"), 404, "abc");
        assertProblem("unknown video", viewer.get("/api/videos/99999999"), 404, "not found");
        assertProblem("dot segments in the path", viewer.get("/api/sessions/../../etc/passwd"), 400, "segments");
        assertProblem("encoded dot segments", viewer.get("/%2e%2e/%2e%2e/etc/passwd"), 400, "refused");
        assertProblem("unknown session", viewer.get("/api/sessions/se_aaaaaaaaaaaaaaaaaaaaaaaa"), 404, "not found");
        assertProblem("unknown API route", viewer.get("/api/nothing-here"), 404, "nothing-here");
        assertProblem("events without Accept", viewer.get("/api/sessions/" + Fixtures.session(viewer, 2) + "/events"), 406,
                "text/event-stream");
    }

    private static void assertProblem(String what, ApiClient.Response r, int status, String detailWord) {
        assertThat(r.status()).as(what + ": " + r.text()).isEqualTo(status);
        assertThat(r.contentType()).as(what).startsWith("application/problem+json");
        assertThat(r.get("status").asInt()).as(what).isEqualTo(status);
        assertThat(r.string("title")).as(what).isNotBlank();
        assertThat(r.string("detail")).as(what).contains(detailWord);
    }

    private static void assertNothingStored(TestServer server, ApiClient viewer, String session) {
        assertThat(viewer.get("/api/sessions/" + session + "/timeline").get("entries")).as("timeline entries").isEmpty();
        assertThat(server.count("SELECT COUNT(*) FROM signals WHERE session_id = ?", session)).as("raw signals").isZero();
        assertThat(server.count("SELECT COUNT(*) FROM affects WHERE session_id = ?", session)).as("affect rows").isZero();
        assertThat(server.count("SELECT COUNT(*) FROM interactions WHERE session_id = ?", session)).as("interactions").isZero();
    }
}
