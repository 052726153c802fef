package org.avrs.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real data sets of {@code ../shared/data} for tests, and skips a test with a printed reason
 * when they are absent: the core suite must pass without them.
 *
 * <p>Lookup order: system property {@code avrs.data}, environment variable {@code AVRS_DATA}, then
 * {@code shared/data} in the working directory's ancestors (the repository root's parent holds it).
 */
public final class SharedData {

    private SharedData() {
    }

    /** The root of the shared data, or null when none is found. */
    public static Path root() {
        String configured = System.getProperty("avrs.data", System.getenv("AVRS_DATA"));
        if (configured != null && !configured.isBlank()) {
            Path p = Paths.get(configured);
            return Files.isDirectory(p) ? p : null;
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The folder of one data set (e.g. "emodb"); skips the calling test, printing why, when it is absent.
     */
    public static Path require(String dataset) {
        Path root = root();
        Path dir = root == null ? null : root.resolve(dataset);
        if (dir == null || !Files.isDirectory(dir)) {
            String reason = "skipped: shared data set '" + dataset + "' not found (set -Davrs.data=DIR or AVRS_DATA)";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        return dir;
    }
}
