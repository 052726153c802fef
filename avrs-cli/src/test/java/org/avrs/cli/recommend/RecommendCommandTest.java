package org.avrs.cli.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.avrs.core.InvalidInputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The recommend subcommands on the MovieLens sample (skipped when data/samples/movielens is absent). */
class RecommendCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new RecommendCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((e, c, p) -> {
            if (e instanceof InvalidInputException bad) {
                c.getErr().println("avrs: " + bad.getMessage());
                return 3;
            }
            throw e;
        });
        return cl.execute(args);
    }

    private static Path sample() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("data/samples/movielens");
            if (Files.isRegularFile(p.resolve("ratings.csv"))) {
                return p;
            }
        }
        System.out.println("skipped: data/samples/movielens not found");
        Assumptions.abort("data/samples/movielens not found");
        return null;
    }

    @Test
    void topExplainsForASadViewer() {
        int code = run("top", "--dataset", "movielens", "--data", sample().toString(), "--user", "414", "--affect", "sad",
                "--strategy", "regulate", "--k", "3", "--explain");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines()).hasSize(3).allSatisfy(l -> assertThat(l).contains("you seem sad (100%)"));
    }

    @Test
    void evalPrintsJsonWithFitTimes(@TempDir Path dir) {
        Path report = dir.resolve("r.html");
        int code = run("eval", "--dataset", "movielens", "--data", sample().toString(), "--algorithms", "pop",
                "--protocol", "holdout:0.2", "--json", "--report", report.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"algorithm\": \"pop\"").contains("\"fitSeconds\"").contains("\"nDCG@10\"");
        assertThat(report).exists();
    }

    @Test
    void usageAndInputErrorsGiveTheirExitCodes() {
        assertThat(run("eval", "--dataset", "movielens", "--data", sample().toString(), "--algorithms", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown algorithm 'nope'");
        assertThat(run("top", "--dataset", "movielens", "--data", sample().toString(), "--user", "999999")).isEqualTo(3);
        assertThat(err.toString()).contains("unknown viewer id");
        assertThat(run("top", "--dataset", "movielens", "--data", "/nonexistent", "--user", "1")).isEqualTo(3);
    }
}
