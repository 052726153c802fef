package org.avrs.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.avrs.cli.AvrsCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code avrs serve}: starts, serves the UI and the API, stops; bad options are usage or input errors. */
class ServeCommandTest {

    @TempDir
    Path dir;

    /** The command with the repository root as AVRS home, its output captured. */
    private record Run(CommandLine cl, ServeCommand command, StringWriter out, StringWriter err) {
        static Run of() {
            System.setProperty("avrs.home", Path.of("..").toAbsolutePath().normalize().toString());
            ServeCommand command = new ServeCommand();
            CommandLine cl = new CommandLine(command);
            cl.setExecutionExceptionHandler((e, line, parsed) -> {
                if (e instanceof org.avrs.core.InvalidInputException bad) {
                    line.getErr().println("avrs: " + bad.getMessage());
                    return AvrsCommand.EXIT_BAD_INPUT;
                }
                throw e;
            });
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            return new Run(cl, command, out, err);
        }
    }

    @Test
    void servesTheUiAndTheApiUntilStopped() throws Exception {
        Run run = Run.of();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(run.cl().execute("--port", "0", "--data-dir", dir.toString())));
        serving.start();
        Pattern url = Pattern.compile("serving at (http://\\S+/)");
        String base = null;
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (base == null && System.nanoTime() < deadline && serving.isAlive()) {
            Matcher m = url.matcher(run.out().toString());
            if (m.find()) {
                base = m.group(1);
            } else {
                Thread.sleep(100);
            }
        }
        try {
            assertThat(base).as("the URL it prints: " + run.out() + run.err()).isNotNull();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<script type=\"module\" src=\"/app.js\">");
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"status\":\"ok\"").contains("\"videos\":9742");
            assertThat(run.out().toString()).contains("jdbc:sqlite:" + dir.resolve("avrs.db"));
        } finally {
            run.command().stop();
            serving.join(30_000);
        }
        assertThat(exit.get()).isZero();
    }

    @Test
    void aDatabaseUrlOfAnotherKindIsAUsageError() {
        Run run = Run.of();
        int code = run.cl().execute("--port", "0", "--db", "jdbc:mysql://localhost/avrs");
        assertThat(code).isEqualTo(2);
        assertThat(run.err().toString()).contains("jdbc:sqlite:FILE").contains("jdbc:postgresql");
    }

    @Test
    void anUnreachableDatabaseIsBadInputOnOneLine() {
        Run run = Run.of();
        int code = run.cl().execute("--port", "0", "--db",
                "jdbc:postgresql://127.0.0.1:9/avrs?user=nobody&password=secret&connectTimeout=2");
        assertThat(code).isEqualTo(3);
        String err = run.err().toString().strip();
        assertThat(err).startsWith("avrs: --db").contains("password=***").doesNotContain("secret").doesNotContain("\n");
    }
}
