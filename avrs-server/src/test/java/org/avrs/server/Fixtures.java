package org.avrs.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Request bodies the API tests send. */
public final class Fixtures {

    /** A valid self-report of sadness. */
    public static final String SAD = "{\"modality\": \"self_report\", \"distribution\": {\"sadness\": 1}}";
    /** A valid session end with a rating. */
    public static final String END_RATED = "{\"watchedSeconds\": 600, \"skipped\": false, \"rating\": 4}";

    private Fixtures() {
    }

    /** A bundled 16 kHz viewer clip. */
    public static byte[] clip() {
        try {
            return Files.readAllBytes(TestResources.viewerClip("viewer-neutral.wav"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a session on a video and returns its id. */
    public static String session(ApiClient viewer, long videoId) {
        ApiClient.Response r = viewer.post("/api/sessions", "{\"videoId\": " + videoId + "}");
        if (r.status() != 201) {
            throw new IllegalStateException("cannot start a session: " + r);
        }
        return r.string("id");
    }
}
