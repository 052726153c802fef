package org.avrs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the CLI finds its files: the AVRS home (the repository root, set by the {@code avrs} launcher
 * as {@code -Davrs.home}), the shared real data ({@code $AVRS_DATA}, else {@code <home>/../shared/data}),
 * and the samples and models shipped in the repository.
 */
public final class Locations {

    private Locations() {
    }

    /** The repository root, or the working directory when not started by the launcher. */
    public static Path home() {
        String home = System.getProperty("avrs.home");
        return (home == null || home.isBlank() ? Paths.get("") : Paths.get(home)).toAbsolutePath().normalize();
    }

    /** The shared data root ({@code $AVRS_DATA} or {@code <home>/../shared/data}); it may not exist. */
    public static Path sharedData() {
        String env = System.getenv("AVRS_DATA");
        return env != null && !env.isBlank() ? Paths.get(env) : home().resolveSibling("shared").resolve("data");
    }

    /** A shipped sample data set, e.g. {@code movielens} → {@code <home>/data/samples/movielens}. */
    public static Path sample(String name) {
        return home().resolve("data").resolve("samples").resolve(name);
    }

    /** A shipped model file, e.g. {@code speech-emodb-svm.avrs}. */
    public static Path model(String file) {
        return home().resolve("data").resolve("models").resolve(file);
    }

    public static boolean isDirectory(Path p) {
        return p != null && Files.isDirectory(p);
    }
}
