package org.avrs.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.avrs.core.Signal;
import org.avrs.learn.SvmTrainer;
import org.avrs.sensing.eeg.DeapCorpus;
import org.avrs.sensing.eeg.EegFeatureModel;
import org.avrs.sensing.eeg.EegModelFile;
import org.avrs.sensing.eeg.FeatureWindows;
import org.avrs.sensing.eeg.RatingLabels;
import org.avrs.sensing.eeg.Segmentation;
import org.avrs.sensing.eeg.SyntheticDeap;
import org.avrs.sensing.eeg.WindowFeatures;
import org.avrs.signal.io.EdfBytes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live EEG uploads on a server started with an EEG model trained here on small synthetic DEAP data
 * (2 s windows, 1 s step): chunked EDF uploads give one timeline entry per completed window, bad uploads
 * give 400 problems and store nothing, another viewer's session is not found.
 */
class EegUploadTest {

    @TempDir
    static Path dir;

    private static TestServer server;
    private static Signal trial;

    @BeforeAll
    static void start() throws IOException {
        Path data = dir.resolve("deap");
        SyntheticDeap.write(SyntheticDeap.Config.small(1, 6, 8), data);
        DeapCorpus corpus = new DeapCorpus(data, new RatingLabels("valence", 5));
        FeatureWindows windows = new FeatureWindows(WindowFeatures.Config.defaults()
                .withKinds(WindowFeatures.Config.kinds("de")), new Segmentation(2, 1));
        EegFeatureModel model = EegFeatureModel.fit(corpus, List.of(), windows,
                new SvmTrainer(SvmTrainer.Config.defaults()), "eeg/de-svm@synthetic", (d, t) -> { });
        Path file = dir.resolve("eeg.avrs");
        new EegModelFile(model, windows.segmentation()).save(file);
        trial = corpus.subject("s01").get(0).input().eeg();
        server = TestServer.start(TestDatabases.Kind.SQLITE, dir, UnaryOperator.identity(),
                TestResources.demo().withEeg(file));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * Seconds [from, to) of the trial as EDF: its channels in reverse order (the model's order must not
     * matter) plus an ECG channel it ignores; one 1 s record of {@code spr} samples per channel.
     */
    private static byte[] edf(int from, int to, List<String> drop, int spr) {
        EdfBytes b = EdfBytes.edf().records(to - from).duration("1");
        List<String> names = new ArrayList<>(trial.channelNames());
        java.util.Collections.reverse(names);
        for (String name : names) {
            if (drop.contains(name)) {
                continue;
            }
            double[] x = trial.channel(name);
            // 0.1 µV steps: physical = digital · 0.1 on [-32768, 32767]
            b.channel(name, "uV", -3276.8, 3276.7, -32768, 32767, spr,
                    (r, j) -> (int) Math.round(x[(from + r) * 128 + j * 128 / spr] * 10));
        }
        b.channel("ECG", "mV", -5, 5, -32768, 32767, spr, (r, j) -> 0);
        return b.build();
    }

    private static ApiClient.Response upload(ApiClient viewer, String session, byte[] body) {
        return viewer.postBytes("/api/sessions/" + session + "/signals/eeg", "application/edf", body);
    }

    @Test
    void chunkedUploadsGiveOneEntryPerWindow() {
        ApiClient viewer = server.anonymous().newViewer(true);
        String session = Fixtures.session(viewer, 1);

        ApiClient.Response first = upload(viewer, session, edf(0, 1, List.of(), 128));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json()).as("1 s of a 2 s window: nothing yet").isEmpty();

        // Received 4 s: windows [0, 2), [1, 3), [2, 4).
        ApiClient.Response second = upload(viewer, session, edf(1, 4, List.of(), 128));
        assertThat(second.status()).as(second.text()).isEqualTo(201);
        assertThat(second.json()).hasSize(3);
        JsonNode e0 = second.json().get(0);
        assertThat(e0.get("modality").asText()).isEqualTo("eeg");
        assertThat(e0.get("source").asText()).isEqualTo("eeg/de-svm@synthetic");
        assertThat(e0.get("rawSignalKept").asBoolean()).isTrue();
        // Spans are placed so the upload's last sample is now, clamped at the session's start (the session is
        // younger than the 4 s uploaded here): 2 s long at most, in stream order.
        for (int k = 0; k < 3; k++) {
            JsonNode e = second.json().get(k);
            assertThat(e.get("end").asDouble() - e.get("start").asDouble()).isBetween(0.0, 2.0 + 1e-9);
            if (k > 0) {
                assertThat(e.get("end").asDouble()).isGreaterThanOrEqualTo(second.json().get(k - 1).get("end").asDouble());
            }
        }

        ApiClient.Response third = upload(viewer, session, edf(4, 8, List.of(), 128));
        assertThat(third.json()).as("windows ending at 5, 6, 7, 8 s").hasSize(4);

        JsonNode entries = viewer.get("/api/sessions/" + session + "/timeline").get("entries");
        assertThat(entries).hasSize(1 + (8 - 2) / 1);
        entries.forEach(e -> assertThat(e.get("modality").asText()).isEqualTo("eeg"));
        assertThat(server.count("SELECT COUNT(*) FROM signals WHERE session_id = ?", session))
                .as("the three uploads, kept (the viewer opted in)").isEqualTo(3);

        assertThat(viewer.post("/api/sessions/" + session + "/end", Fixtures.END_RATED).status()).isEqualTo(200);
        assertThat(upload(viewer, session, edf(0, 2, List.of(), 128)).status()).as("ended session").isEqualTo(409);
    }

    @Test
    void badUploadsAre400AndStoreNothing() {
        ApiClient viewer = server.anonymous().newViewer(true);
        String session = Fixtures.session(viewer, 1);
        byte[] good = edf(0, 3, List.of(), 128);
        assertProblem(upload(viewer, session, edf(0, 3, List.of("Fp1", "T7"), 128)), 400, "[Fp1, T7]");
        ApiClient.Response rate = upload(viewer, session, edf(0, 3, List.of(), 64));
        assertProblem(rate, 400, "64.0 Hz");
        assertThat(rate.string("detail")).contains("128.0 Hz");
        assertProblem(upload(viewer, session, Arrays.copyOf(good, good.length - 1000)), 400, "EEG upload");
        assertProblem(upload(viewer, session, Arrays.copyOf(good, 100)), 400, "EEG upload");
        assertProblem(upload(viewer, session, new byte[0]), 400, "empty");
        assertProblem(viewer.postBytes("/api/sessions/" + session + "/signals/eeg", "text/plain", good), 415, "EDF");
        assertThat(viewer.get("/api/sessions/" + session + "/timeline").get("entries")).isEmpty();
        assertThat(server.count("SELECT COUNT(*) FROM signals WHERE session_id = ?", session)).isZero();
        assertThat(server.count("SELECT COUNT(*) FROM affects WHERE session_id = ?", session)).isZero();

        // The rejected uploads left the stream empty: 3 s now give windows [0, 2) and [1, 3).
        assertThat(upload(viewer, session, good).json()).hasSize(2);
    }

    @Test
    void anotherViewersSessionIsNotFoundBeforeParsing() {
        ApiClient a = server.viewer();
        ApiClient b = server.viewer();
        String session = Fixtures.session(a, 1);
        ApiClient.Response r = upload(b, session, new byte[0]);
        assertProblem(r, 404, "not found");
        assertThat(upload(a, session, edf(0, 2, List.of(), 128)).json()).hasSize(1);
    }

    private static void assertProblem(ApiClient.Response r, int status, String detailWord) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.string("detail")).contains(detailWord);
    }
}
