package org.avrs.sensing.eeg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Small synthetic DEAP folders for the tests, written once per JVM into a temporary folder (deleted on
 * exit) and shared by the test classes.
 */
final class SyntheticCorpus {

    private static final Map<SyntheticDeap.Config, Path> CACHE = new HashMap<>();

    private SyntheticCorpus() {
    }

    /** 3 subjects × 10 trials × 12 s, DEAP's planted defaults. */
    static SyntheticDeap.Config small() {
        return SyntheticDeap.Config.small(3, 10, 12);
    }

    static synchronized Path folder(SyntheticDeap.Config config) {
        return CACHE.computeIfAbsent(config, c -> {
            try {
                Path dir = Files.createTempDirectory("avrs-synthetic-deap");
                SyntheticDeap.write(c, dir);
                dir.toFile().deleteOnExit();
                try (var files = Files.list(dir)) {
                    files.forEach(f -> f.toFile().deleteOnExit());
                }
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static DeapCorpus corpus(SyntheticDeap.Config config, String target) {
        return new DeapCorpus(folder(config), new RatingLabels(target, 5));
    }
}
