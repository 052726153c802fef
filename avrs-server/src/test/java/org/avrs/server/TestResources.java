package org.avrs.server;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shipped demo data the tests serve (MovieLens ml-latest-small and the EmoDB speech model from the
 * repository's data folder), loaded once per test JVM.
 */
public final class TestResources {

    private static ServerResources demo;

    private TestResources() {
    }

    /** The repository root (tests run in the module folder). */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("data").resolve("models"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository's data folder above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public static Path movieLens() {
        return repositoryRoot().resolve("data/samples/movielens");
    }

    public static Path speechModel() {
        return repositoryRoot().resolve("data/models/speech-emodb-svm.avrs");
    }

    /** A bundled viewer clip (16-bit WAV). */
    public static Path viewerClip(String name) {
        return repositoryRoot().resolve("data/samples/speech").resolve(name);
    }

    public static synchronized ServerResources demo() {
        if (demo == null) {
            demo = ServerResources.load(movieLens(), speechModel());
        }
        return demo;
    }
}
