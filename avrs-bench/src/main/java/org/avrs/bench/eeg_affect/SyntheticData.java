package org.avrs.bench.eeg_affect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.avrs.sensing.eeg.SyntheticDeap;

/** Writes synthetic DEAP folders for the benchmarks into a temporary folder deleted at exit. */
final class SyntheticData {

    private SyntheticData() {
    }

    static Path write(SyntheticDeap.Config config) {
        try {
            Path dir = Files.createTempDirectory("avrs-bench-deap");
            SyntheticDeap.write(config, dir);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // best effort: a temporary folder
                }
            }));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
