package org.avrs.recommend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.avrs.core.testing.SharedData;
import org.junit.jupiter.api.Assumptions;

/** Finds the MovieLens sample (data/samples/movielens in the repository, else the shared copy); skips when absent. */
public final class Samples {

    private Samples() {
    }

    public static Path movieLens() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("data/samples/movielens");
            if (Files.isRegularFile(candidate.resolve("ratings.csv"))) {
                return candidate;
            }
        }
        return SharedData.require("movielens");
    }

    /** The fixed split of the shared data (split-seed42); skips when absent. */
    public static Path movieLensSplit() {
        Path dir = SharedData.require("movielens").resolve("split-seed42");
        if (!Files.isRegularFile(dir.resolve("train.csv"))) {
            String reason = "skipped: " + dir + " has no train.csv";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        return dir;
    }
}
